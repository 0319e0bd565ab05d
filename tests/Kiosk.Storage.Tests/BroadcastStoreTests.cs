using Kiosk.Conversations.Delivery;
using Kiosk.Conversations.Flows.Coordinators;
using Kiosk.Conversations.Localization;
using Kiosk.Domain;
using Kiosk.Domain.Broadcasts;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace Kiosk.Storage.Tests;

public sealed class BroadcastStoreTests : IDisposable
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 9, 0);
    private static readonly Localizer Localizer = new(Catalogs.Load(Catalogs.DefaultDirectory), NullLogger<Localizer>.Instance);
    private readonly TemporaryDatabase file = new();

    [Fact]
    public void Starting_stores_one_copy_per_reachable_person_who_did_not_mute_and_tells_the_writer()
    {
        using var database = Seed(file.Open(), 10);
        var store = new BroadcastStore(database, new BroadcastNews(Localizer));
        Write(database, Broadcast("b1", sendAt: null));

        Assert.Equal(1, store.Advance(Now));

        var copies = database.Run(() => database.Deliveries.FindAll().ToList());
        Assert.Equal(Enumerable.Range(1, 10).Where(id => id != 3 && id != 4).Select(id => (long)id), copies.Select(copy => copy.ChatId).Order());
        Assert.All(copies, copy => Assert.Equal(DeliveryStatus.Pending, copy.Status));
        var broadcast = database.Run(() => database.Broadcasts.FindById("b1"));
        Assert.Equal((BroadcastStatus.Sending, 8, Now), (broadcast.Status, broadcast.Recipients, broadcast.StartedAt!.Value));
        Assert.Equal(Localizer.Text("de", "broadcast.started", ("count", 8)), Assert.Single(database.Run(() => database.Outbox.FindAll().ToList())).Message.Text);
    }

    [Fact]
    public void A_scheduled_announcement_waits_for_its_time()
    {
        using var database = Seed(file.Open(), 2);
        var store = new BroadcastStore(database, new BroadcastNews(Localizer));
        Write(database, Broadcast("later", sendAt: Now + Duration.FromHours(1)));

        Assert.Equal(0, store.Advance(Now));
        Assert.Equal(0, database.Run(() => database.Deliveries.Count()));
        Assert.Equal(1, store.Advance(Now + Duration.FromHours(1)));
        Assert.Equal(2, database.Run(() => database.Deliveries.Count()));
    }

    [Fact]
    public void Outcomes_are_counted_blocked_people_marked_unreachable_and_the_report_comes_once_at_the_end()
    {
        using var database = Seed(file.Open(), 8);
        var store = new BroadcastStore(database, new BroadcastNews(Localizer));
        Write(database, Broadcast("b1", sendAt: null));
        store.Advance(Now);

        var first = Claim(store, 4);
        Assert.All(database.Run(() => database.Deliveries.Find(copy => first.Select(c => c.Id).Contains(copy.Id)).ToList()), copy => Assert.Equal(DeliveryStatus.Sending, copy.Status));
        var blocker = first[0].ChatId;
        store.Record([.. first.Select(copy => new DeliveryOutcome(copy, copy.ChatId == blocker ? DeliveryStatus.Blocked : DeliveryStatus.Sent))], Now);
        Assert.True(database.Run(() => database.Members.FindById(blocker).Unreachable));
        var rest = Claim(store, 100);
        Assert.Equal(2, rest.Count);
        Assert.Empty(Claim(store, 100));
        store.Record([new DeliveryOutcome(rest[0], DeliveryStatus.Sent), new DeliveryOutcome(rest[1], DeliveryStatus.Failed)], Now);

        var broadcast = database.Run(() => database.Broadcasts.FindById("b1"));
        Assert.Equal((BroadcastStatus.Done, 4, 1, 1), (broadcast.Status, broadcast.Sent, broadcast.Blocked, broadcast.Failed));
        var texts = database.Run(() => database.Outbox.FindAll().Select(entry => entry.Message.Text).ToList());
        Assert.Equal(1, texts.Count(text => text == Localizer.Text("de", "broadcast.report", ("sent", 4), ("blocked", 1), ("failed", 1))));
        Assert.Contains(Localizer.Text("de", "broadcast.progress", ("tried", 4), ("count", 6), ("percent", 66)), texts);
    }

    [Fact]
    public void Copies_in_flight_when_the_process_died_are_failed_never_sent_again()
    {
        using var database = Seed(file.Open(), 7);
        var store = new BroadcastStore(database, new BroadcastNews(Localizer));
        Write(database, Broadcast("b1", sendAt: null));
        store.Advance(Now);
        var inFlight = Claim(store, 2);

        Assert.Equal(2, new BroadcastStore(database, new BroadcastNews(Localizer)).FailInterrupted(Now));

        var remaining = Claim(store, 100);
        Assert.Equal(3, remaining.Count);
        Assert.DoesNotContain(remaining, copy => inFlight.Any(gone => gone.Id == copy.Id));
        // Maybe delivered: not counted as delivered, nor as failed, and told apart in the report.
        var broadcast = database.Run(() => database.Broadcasts.FindById("b1"));
        Assert.Equal((2, 0), (broadcast.Unconfirmed, broadcast.Failed));
        Assert.Contains(Localizer.Text("de", "broadcast.report_unconfirmed", ("count", 2)), new BroadcastNews(Localizer).Report(broadcast).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stopped_announcement_sends_nothing_more_and_reports_what_was_not_sent()
    {
        using var database = Seed(file.Open(), 8);
        var store = new BroadcastStore(database, new BroadcastNews(Localizer));
        Write(database, Broadcast("b1", sendAt: null));
        store.Advance(Now);
        store.Record([.. Claim(store, 2).Select(copy => new DeliveryOutcome(copy, DeliveryStatus.Sent))], Now);

        database.InTransaction(() =>
        {
            BroadcastStore.Stop(database, "b1", Now);
            return true;
        });
        Assert.Equal(1, store.Advance(Now));

        Assert.Empty(Claim(store, 100));
        var broadcast = database.Run(() => database.Broadcasts.FindById("b1"));
        Assert.Equal((BroadcastStatus.Cancelled, 2), (broadcast.Status, broadcast.Sent));
        Assert.Equal(4, database.Run(() => database.Deliveries.Count(copy => copy.Status == DeliveryStatus.Cancelled)));
        Assert.Contains(Localizer.Text("de", "broadcast.report_stopped", ("sent", 2), ("blocked", 0), ("failed", 0), ("rest", 4)),
            database.Run(() => database.Outbox.FindAll().Select(entry => entry.Message.Text).ToList()));
    }

    [Fact]
    public void Only_copies_handed_to_Telegram_are_in_flight_so_a_crash_loses_no_copy_still_waiting_for_its_turn()
    {
        using var database = Seed(file.Open(), 7);
        var store = new BroadcastStore(database, new BroadcastNews(Localizer));
        Write(database, Broadcast("b1", sendAt: null));
        store.Advance(Now);
        var chunk = store.Waiting(4);
        Assert.Equal(4, chunk.Count);
        Assert.True(store.MarkInFlight(chunk[0]));
        store.Record([new DeliveryOutcome(chunk[0], DeliveryStatus.Sent)], Now);
        Assert.True(store.MarkInFlight(chunk[1]));

        // The process dies here: the copy Telegram may have got is failed, the two still waiting are sent after the restart.
        Assert.Equal(1, new BroadcastStore(database, new BroadcastNews(Localizer)).FailInterrupted(Now));
        var after = store.Waiting(100);
        Assert.Equal(3, after.Count);
        Assert.Contains(after, copy => copy.Id == chunk[2].Id);
        Assert.Contains(after, copy => copy.Id == chunk[3].Id);
        Assert.False(store.MarkInFlight(chunk[1]));
        var broadcast = database.Run(() => database.Broadcasts.FindById("b1"));
        Assert.Equal((1, 1, 5), (broadcast.Sent, broadcast.Unconfirmed, broadcast.Recipients));
    }

    [Fact]
    public void A_copy_of_a_stopped_announcement_cannot_be_marked_in_flight()
    {
        using var database = Seed(file.Open(), 3);
        var store = new BroadcastStore(database, new BroadcastNews(Localizer));
        Write(database, Broadcast("b1", sendAt: null));
        store.Advance(Now);
        var waiting = store.Waiting(10);

        database.InTransaction(() =>
        {
            BroadcastStore.Stop(database, "b1", Now);
            return true;
        });
        store.Advance(Now);

        Assert.All(waiting, copy => Assert.False(store.MarkInFlight(copy)));
        Assert.Empty(store.Waiting(10));
    }

    public void Dispose() => file.Dispose();

    // What the sender does with a whole chunk at once.
    private static IReadOnlyList<BroadcastDelivery> Claim(BroadcastStore store, int max) => store.Waiting(max).Where(store.MarkInFlight).ToList();

    private static KioskDatabase Seed(KioskDatabase database, int people)
    {
        // Person 3 muted announcements, person 4 blocked the bot earlier; 100 is the writer, not a member here.
        database.Run(() => database.Members.Insert(Enumerable.Range(1, people).Select(id => new Member
        {
            Id = id, FirstName = $"P{id}", Language = id % 2 == 0 ? "ar" : "de", Muted = id == 3, Unreachable = id == 4,
        })));
        return database;
    }

    private static Broadcast Broadcast(string id, Instant? sendAt) => new()
    {
        Id = id, AuthorId = 100, AuthorLanguage = "de", Versions = { ["de"] = "Hallo" }, Status = BroadcastStatus.Scheduled, SendAt = sendAt, CreatedAt = Now,
    };

    private static void Write(KioskDatabase database, Broadcast broadcast) => database.Run(() => database.Broadcasts.Insert(broadcast));
}
