using Kiosk.Conversations;
using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Localization;
using Kiosk.Conversations.Understanding;
using Kiosk.Domain.Matching;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using NodaTime.Testing;

namespace Kiosk.Storage.Tests;

/// <summary>
/// A database written by main at 97e4f3f (before flows kept their state in <see cref="ChatState.Active"/>): chats in the
/// middle of the request form, the offer form and an announcement, an open match and a step to come. Today's code opens
/// it and the people go on where they were.
/// </summary>
public sealed class OlderDatabaseTests : IDisposable
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 25, 10, 0));
    private static readonly Catalogs Catalogs = Catalogs.Load(Catalogs.DefaultDirectory);
    private static readonly Localizer Localizer = new(Catalogs, NullLogger<Localizer>.Instance);
    private readonly TemporaryDatabase file = new();
    private int update = 1000;

    [Fact]
    public void A_database_of_the_previous_version_opens_and_every_chat_goes_on_where_it_was()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file.Path)!);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "kiosk-97e4f3f.db"), file.Path);
        using var database = file.Open();
        var store = new TurnStore(database, Clock);
        var engine = new ConversationEngine(Localizer, new KioskTime(Clock, DateTimeZoneProviders.Tzdb["Europe/Berlin"]), new KioskRecognizers(Catalogs),
            Microsoft.Extensions.Options.Options.Create(new KioskOptions { Coordinators = [3003] }), new BotIdentity(), NullLogger<ConversationEngine>.Instance);

        var neighbour = database.Run(() => database.Chats.FindById(1001L));
        // Upgraded when the file opened: the step "InForm" with its draft is now the form's own state.
        var filling = Assert.IsType<Kiosk.Conversations.Forms.FillingRequest>(neighbour.Active);
        Assert.Equal(("bikes", "district"), (filling.Draft.Category, filling.Progress.Slot));
        Press(store, engine, 1001, "form:district=ottensen");
        Assert.Equal("ottensen", Assert.IsType<Kiosk.Conversations.Forms.FillingRequest>(database.Run(() => database.Chats.FindById(1001L)).Active).Draft.District);
        Assert.Contains(Localizer.Text("de", "request.ask_details"), LastTo(database, 1001), StringComparison.Ordinal);

        Assert.Equal("أصلح الدراجات وأبدل الإطارات", Assert.IsType<Kiosk.Conversations.Forms.FillingOffer>(database.Run(() => database.Chats.FindById(2002L)).Active).Draft.Description);
        Press(store, engine, 2002, "form:when=evenings");
        Assert.Contains(Localizer.Text("ar", "offer.ask_district"), LastTo(database, 2002), StringComparison.Ordinal);

        Assert.Equal("Am Samstag ist Reparatur-Café!", Assert.IsType<Kiosk.Conversations.Flows.Coordinators.WritingAnnouncement>(database.Run(() => database.Chats.FindById(3003L)).Active).Draft.Versions["de"]);
        Text(store, engine, 3003, "/cancel");
        Assert.Equal(Localizer.Text("de", "cancel.done"), Plain(database, 3003, Localizer.Text("de", "cancel.done")));

        // The feedback flow, new in this version, works on the old file too.
        Text(store, engine, 2002, "/feedback");
        Text(store, engine, 2002, "شكراً على المساعدة");
        Assert.Single(database.Run(() => StoredRecords.Of(database, Kiosk.Conversations.Flows.Feedback.FeedbackFlow.Kind, 2002)));

        Assert.Equal((MatchStatus.Accepted, true), database.Run(() => (database.Matches.FindById("m1").Status, database.Matches.FindById("m1").RelayOpen)));
        Assert.Equal(StepKind.AskFeedback, database.Run(() => database.Steps.FindById("s1").Kind));
    }

    [Fact]
    public void Chats_stored_in_a_step_that_is_now_a_flow_go_on_in_that_flow()
    {
        // Written by main at 49842ad (Fixtures/FixtureWriter-49842ad.cs.txt): /delete asked; a comment, a phone number, an advice
        // question, a coordinator's answer and an appointment time expected, each as a step with its id field; an event
        // being added with its day chosen; three people in the middle of first contact.
        Directory.CreateDirectory(Path.GetDirectoryName(file.Path)!);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "kiosk-49842ad.db"), file.Path);
        using var database = file.Open();
        var store = new TurnStore(database, Clock);
        var engine = new ConversationEngine(Localizer, new KioskTime(Clock, DateTimeZoneProviders.Tzdb["Europe/Berlin"]), new KioskRecognizers(Catalogs),
            Microsoft.Extensions.Options.Options.Create(new KioskOptions { Coordinators = [3003, 3004, 3005] }), new BotIdentity(), NullLogger<ConversationEngine>.Instance);

        Assert.Equal("m2", Assert.IsType<Kiosk.Conversations.Flows.HelpRequests.CommentingMatch>(database.Run(() => database.Chats.FindById(5005L)).Active).MatchId);
        Text(store, engine, 5005, "Sehr nett, danke!");
        Assert.Equal("Sehr nett, danke!", database.Run(() => database.Matches.FindById("m2")).NeighbourComment);

        Text(store, engine, 6006, "+49 151 2345678");
        Assert.Equal("+49 151 2345678", database.Run(() => database.Matches.FindById("m3")).NewcomerPhone);

        Text(store, engine, 7007, "Ne kadar isteyebilirim?");
        Assert.Contains(database.Run(() => database.AdviceRequests.FindAll().ToList()), request => request is { MemberId: 7007, Topic: "pricing", Question: "Ne kadar isteyebilirim?" });

        Text(store, engine, 3003, "Bringen Sie bitte Ihren Pass mit.");
        Assert.Contains("Bringen Sie bitte Ihren Pass mit.", LastTo(database, 7007), StringComparison.Ordinal);

        Text(store, engine, 3004, "morgen 14 Uhr");
        Assert.Equal(new LocalDateTime(2026, 11, 26, 14, 0), database.Run(() => database.AdviceRequests.FindById("a2")).Appointment);

        Text(store, engine, 3005, "15:00");
        Press(store, engine, 3005, "coord:ev:save");
        var saved = Assert.Single(database.Run(() => database.Events.FindAll().ToList()));
        Assert.Equal(("Repair café", "Bring your bike.", new LocalDateTime(2026, 12, 4, 15, 0)), (saved.Title, saved.Description, saved.Start));

        // The first message kept before the notice is handled once it is accepted.
        Press(store, engine, 9009, "privacy:yes");
        var kept = Assert.IsType<Kiosk.Conversations.Forms.FillingRequest>(database.Run(() => database.Chats.FindById(9009L)).Active);
        Assert.Equal("ottensen", kept.Draft.District);
        // The deep link's role ("offer") opens the offer form once the notice is accepted.
        Press(store, engine, 9010, "privacy:yes");
        Assert.IsType<Kiosk.Conversations.Forms.FillingOffer>(database.Run(() => database.Chats.FindById(9010L)).Active);
        Press(store, engine, 9011, "lang:fa");
        Assert.Contains(Localizer.Text("fa", "privacy.accept"), ButtonsTo(database, 9011));

        Press(store, engine, 4004, "delete:yes");
        Assert.Null(database.Run(() => database.Members.FindById(4004L)));
    }

    public void Dispose() => file.Dispose();

    private void Press(TurnStore store, ConversationEngine engine, long user, string data) => Handle(store, engine,
        new Inbound { UpdateId = update++, ChatId = user, UserId = user, Kind = InboundKind.Button, ButtonData = data, ButtonMessageId = 1, CallbackQueryId = "q" + update, FirstName = "P" + user });

    private void Text(TurnStore store, ConversationEngine engine, long user, string text) => Handle(store, engine,
        new Inbound { UpdateId = update++, ChatId = user, UserId = user, Kind = InboundKind.Text, Text = text, FirstName = "P" + user });

    private static void Handle(TurnStore store, ConversationEngine engine, Inbound inbound) =>
        Assert.True(store.Commit(inbound, conversation => engine.Handle(inbound, conversation)));

    // The newest message to the chat (texts carry direction marks in right-to-left languages).
    private static string LastTo(KioskDatabase database, long chatId) =>
        database.Run(() => database.Outbox.Find(entry => entry.ChatId == chatId && entry.Message.Kind == OutboundKind.Message).OrderBy(entry => entry.Id).Last().Message.Text ?? "");

    private static List<string> ButtonsTo(KioskDatabase database, long chatId) =>
        database.Run(() => database.Outbox.Find(entry => entry.ChatId == chatId && entry.Message.Kind == OutboundKind.Message).OrderBy(entry => entry.Id).Last().Message.Buttons?.SelectMany(row => row).Select(button => button.Label).ToList() ?? []);

    private static string? Plain(KioskDatabase database, long chatId, string text) =>
        database.Run(() => database.Outbox.Find(entry => entry.ChatId == chatId).Select(entry => entry.Message.Text).LastOrDefault(message => message == text));
}
