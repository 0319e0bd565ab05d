using Kiosk.Conversations.Delivery;
using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Flows.Privacy;
using Kiosk.Conversations.Forms;
using Kiosk.Domain;
using Kiosk.Domain.Advice;
using Kiosk.Domain.Broadcasts;
using Kiosk.Domain.Coordination;
using Kiosk.Domain.Info;
using Kiosk.Domain.Matching;
using LiteDB;
using NodaTime;

namespace Kiosk.Storage;

/// <summary>What /delete does to a stored type's documents about the person.</summary>
public enum Erasure
{
    /// <summary>Their documents are deleted.</summary>
    Deleted,

    /// <summary>Documents shared with others stay for them, with the person replaced by 0 ("someone who left").</summary>
    Anonymised,

    /// <summary>The documents hold nothing about a person.</summary>
    NothingPersonal,
}

/// <summary>
/// A stored type's privacy policy. <paramref name="Shown"/>: the <see cref="MyData"/> section /mydata shows it in, or
/// "not shown: why". <paramref name="Erased"/>: what /delete does (<see cref="MemberErasure"/>, <see cref="TurnStore"/>).
/// <paramref name="Kept"/>: the <see cref="RetentionRules"/> rule that removes it, or "kept: why".
/// </summary>
public sealed record PrivacyPolicy(string Shown, Erasure Erased, string Kept);

/// <summary>One LiteDB collection of the kiosk: its name, document type, id, indexes, mapper warm-up and privacy policy.</summary>
public abstract class StoredCollection
{
    /// <summary>The collection's name in the file.</summary>
    public abstract string Name { get; }

    /// <summary>The document type.</summary>
    public abstract Type Document { get; }

    /// <summary>What /mydata, /delete and retention do with it.</summary>
    public abstract PrivacyPolicy Privacy { get; }

    /// <summary>Tells the mapper which member is the id.</summary>
    public abstract void RegisterId(BsonMapper mapper);

    /// <summary>Maps sample documents once, before any thread uses the database (see <see cref="KioskMapper"/>).</summary>
    public abstract void WarmUp(BsonMapper mapper);

    /// <summary>Creates the indexes.</summary>
    public abstract void Index(LiteDatabase database);
}

/// <summary>A collection of <typeparamref name="T"/> documents.</summary>
/// <param name="name">The collection's name in the file.</param>
/// <param name="id">Which member is the id, and whether LiteDB numbers it.</param>
/// <param name="privacy">What /mydata, /delete and retention do with it.</param>
/// <param name="samples">Documents mapped once at start, with every nested type filled in.</param>
/// <param name="index">The indexes.</param>
public sealed class StoredCollection<T>(string name, Action<EntityBuilder<T>> id, PrivacyPolicy privacy, Func<T[]> samples,
    Action<ILiteCollection<T>>? index = null) : StoredCollection
{
    /// <inheritdoc />
    public override string Name => name;

    /// <inheritdoc />
    public override Type Document => typeof(T);

    /// <inheritdoc />
    public override PrivacyPolicy Privacy => privacy;

    /// <summary>The typed collection.</summary>
    public ILiteCollection<T> In(LiteDatabase database) => database.GetCollection<T>(name);

    /// <inheritdoc />
    public override void RegisterId(BsonMapper mapper) => id(mapper.Entity<T>());

    /// <inheritdoc />
    public override void WarmUp(BsonMapper mapper)
    {
        foreach (var sample in samples())
        {
            mapper.ToDocument(sample);
        }
    }

    /// <inheritdoc />
    public override void Index(LiteDatabase database) => index?.Invoke(In(database));
}

/// <summary>
/// Every collection the kiosk stores, declared once. Flows built as units declare their records in
/// <c>Flow.Stores</c> instead (<see cref="StoredRecords"/>). <c>StoredCollectionsTests</c> fails when a collection in the
/// file is declared nowhere, or a declaration lacks a /mydata section, an erasure or a retention rule.
/// </summary>
public static class StoredCollections
{
    private const string NotPersonal = "not shown: holds nothing about a person";

