using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Forms;
using Kiosk.Domain;
using NodaTime;
using NodaTime.Testing;

namespace Kiosk.Storage.Tests;

public sealed class OffersAndRequestsTests : IDisposable
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 25, 9, 0));
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private readonly TemporaryDatabase file = new();

    [Fact]
    public void A_half_filled_form_and_saved_offers_and_requests_survive_a_restart()
    {
        var saturday = HelpTime.Between(new LocalDateTime(2026, 11, 28, 8, 0), new LocalDateTime(2026, 11, 28, 12, 0));
        using (var database = file.Open())
        {
            new TurnStore(database, Clock).Commit(Text(1), _ => new TurnResult(
                new ChatState
                {
                    ChatId = 7,
                    Active = new FillingRequest { Progress = new FormProgress { Slot = "district" }, Draft = new HelpRequestDraft { Category = "moving", When = saturday, Details = "" } },
                },
                new Member { Id = 7, Language = "uk" },
                [])
            {
                Offers = [new Offer { Id = "o1", MemberId = 7, Category = "bikes", Description = "  two spaces around  ", Availability = WeeklyAvailability.Weekends, Price = Price.Paid(15, true), Languages = ["uk", "de"] }],
                Requests = [new HelpRequest { Id = "r1", MemberId = 7, Category = "moving", When = saturday, CreatedAt = Clock.GetCurrentInstant() }],
            });
        }

        using var reopened = file.Open();
        Conversation? seen = null;
        new TurnStore(reopened, Clock).Commit(Text(2), conversation =>
        {
            seen = conversation;
            return new TurnResult(conversation.State, conversation.Member, []) { Offers = conversation.Offers, Requests = conversation.Requests };
        });

        var filling = Assert.IsType<FillingRequest>(seen!.State!.Active);
        var draft = filling.Draft;
        Assert.Equal(("moving", saturday, "district"), (draft.Category, draft.When, filling.Progress.Slot));
        Assert.Equal("", draft.Details); // skipped, not "not answered yet"
        var offer = Assert.Single(seen.Offers);
        Assert.Equal("  two spaces around  ", offer.Description);
        Assert.Equal((WeeklyAvailability.Weekends, Price.Paid(15, true)), (offer.Availability, offer.Price));
        Assert.Equal(["uk", "de"], offer.Languages);
        Assert.Equal(saturday, Assert.Single(seen.Requests).When);
    }

    [Fact]
    public void Offers_left_out_of_a_turn_s_result_are_deleted_and_so_are_all_of_a_deleted_member()
    {
        using var database = file.Open();
        var store = new TurnStore(database, Clock);
        var offers = new List<Offer> { new() { Id = "a", MemberId = 7 }, new() { Id = "b", MemberId = 7 } };
        store.Commit(Text(1), _ => new TurnResult(new ChatState { ChatId = 7 }, new Member { Id = 7 }, []) { Offers = offers });
        store.Commit(Text(2), c => new TurnResult(c.State, c.Member, []) { Offers = [c.Offers.Single(o => o.Id == "b")] });
        Assert.Equal(["b"], database.Run(() => database.Offers.FindAll().Select(o => o.Id).ToArray()));

        store.Commit(Text(3), _ => new TurnResult(null, null, []));
        Assert.Equal(0, database.Run(() => database.Offers.Count()));
    }

    [Fact]
    public void Deleting_a_member_removes_their_Telegram_name_from_matches_and_closes_the_chats()
    {
        using var database = file.Open();
        var store = new TurnStore(database, Clock);
        store.Commit(Text(1), _ => new TurnResult(new ChatState { ChatId = 7 }, new Member { Id = 7 }, [])
        {
            Matches = [new Kiosk.Domain.Matching.Match { Id = "m1", NeighbourId = 7, NewcomerId = 8, NeighbourShares = true, NeighbourUsername = "jens_k", NewcomerUsername = "amina_h", RelayOpen = true }],
        });

        store.Commit(Text(2), _ => new TurnResult(null, null, []));

        var match = database.Run(() => database.Matches.FindById("m1"));
        Assert.Equal((null, false, "amina_h", false), (match.NeighbourUsername, match.NeighbourShares, match.NewcomerUsername, match.RelayOpen));
    }

    [Fact]
    public void Expired_requests_are_closed_and_current_ones_stay_open()
    {
        using var database = file.Open();
        var created = Clock.GetCurrentInstant();
        database.Run(() => database.Requests.Insert(new HelpRequest { Id = "past", When = HelpTime.Between(new LocalDateTime(2026, 11, 25, 8, 0), new LocalDateTime(2026, 11, 25, 9, 0)), CreatedAt = created }));
        database.Run(() => database.Requests.Insert(new HelpRequest { Id = "soon", When = HelpTime.Between(new LocalDateTime(2026, 11, 28, 8, 0), new LocalDateTime(2026, 11, 28, 12, 0)), CreatedAt = created }));
        database.Run(() => database.Requests.Insert(new HelpRequest { Id = "old-flexible", When = HelpTime.Flexible, CreatedAt = created - Duration.FromDays(15) }));

        Assert.Equal(2, new HelpRequestExpiry(database).CloseExpired(created, Berlin));

        Assert.Equal(HelpRequestStatus.Open, database.Run(() => database.Requests.FindById("soon").Status));
        Assert.Equal(HelpRequestStatus.Closed, database.Run(() => database.Requests.FindById("past").Status));
    }

    [Fact]
    public void Many_expired_requests_are_all_closed_over_several_transactions()
    {
        using var database = file.Open();
        var created = Clock.GetCurrentInstant();
        var past = HelpTime.Between(new LocalDateTime(2026, 11, 25, 8, 0), new LocalDateTime(2026, 11, 25, 9, 0));
        var count = HelpRequestExpiry.ChunkSize * 2 + 7;
        database.Run(() => database.Requests.Insert(Enumerable.Range(0, count).Select(i => new HelpRequest { Id = $"r{i}", When = past, CreatedAt = created })));
        database.Run(() => database.Requests.Insert(new HelpRequest { Id = "cancelled", When = past, CreatedAt = created, Status = HelpRequestStatus.Cancelled }));

        Assert.Equal(count, new HelpRequestExpiry(database).CloseExpired(created, Berlin));

        Assert.Equal(count, database.Run(() => database.Requests.Count(request => request.Status == HelpRequestStatus.Closed)));
        Assert.Equal(HelpRequestStatus.Cancelled, database.Run(() => database.Requests.FindById("cancelled").Status));
        Assert.Equal(0, new HelpRequestExpiry(database).CloseExpired(created, Berlin));
    }

    private static Inbound Text(long updateId) => new() { UpdateId = updateId, ChatId = 7, UserId = 7, Kind = InboundKind.Text, Text = "x" };

    [Fact]
    public void Proposals_of_the_last_30_days_are_counted_per_newcomer_in_one_read()
    {
        using var database = file.Open();
        var now = Clock.GetCurrentInstant();
        database.Run(() => database.Matches.Insert(new[] { (7L, 1), (7L, 40), (8L, 2), (7L, 3), (9L, 31) }.Select((pair, i) => new Kiosk.Domain.Matching.Match
        {
            Id = $"m{i}", NewcomerId = pair.Item1, NeighbourId = 1, RequestId = "r", OfferId = "o", AskedAt = now - Duration.FromDays(pair.Item2),
        })));

        var asked = database.Run(() => new LiteDirectory(database).AskedSince(now - Duration.FromDays(30)));

        Assert.Equal(new Dictionary<long, int> { [7] = 2, [8] = 1 }, asked);
    }

    public void Dispose() => file.Dispose();
}
