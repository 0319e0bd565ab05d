using Kiosk.Conversations.Engine;
using Kiosk.Domain;
using Kiosk.Domain.Matching;
using NodaTime;
using NodaTime.Testing;

namespace Kiosk.Storage.Tests;

public sealed class ModerationStorageTests : IDisposable
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 25, 9, 0));
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private readonly TemporaryDatabase file = new();

    [Fact]
    public void Banned_people_s_offers_and_requests_leave_matching_and_waiting_offers_are_not_matched()
    {
        using var database = file.Open();
        database.Run(() => database.Members.Insert([new Member { Id = 1 }, new Member { Id = 2, Banned = true }, new Member { Id = 3 }, new Member { Id = 4, Banned = true }]));
        database.Run(() => database.Offers.Insert(
        [
            new Offer { Id = "fine", MemberId = 1, Category = "bikes", Status = OfferStatus.Active },
            new Offer { Id = "banned", MemberId = 2, Category = "bikes", Status = OfferStatus.Active },
            new Offer { Id = "waiting", MemberId = 1, Category = "bikes", Status = OfferStatus.Waiting, CreatedAt = Clock.GetCurrentInstant() },
            new Offer { Id = "banned-waiting", MemberId = 2, Category = "bikes", Status = OfferStatus.Waiting },
            new Offer { Id = "rejected", MemberId = 1, Category = "bikes", Status = OfferStatus.Rejected },
        ]));
        database.Run(() => database.Requests.Insert(
        [
            new HelpRequest { Id = "neighbour", MemberId = 3, Category = "bikes", When = HelpTime.Flexible, CreatedAt = Clock.GetCurrentInstant() },
            new HelpRequest { Id = "banned-neighbour", MemberId = 4, Category = "bikes", When = HelpTime.Flexible, CreatedAt = Clock.GetCurrentInstant() },
        ]));
        var directory = new LiteDirectory(database);

        Assert.Equal(["fine"], database.Run(() => directory.ActiveOffers("bikes").Select(offer => offer.Id).ToList()));
        Assert.Equal(["waiting"], database.Run(() => directory.WaitingOffers().Select(offer => offer.Id).ToList()));
        Assert.Equal(["neighbour"], database.Run(() => directory.WaitingRequests("bikes", Clock.GetCurrentInstant(), Berlin).Select(request => request.Id).ToList()));
        Assert.Equal(["fine", "rejected", "waiting"], database.Run(() => directory.OffersOf(1).Select(offer => offer.Id).Order().ToList()));
    }

    [Fact]
    public void A_coordinator_s_decisions_about_other_people_are_stored_with_the_turn()
    {
        using var database = file.Open();
        database.Run(() => database.Members.Insert([new Member { Id = 7, Coordinator = true }, new Member { Id = 8 }]));
        database.Run(() => database.Offers.Insert(new Offer { Id = "o1", MemberId = 8, Status = OfferStatus.Waiting }));
        database.Run(() => database.Reports.Insert([new Report { Id = "r1", ReportedId = 8 }, new Report { Id = "r2", ReportedId = 8 }]));
        var directory = new LiteDirectory(database);
        Assert.Equal([7L], database.Run(() => directory.Coordinators().Select(member => member.Id).ToList()));
        Assert.Equal(["r1", "r2"], database.Run(() => directory.OpenReports().Select(report => report.Id).ToList()));

        new TurnStore(database, Clock).Commit(new Inbound { UpdateId = 1, ChatId = 7, UserId = 7, Kind = InboundKind.Button }, conversation =>
        {
            var result = new TurnResult(conversation.State, conversation.Member, []);
            var offer = conversation.Directory.Offer("o1")!;
            (offer.Status, offer.DecidedBy) = (OfferStatus.Active, 7);
            result.Changes.Offers[offer.Id] = offer;
            var member = conversation.Directory.Member(8)!;
            (member.Banned, member.Warnings) = (true, 1);
            result.Changes.Members[member.Id] = member;
            var report = conversation.Directory.Report("r1")!;
            (report.Handled, report.HandledBy, report.Action) = (true, 7, "ban");
            result.Changes.Reports[report.Id] = report;
            return result;
        });

        Assert.Equal((OfferStatus.Active, 7L), (database.Run(() => database.Offers.FindById("o1").Status), database.Run(() => database.Offers.FindById("o1").DecidedBy)!.Value));
        Assert.True(database.Run(() => database.Members.FindById(8)) is { Banned: true, Warnings: 1 });
        Assert.True(database.Run(() => database.Reports.FindById("r1")) is { Handled: true, HandledBy: 7, Action: "ban" });
        Assert.Equal(["r2"], database.Run(() => new LiteDirectory(database).OpenReports().Select(report => report.Id).ToList()));
    }

    [Fact]
    public void Active_offers_kept_between_turns_follow_every_committed_change_and_none_that_was_rolled_back()
    {
        using var database = file.Open();
        database.Run(() => database.Members.Insert([new Member { Id = 1 }, new Member { Id = 7, Coordinator = true }]));
        database.Run(() => database.Offers.Insert(
        [
            new Offer { Id = "mine", MemberId = 1, Category = "bikes", Status = OfferStatus.Active },
            new Offer { Id = "new", MemberId = 1, Category = "bikes", Status = OfferStatus.Waiting },
        ]));
        var store = new TurnStore(database, Clock);
        string[] Active() => database.Run(() => new LiteDirectory(database).ActiveOffers("bikes").Select(offer => offer.Id).Order().ToArray());
        Assert.Equal(["mine"], Active());

        // The newcomer pauses their own offer (the turn's list of offers).
        store.Commit(new Inbound { UpdateId = 1, ChatId = 1, UserId = 1, Kind = InboundKind.Button }, conversation =>
        {
            Assert.Equal(["mine"], conversation.Directory.ActiveOffers("bikes").Select(offer => offer.Id));
            var offers = conversation.Offers.ToList();
            offers.Single(offer => offer.Id == "mine").Status = OfferStatus.Paused;
            return new TurnResult(conversation.State, conversation.Member, []) { Offers = offers };
        });
        Assert.Empty(Active());

        // A coordinator approves the waiting one (the turn's changes).
        store.Commit(new Inbound { UpdateId = 2, ChatId = 7, UserId = 7, Kind = InboundKind.Button }, conversation =>
        {
            var result = new TurnResult(conversation.State, conversation.Member, []);
            var offer = conversation.Directory.Offer("new")!;
            offer.Status = OfferStatus.Active;
            result.Changes.Offers[offer.Id] = offer;
            return result;
        });
        Assert.Equal(["new"], Active());

        // A turn that fails after writing offers leaves nothing behind, in the file or in what is kept.
        Assert.ThrowsAny<Exception>(() => store.Commit(new Inbound { UpdateId = 3, ChatId = 1, UserId = 1, Kind = InboundKind.Button }, conversation =>
        {
            var offers = conversation.Offers.ToList();
            offers.ForEach(offer => offer.Status = OfferStatus.Active);
            database.ActiveOffers.Changed();
            database.Offers.Upsert(offers);
            Assert.Equal(["mine", "new"], conversation.Directory.ActiveOffers("bikes").Select(offer => offer.Id).Order());
            throw new InvalidOperationException("the turn failed");
        }));
        Assert.Equal(["new"], Active());
    }

    public void Dispose() => file.Dispose();
}