    /// <summary>Handled update ids.</summary>
    public static readonly StoredCollection<InboxEntry> Inbox = new("inbox", builder => builder.Id(entry => entry.UpdateId, autoId: false),
        new(NotPersonal, Erasure.NothingPersonal, nameof(RetentionRules.InboxEntryGoes)), () => [new InboxEntry()]);

    /// <summary>Per-chat conversation state.</summary>
    public static readonly StoredCollection<ChatState> Chats = new("chats", builder => builder.Id(state => state.ChatId, autoId: false),
        new(nameof(MyData.Chat), Erasure.Deleted, "kept: the chat's conversation in progress and its draft, replaced as the person goes on; /delete removes it"),
        () => [new ChatState(), new ChatState { Active = new FillingOffer { Draft = new OfferDraft { Price = Price.Free } } }, new ChatState { Active = new FillingRequest { Draft = new HelpRequestDraft { When = HelpTime.Flexible } } },
            new ChatState { Active = new Kiosk.Conversations.Flows.Coordinators.AddingEvent { Draft = new EventDraft { Day = new LocalDate(2026, 1, 1), Start = new LocalDateTime(2026, 1, 1, 10, 0) } } }]);

    /// <summary>People who accepted the privacy notice.</summary>
    public static readonly StoredCollection<Member> Members = new("members", builder => builder.Id(member => member.Id, autoId: false),
        new(nameof(MyData.Member), Erasure.Deleted, "kept: the membership itself, until /delete"), () => [new Member()],
        collection =>
        {
            collection.EnsureIndex(member => member.Banned);
            collection.EnsureIndex(member => member.Coordinator);
            collection.EnsureIndex("first_name", FirstNameIndex); // the desk's People page finds people by the start of their name
        });

    /// <summary>The members' first names in lower case, indexed: <c>Query.StartsWith(FirstNameIndex, "am")</c> finds "Amina" and "amir".</summary>
    public const string FirstNameIndex = "LOWER($.FirstName)";

    /// <summary>Newcomers' offers.</summary>
    public static readonly StoredCollection<Offer> Offers = new("offers", builder => builder.Id(offer => offer.Id, autoId: false),
        new(nameof(MyData.Offers), Erasure.Deleted, "kept: an offer is valid until its author removes it or /delete"), () => [new Offer()],
        collection =>
        {
            collection.EnsureIndex(offer => offer.MemberId);
            collection.EnsureIndex(offer => offer.Category);
            collection.EnsureIndex(offer => offer.Status); // the team's waiting offers (/review, the desk)
        });

    /// <summary>Neighbours' help requests.</summary>
    public static readonly StoredCollection<HelpRequest> Requests = new("requests", builder => builder.Id(request => request.Id, autoId: false),
        new(nameof(MyData.HelpRequests), Erasure.Deleted, nameof(RetentionRules.RequestGoes)), () => [new HelpRequest()],
        collection =>
        {
            collection.EnsureIndex(request => request.MemberId);
            collection.EnsureIndex(request => request.Status);
            collection.EnsureIndex(request => request.Category);
        });

    /// <summary>Help requests brought together with offers.</summary>
    public static readonly StoredCollection<Match> Matches = new("matches", builder => builder.Id(match => match.Id, autoId: false),
        new(nameof(MyData.Matches), Erasure.Anonymised, nameof(RetentionRules.MatchGoesWithItsRequest)), () => [new Match { Agreed = HelpTime.Between(new LocalDateTime(2026, 1, 1, 10, 0), new LocalDateTime(2026, 1, 1, 12, 0)), Proposed = HelpTime.Flexible }],
        collection =>
        {
            collection.EnsureIndex(match => match.RequestId);
            collection.EnsureIndex(match => match.NeighbourId);
            collection.EnsureIndex(match => match.NewcomerId);
            collection.EnsureIndex(match => match.InterpreterId);
            collection.EnsureIndex(match => match.AskedAt);
        });

