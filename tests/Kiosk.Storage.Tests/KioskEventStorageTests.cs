using Kiosk.Conversations.Flows.Coordinators;
using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Forms;
using Kiosk.Domain.Info;
using NodaTime;

namespace Kiosk.Storage.Tests;

public sealed class KioskEventStorageTests : IDisposable
{
    private readonly TemporaryDatabase file = new();

    [Fact]
    public void An_event_draft_with_its_day_survives_reopening_the_file()
    {
        using (var database = file.Open())
        {
            database.Run(() => database.Chats.Upsert(new ChatState { ChatId = 42, Active = new AddingEvent { Stage = EventStage.Timing, Draft = new EventDraft { Title = "Flohmarkt", Day = new LocalDate(2026, 11, 26) } } }));
            database.Run(() => database.Chats.Upsert(new ChatState { ChatId = 43, Active = new AddingEvent { Stage = EventStage.Confirming, Draft = new EventDraft { Title = "Fest", Start = new LocalDateTime(2026, 11, 28, 15, 0) } } }));
        }

        using var reopened = file.Open();
        var adding = Assert.IsType<AddingEvent>(reopened.Run(() => reopened.Chats.FindById(42).Active));
        Assert.Equal(EventStage.Timing, adding.Stage);
        var draft = adding.Draft;
        Assert.Equal(("Flohmarkt", (LocalDate?)new LocalDate(2026, 11, 26), (LocalDateTime?)null), (draft.Title, draft.Day, draft.Start));
        var other = Assert.IsType<AddingEvent>(reopened.Run(() => reopened.Chats.FindById(43).Active)).Draft;
        Assert.Equal(((LocalDate?)null, (LocalDateTime?)new LocalDateTime(2026, 11, 28, 15, 0)), (other.Day, other.Start));
    }

    [Fact]
    public void Only_planned_events_that_have_not_started_are_upcoming_soonest_first()
    {
        using var database = file.Open();
        var now = new LocalDateTime(2026, 11, 25, 10, 0);
        database.Run(() => database.Events.Insert(
        [
            new KioskEvent { Id = "later", Title = "Fest", Start = now.PlusDays(3), Subscribers = [7] },
            new KioskEvent { Id = "soon", Title = "Café", Start = now.PlusHours(1) },
            new KioskEvent { Id = "past", Title = "Gestern", Start = now.PlusDays(-1) },
            new KioskEvent { Id = "off", Title = "Abgesagt", Start = now.PlusDays(1), Cancelled = true },
        ]));

        var upcoming = database.Run(() => new LiteDirectory(database).UpcomingEvents(now));

        Assert.Equal(["soon", "later"], upcoming.Select(kioskEvent => kioskEvent.Id).ToArray());
        Assert.Equal([7L], upcoming[1].Subscribers);
        Assert.True(database.Run(() => new LiteDirectory(database).Event("off"))!.Cancelled);
    }

    [Fact]
    public void A_member_who_deletes_their_data_leaves_every_reminder_list()
    {
        using var database = file.Open();
        var store = new TurnStore(database, NodaTime.Testing.FakeClock.FromUtc(2026, 11, 25, 9, 0, 0));
        var member = new Domain.Member { Id = 42, FirstName = "Jens", Language = "de" };
        store.Commit(Text(1), _ => new TurnResult(new ChatState { ChatId = 42 }, member, [])
        {
            Changes = { Events = { ["fest"] = new KioskEvent { Id = "fest", Title = "Fest", Start = new LocalDateTime(2026, 11, 28, 15, 0), Subscribers = [7, 42], Reminded = [42] } } },
        });

        store.Commit(Text(2), _ => new TurnResult(null, null, []));

        var kioskEvent = database.Run(() => database.Events.FindById("fest"));
        Assert.Equal([7L], kioskEvent.Subscribers);
        Assert.Empty(kioskEvent.Reminded);
    }

    private static Inbound Text(long updateId) => new() { UpdateId = updateId, ChatId = 42, UserId = 42, Kind = InboundKind.Text, Text = "hi" };

    public void Dispose() => file.Dispose();
}
