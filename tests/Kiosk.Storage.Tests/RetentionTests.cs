using Kiosk.Conversations.Delivery;
using Kiosk.Conversations.Engine;
using Kiosk.Domain;
using Kiosk.Domain.Broadcasts;
using Kiosk.Domain.Info;
using Kiosk.Domain.Matching;
using NodaTime;
using NodaTime.Testing;

namespace Kiosk.Storage.Tests;

public sealed class RetentionTests : IDisposable
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 25, 9, 0));
    private static readonly Instant Now = Clock.GetCurrentInstant();
    private static readonly Instant LongAgo = Now - Duration.FromDays(120);
    private static readonly Instant Recently = Now - Duration.FromDays(10);
    private readonly TemporaryDatabase file = new();

    [Fact]
    public void The_sweep_deletes_old_finished_things_and_keeps_open_and_recent_ones()
    {
        using var database = file.Open();
        database.Run(() => database.Requests.Insert([
            Request("old-closed", LongAgo, HelpRequestStatus.Closed), Request("old-cancelled", LongAgo, HelpRequestStatus.Cancelled),
            Request("old-expired-but-open", LongAgo, HelpRequestStatus.Open), Request("recent-closed", Recently, HelpRequestStatus.Closed),
            Request("open", Now - Duration.FromDays(2), HelpRequestStatus.Open),
        ]));
        database.Run(() => database.Matches.Insert([
            Match("m-old", "old-closed", rating: null), Match("m-old-reference", "old-closed", rating: 5), Match("m-recent", "recent-closed", rating: null),
            Match("m-open", "open", rating: null),
        ]));
        database.Run(() => database.Steps.Insert([Step("s-old-match", "m-old", LongAgo, done: false), Step("s-done-long-ago", "m-open", LongAgo, done: true),
            Step("s-due", "m-open", Now + Duration.FromHours(3), done: false)]));
        database.Run(() => database.Outbox.Insert([Message(LongAgo, OutboxStatus.Sent, "old relayed words"), Message(LongAgo, OutboxStatus.Failed, "old failure"),
            Message(LongAgo, OutboxStatus.Pending, "still waiting"), Message(Recently, OutboxStatus.Sent, "recent")]));
        database.Run(() => database.Inbox.Insert([new InboxEntry { UpdateId = 1, HandledAt = LongAgo }, new InboxEntry { UpdateId = 2, HandledAt = Recently }]));
        database.Run(() => database.Broadcasts.Insert([Broadcast("b-old", BroadcastStatus.Done, LongAgo), Broadcast("b-recent", BroadcastStatus.Done, Recently),
            Broadcast("b-sending", BroadcastStatus.Sending, null)]));
        database.Run(() => database.Deliveries.Insert(new[] { "b-old", "b-old", "b-recent", "b-sending" }.Select((id, i) => new BroadcastDelivery { BroadcastId = id, ChatId = 100 + i, Status = DeliveryStatus.Sent })));
        database.Run(() => database.Events.Insert([Event("e-old", LongAgo), Event("e-recent", Recently), Event("e-coming", Now + Duration.FromDays(3))]));

        var result = new RetentionSweep(database).Run(Now, Berlin, retentionDays: 90);

        Assert.Equal(["open", "recent-closed"], database.Run(() => database.Requests.FindAll().Select(request => request.Id).Order().ToArray()));
        Assert.Equal(["m-old-reference", "m-open", "m-recent"], database.Run(() => database.Matches.FindAll().Select(match => match.Id).Order().ToArray()));
        Assert.Equal(["s-due"], database.Run(() => database.Steps.FindAll().Select(step => step.Id).ToArray()));
        Assert.Equal(["recent", "still waiting"], database.Run(() => database.Outbox.FindAll().Select(entry => entry.Message.Text!).Order().ToArray()));
        Assert.Equal([2L], database.Run(() => database.Inbox.FindAll().Select(entry => entry.UpdateId).ToArray()));
        Assert.Equal(["b-recent", "b-sending"], database.Run(() => database.Deliveries.FindAll().Select(delivery => delivery.BroadcastId).Order().ToArray()));
        Assert.Equal(3, database.Run(() => database.Broadcasts.Count()));
        Assert.Equal(["e-coming", "e-recent"], database.Run(() => database.Events.FindAll().Select(kioskEvent => kioskEvent.Id).Order().ToArray()));
        Assert.Equal(new RetentionResult(Requests: 3, Matches: 1, Messages: 2, Updates: 1, Deliveries: 2, Events: 1, Steps: 2), result);
    }

    [Fact]
    public void A_second_sweep_finds_nothing_more_and_a_longer_period_keeps_everything()
    {
        using var database = file.Open();
        database.Run(() => database.Requests.Insert(Request("old-closed", LongAgo, HelpRequestStatus.Closed)));
        database.Run(() => database.Outbox.Insert(Message(LongAgo, OutboxStatus.Sent, "old")));
        var sweep = new RetentionSweep(database);

        Assert.Equal(0, sweep.Run(Now, Berlin, retentionDays: 365).Total);
        Assert.Equal(2, sweep.Run(Now, Berlin, retentionDays: 90).Total);
        Assert.Equal(0, sweep.Run(Now, Berlin, retentionDays: 90).Total);
    }

    [Fact]
    public void A_request_whose_time_lies_ahead_stays_even_when_it_was_made_long_ago()
    {
        var planned = Request("planned", LongAgo, HelpRequestStatus.Cancelled);
        planned.When = HelpTime.Between(new LocalDateTime(2026, 12, 1, 10, 0), new LocalDateTime(2026, 12, 1, 12, 0));

        Assert.False(RetentionRules.RequestGoes(planned, Now, Now - Duration.FromDays(90), Berlin));
        Assert.True(RetentionRules.RequestGoes(planned, Now, new Instant() + Duration.FromDays(30000), Berlin));
    }

    private static HelpRequest Request(string id, Instant created, HelpRequestStatus status) =>
        new() { Id = id, MemberId = 42, Category = "moving", Details = "Umzug", CreatedAt = created, Status = status, When = HelpTime.Flexible };

    private static Match Match(string id, string requestId, int? rating) =>
        new() { Id = id, RequestId = requestId, OfferId = "o1", NeighbourId = 42, NewcomerId = 43, AskedAt = LongAgo, NeighbourRating = rating };

    private static ScheduledStep Step(string id, string matchId, Instant due, bool done) => new() { Id = id, MatchId = matchId, DueAt = due, Done = done };

    private static OutboxEntry Message(Instant created, OutboxStatus status, string text) =>
        new() { ChatId = 42, CreatedAt = created, Status = status, Message = new Outbound { ChatId = 42, Text = text } };

    private static Broadcast Broadcast(string id, BroadcastStatus status, Instant? finished) =>
        new() { Id = id, Status = status, FinishedAt = finished, CreatedAt = LongAgo, Versions = { ["de"] = "Hallo" } };

    private static KioskEvent Event(string id, Instant start) =>
        new() { Id = id, Title = "Reparatur-Café", Start = start.InZone(Berlin).LocalDateTime, Subscribers = [42] };

    public void Dispose() => file.Dispose();
}