    /// <summary>Reports from chats through the bot, for coordinators.</summary>
    public static readonly StoredCollection<Report> Reports = new("reports", builder => builder.Id(report => report.Id, autoId: false),
        new(nameof(MyData.Reports), Erasure.Anonymised, "kept: the team's record of moderation; ids of people who left are 0"), () => [new Report()]);

    /// <summary>Time-based steps of matches and events.</summary>
    public static readonly StoredCollection<ScheduledStep> Steps = new("schedule", builder => builder.Id(step => step.Id, autoId: false),
        new("not shown: the bot's own timers (reminders, questions after a match); what they lead to is shown with the match", Erasure.Deleted,
            nameof(RetentionRules.StepGoes)), () => [new ScheduledStep()],
        collection => collection.EnsureIndex(step => step.Done));

    /// <summary>Coordinator invite links.</summary>
    public static readonly StoredCollection<CoordinatorInvite> Invites = new("invites", builder => builder.Id(invite => invite.Code, autoId: false),
        new("not shown: a one-time code between coordinators", Erasure.Deleted, "kept: until used or its creator or user is deleted"),
        () => [new CoordinatorInvite()]);

    /// <summary>Announcements of the coordinators.</summary>
    public static readonly StoredCollection<Broadcast> Broadcasts = new("broadcasts", builder => builder.Id(broadcast => broadcast.Id, autoId: false),
        new("not shown: the kiosk's announcement; what reached the person is in Announcements", Erasure.Anonymised,
            "kept: the kiosk's own announcements; their per-person copies go by DeliveriesGo"), () => [new Broadcast { Versions = { ["de"] = "" } }],
        collection => collection.EnsureIndex(broadcast => broadcast.Status));

    /// <summary>One copy of an announcement per person.</summary>
    public static readonly StoredCollection<BroadcastDelivery> Deliveries = new("deliveries", builder => builder.Id(delivery => delivery.Id, autoId: true),
        new(nameof(MyData.Announcements), Erasure.Deleted, nameof(RetentionRules.DeliveriesGo)), () => [new BroadcastDelivery()],
        collection =>
        {
            collection.EnsureIndex(delivery => delivery.Status);
            collection.EnsureIndex(delivery => delivery.ChatId);
        });

    /// <summary>Members' questions to the advice desk.</summary>
    public static readonly StoredCollection<AdviceRequest> AdviceRequests = new("advice", builder => builder.Id(request => request.Id, autoId: false),
        new(nameof(MyData.AdviceRequests), Erasure.Deleted, "kept: until the person deletes it or their data"), () => [new AdviceRequest()],
        collection =>
        {
            collection.EnsureIndex(request => request.MemberId);
            collection.EnsureIndex(request => request.Status);
        });

    /// <summary>Events at the kiosk, with who wants a reminder.</summary>
    public static readonly StoredCollection<KioskEvent> Events = new("events", builder => builder.Id(kioskEvent => kioskEvent.Id, autoId: false),
        new(nameof(MyData.EventReminders), Erasure.Anonymised, nameof(RetentionRules.EventGoes)), () => [new KioskEvent { Subscribers = [1], Reminded = [1] }]);

    /// <summary>Messages on their way to Telegram, and sent ones until retention.</summary>
    public static readonly StoredCollection<OutboxEntry> Outbox = new("outbox", builder => builder.Id(entry => entry.Id, autoId: true),
        new("not shown: copies of the bot's messages, which the person has in their chat", Erasure.Deleted, nameof(RetentionRules.OutboxEntryGoes)),
        () => [new OutboxEntry { Message = new Outbound { Buttons = [[new Button()]] } }],
        collection =>
        {
            collection.EnsureIndex(entry => entry.Status);
            collection.EnsureIndex(entry => entry.ChatId);
            collection.EnsureIndex(entry => entry.AboutId);
            collection.EnsureIndex(entry => entry.PendingChat);
        });

    /// <summary>All of them.</summary>
    public static readonly IReadOnlyList<StoredCollection> All =
        [Inbox, Chats, Members, Offers, Requests, Matches, Reports, Steps, Invites, Broadcasts, Deliveries, AdviceRequests, Events, Outbox];
}
