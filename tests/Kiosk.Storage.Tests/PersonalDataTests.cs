using Kiosk.Conversations;
using Kiosk.Conversations.Delivery;
using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Localization;
using Kiosk.Conversations.Understanding;
using Kiosk.Domain;
using Kiosk.Domain.Advice;
using Kiosk.Domain.Broadcasts;
using Kiosk.Domain.Info;
using Kiosk.Domain.Matching;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using NodaTime.Testing;

namespace Kiosk.Storage.Tests;

/// <summary>/mydata and /delete through the real engine and store.</summary>
public sealed class PersonalDataTests : IDisposable
{
    private const long Zaynab = 987654321;
    private const long Omid = 555000111;
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 25, 9, 0));
    private static readonly Instant Now = Clock.GetCurrentInstant();
    private static readonly Catalogs Catalogs = Catalogs.Load(Catalogs.DefaultDirectory);
    private static readonly Localizer Localizer = new(Catalogs, NullLogger<Localizer>.Instance);
    private readonly TemporaryDatabase file = new();

    [Fact]
    public void Mydata_holds_what_every_collection_stores_about_the_person_and_of_the_other_side_only_the_first_name()
    {
        using var database = file.Open();
        Seed(database);
        var inbound = new Inbound { UpdateId = 1, ChatId = Zaynab, UserId = Zaynab, Kind = InboundKind.Text, Text = "/mydata", FirstName = "Zaynab", LanguageCode = "de" };

        Handle(new TurnStore(database, Clock), Engine(), inbound);

        var entry = Assert.Single(new Outbox(database).Pending(10));
        Assert.Equal((OutboundKind.Document, "my-data-2026-11-25.json", Localizer.Text("fa", "mydata.caption")), (entry.Message.Kind, entry.Message.FileName, entry.Message.Text));
        var text = System.Text.Encoding.UTF8.GetString(entry.Message.File!);
        var json = System.Text.Json.JsonDocument.Parse(text).RootElement;
        string[] Ids(string list) => [.. json.GetProperty(list).EnumerateArray().Select(item => item.GetProperty("id").GetString()!)];
        Assert.Equal(["o2"], Ids("offers"));
        Assert.Equal(["r1"], Ids("helpRequests"));
        // m2: the chat Zaynab translates in, with nothing of its two sides.
        Assert.Equal(["m1", "m2"], Ids("matches"));
        Assert.Equal("interpreter", json.GetProperty("matches")[1].GetProperty("myRole").GetString());
        Assert.Equal(["a1"], Ids("adviceRequests"));
        Assert.Equal(["e1"], Ids("eventReminders"));
        Assert.Equal(["b1"], Ids("announcements"));
        Assert.Equal(["p1"], Ids("reports"));
        var match = json.GetProperty("matches")[0];
        Assert.Equal(("zaynab_hh", "+49 151 2223334", "Omid"), (match.GetProperty("myUsername").GetString(), match.GetProperty("myPhone").GetString(), match.GetProperty("otherFirstName").GetString()));
        Assert.DoesNotContain("omid_k", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Omid.ToString(System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ich trage Kisten", text, StringComparison.Ordinal);
    }

    [Fact]
    public void After_delete_no_collection_holds_the_person_s_id_name_username_or_phone_and_the_goodbye_is_in_their_language()
    {
        using var database = file.Open();
        Seed(database);
        var store = new TurnStore(database, Clock);
        var engine = Engine();

        // Telegram says German, the person chose Farsi: the answers come in Farsi.
        var outbox = new Outbox(database);
        Handle(store, engine, new Inbound { UpdateId = 1, ChatId = Zaynab, UserId = Zaynab, Kind = InboundKind.Text, Text = "/delete", FirstName = "Zaynab", LanguageCode = "de" });
        SendAll(outbox);
        Handle(store, engine, new Inbound
        {
            UpdateId = 2, ChatId = Zaynab, UserId = Zaynab, Kind = InboundKind.Button, ButtonData = "delete:yes", CallbackQueryId = "cb", ButtonMessageId = 7,
            FirstName = "Zaynab", LanguageCode = "de",
        });

        var goodbye = database.Run(() => database.Outbox.Find(entry => entry.ChatId == Zaynab && entry.Message.Kind == OutboundKind.Message).Select(entry => entry.Message.Text).ToList());
        Assert.Equal([Localizer.Text("fa", "delete.done")], goodbye);
        SendAll(outbox);

        var traces = Traces(database, Zaynab, "Zaynab", "zaynab_hh", "2223334").ToList();
        Assert.True(traces.Count == 0, "Still stored: " + string.Join("; ", traces));
        // What belongs to the other person stays.
        Assert.Equal(("omid_k", Omid), (database.Run(() => database.Matches.FindById("m1").NewcomerUsername), database.Run(() => database.Matches.FindById("m1").NewcomerId)));
        Assert.NotNull(database.Run(() => database.Members.FindById(Omid)));
        // Omid keeps what was his, and is told in Arabic that the chat is closed (without Zaynab's name: checked above).
        var toOmid = database.Run(() => database.Outbox.Find(entry => entry.ChatId == Omid).Select(entry => entry.Message.Text).ToList());
        Assert.Equal(2, toOmid.Count);
        Assert.Contains(Localizer.Text("ar", "relay.closed_left"), toOmid);
        Assert.False(database.Run(() => database.Matches.FindById("m1").RelayOpen));
        // The chat Zaynab translated in goes on without her; both sides are told.
        Assert.True(database.Run(() => database.Matches.FindById("m2").RelayOpen));
        Assert.Equal([Localizer.Text("de", "interpreter.gone")], database.Run(() => database.Outbox.Find(entry => entry.ChatId == 9001).Select(entry => entry.Message.Text).ToList()));
        Assert.Equal([9005L], database.Run(() => database.Matches.FindById("m3").InterpreterInvited));
    }

    private static ConversationEngine Engine() =>
        new(Localizer, new KioskTime(Clock, DateTimeZoneProviders.Tzdb["Europe/Berlin"]), new KioskRecognizers(Catalogs),
            Microsoft.Extensions.Options.Options.Create(new KioskOptions()), new BotIdentity(), NullLogger<ConversationEngine>.Instance);

    private static void SendAll(Outbox outbox)
    {
        foreach (var entry in outbox.Pending(100))
        {
            outbox.MarkSent(entry.Id, 1);
        }
    }

    private static void Handle(TurnStore store, ConversationEngine engine, Inbound inbound) =>
        Assert.True(store.Commit(inbound, conversation => engine.Handle(inbound, conversation)));

    private static void Seed(KioskDatabase database)
    {
        database.Run(() => database.Members.Insert([new Member { Id = Zaynab, FirstName = "Zaynab", Language = "fa", PrivacyAcceptedAt = Now }, new Member { Id = Omid, FirstName = "Omid", Language = "ar" }]));
        database.Run(() => database.Chats.Insert(new ChatState { ChatId = Zaynab, Language = "fa" }));
        database.Run(() => database.Requests.Insert(new HelpRequest { Id = "r1", MemberId = Zaynab, Category = "moving", Details = "Umzug, frag nach Zaynab", CreatedAt = Now }));
        database.Run(() => database.Offers.Insert(new Offer { Id = "o1", MemberId = Omid, Category = "moving", Description = "Ich trage Kisten", CreatedAt = Now }));
        database.Run(() => database.Offers.Insert(new Offer { Id = "o2", MemberId = Zaynab, Category = "sewing", Description = "Nähen", CreatedAt = Now }));
        database.Run(() => database.Matches.Insert(new Match
        {
            Id = "m1", RequestId = "r1", OfferId = "o1", NeighbourId = Zaynab, NewcomerId = Omid, Status = MatchStatus.Accepted, AskedAt = Now, RelayOpen = true,
            NeighbourShares = true, NeighbourUsername = "zaynab_hh", NeighbourPhone = "+49 151 2223334", NewcomerShares = true, NewcomerUsername = "omid_k",
        }));
        // Zaynab translates in one chat of two others and is invited to translate in a third.
        database.Run(() => database.Members.Insert(new Member { Id = 9001, FirstName = "Lea", Language = "de" }));
        database.Run(() => database.Matches.Insert([
            new Match { Id = "m2", RequestId = "r9", OfferId = "o9", NeighbourId = 9001, NewcomerId = 9002, Status = MatchStatus.Accepted, AskedAt = Now, RelayOpen = true,
                InterpreterWanted = true, InterpreterId = Zaynab, InterpreterJoinedAt = Now },
            new Match { Id = "m3", RequestId = "r8", OfferId = "o8", NeighbourId = 9003, NewcomerId = 9004, Status = MatchStatus.Accepted, AskedAt = Now, RelayOpen = true,
                InterpreterWanted = true, InterpreterInvited = [Zaynab, 9005] },
        ]));
        database.Run(() => database.Reports.Insert([new Report { Id = "p1", MatchId = "m1", ReporterId = Zaynab, ReportedId = Omid, At = Now },
            new Report { Id = "p2", MatchId = "m1", ReporterId = Omid, ReportedId = Zaynab, At = Now }]));
        database.Run(() => database.Steps.Insert([new ScheduledStep { Id = "s1", MatchId = "m1", Kind = StepKind.AskFeedback, DueAt = Now + Duration.FromDays(1) },
            new ScheduledStep { Id = "s2", MatchId = "e1", Kind = StepKind.EventReminder, MemberId = Zaynab, DueAt = Now + Duration.FromDays(1) }]));
        database.Run(() => database.AdviceRequests.Insert(new AdviceRequest { Id = "a1", MemberId = Zaynab, Question = "Rechnung?", CreatedAt = Now }));
        database.Run(() => database.Events.Insert(new KioskEvent { Id = "e1", Title = "Reparatur-Café", Start = new LocalDateTime(2026, 12, 3, 17, 0), Subscribers = [Zaynab, Omid] }));
        database.Run(() => database.Broadcasts.Insert(new Broadcast { Id = "b1", Status = BroadcastStatus.Done, Recipients = 2, Sent = 2, Versions = { ["de"] = "Hallo" } }));
        database.Run(() => database.Deliveries.Insert([new BroadcastDelivery { BroadcastId = "b1", ChatId = Zaynab, Status = DeliveryStatus.Sent },
            new BroadcastDelivery { BroadcastId = "b1", ChatId = Omid, Status = DeliveryStatus.Sent }]));
        database.Run(() => database.Outbox.Insert([
            Sent(Zaynab, "خوش آمدید"), Sent(Omid, "💬 Zaynab: Bis Samstag!"), Sent(Omid, "Reparatur-Café am Mittwoch"),
        ]));
    }

    private static OutboxEntry Sent(long chatId, string text) =>
        new() { ChatId = chatId, Status = OutboxStatus.Sent, CreatedAt = Now, Message = new Outbound { ChatId = chatId, Text = text } };

    // Every value in every document of every collection that is the id or contains one of the texts.
    private static IEnumerable<string> Traces(KioskDatabase database, long id, params string[] texts) =>
        from name in database.Run(() => database.Database.GetCollectionNames().ToList())
        from document in database.Run(() => database.Database.GetCollection(name).FindAll().ToList())
        from value in Values(document)
        where value.IsNumber && value.AsInt64 == id || value.IsString && texts.Any(text => value.AsString.Contains(text, StringComparison.Ordinal))
        select $"{name}: {document}";

    private static IEnumerable<BsonValue> Values(BsonValue value) => value switch
    {
        BsonDocument document => document.Values.SelectMany(Values),
        BsonArray array => array.SelectMany(Values),
        _ => [value],
    };

    public void Dispose() => file.Dispose();
}
