using Kiosk.Conversations.Engine.Units;
using Kiosk.Conversations.Flows;
using Kiosk.Domain;
using Kiosk.Conversations.Forms;
using Kiosk.Conversations.Flows.AdviceDesk;
using Kiosk.Conversations.Flows.Coordinators;
using Kiosk.Conversations.Flows.HelpRequests;
using Kiosk.Conversations.Flows.Privacy;
using LiteDB;

namespace Kiosk.Storage;

/// <summary>
/// Chats stored by an older version in a step that is now a flow's own state: the step and its field (for instance
/// "CommentingMatch" with "CommentMatchId") become that flow's state in <c>Active</c>, so the person goes on where
/// they were. Runs once per database file: LiteDB's user version records that it ran.
/// </summary>
public static class ChatStateUpgrade
{
    /// <summary>The database's user version once the chats are upgraded.</summary>
    public const int Version = 3;

    /// <summary>Upgrades the chats when the file has not been upgraded yet (on the owner thread).</summary>
    public static void OnOpen(LiteDatabase database)
    {
        if (database.UserVersion < Version)
        {
            Run(database);
            database.UserVersion = Version;
        }
    }

    // Each older step, the field that held its id, and the state it becomes.
    private static readonly Dictionary<string, Func<BsonDocument, BsonMapper, FlowState?>> Steps = new(StringComparer.Ordinal)
    {
        ["ChoosingLanguage"] = (chat, _) => Welcome(chat, WelcomeStage.ChoosingLanguage),
        ["AcceptingPrivacy"] = (chat, _) => Welcome(chat, WelcomeStage.AcceptingPrivacy),
        ["InForm"] = Form,
        ["WritingBroadcast"] = (chat, mapper) => Announcement(chat, mapper, AnnouncementStage.Writing),
        ["ComposingBroadcast"] = (chat, mapper) => Announcement(chat, mapper, AnnouncementStage.Composing),
        ["SchedulingBroadcast"] = (chat, mapper) => Announcement(chat, mapper, AnnouncementStage.Scheduling),
        ["WritingEvent"] = (chat, mapper) => Event(chat, mapper, EventStage.Writing),
        ["TimingEvent"] = (chat, mapper) => Event(chat, mapper, EventStage.Timing),
        ["ConfirmingEvent"] = (chat, mapper) => Event(chat, mapper, EventStage.Confirming),
        ["ConfirmingDeletion"] = (_, _) => new ConfirmingDeletion(),
        ["CommentingMatch"] = (chat, _) => Id(chat, "CommentMatchId") is { } id ? new CommentingMatch { MatchId = id } : null,
        ["EnteringPhone"] = (chat, _) => Id(chat, "PhoneMatchId") is { } id ? new EnteringPhone { MatchId = id } : null,
        ["AskingAdvice"] = (chat, _) => Id(chat, "AdviceTopic") is { } topic ? new AskingAdvice { Topic = topic } : null,
        ["AnsweringAdvice"] = (chat, _) => Id(chat, "AdviceId") is { } id ? new AnsweringAdvice { AdviceId = id } : null,
        ["ProposingAppointment"] = (chat, _) => Id(chat, "AdviceId") is { } id ? new ProposingAppointment { AdviceId = id } : null,
    };

    // The fields of those steps, dropped from an upgraded chat. Other chats may keep them ("Form": "None") until their
    // next turn writes them anew: reading ignores fields a type does not have.
    private static readonly string[] OlderFields = ["CommentMatchId", "PhoneMatchId", "AdviceTopic", "AdviceId", "EventDraft", "Broadcast", "Form", "Progress", "OfferDraft", "RequestDraft", "PendingRole", "PendingInvite", "Step"];

    /// <summary>Upgrades the chats of <paramref name="database"/> (on its owner thread); returns how many changed.</summary>
    public static int Run(LiteDatabase database)
    {
        var chats = database.GetCollection(StoredCollections.Chats.Name);
        var older = chats.Find(Query.In("Step", new BsonArray(Steps.Keys.Select(step => new BsonValue(step))))).ToList();
        foreach (var chat in older)
        {
            var upgrade = Steps[chat["Step"].AsString];
            chat["Active"] = upgrade(chat, database.Mapper) is { } state ? database.Mapper.Serialize(typeof(FlowState), state) : BsonValue.Null;

            foreach (var field in OlderFields)
            {
                chat.Remove(field);
            }

            chats.Update(chat);
        }

        return older.Count;
    }

    // Onboarding with the deep link's role and invite.
    private static Welcoming Welcome(BsonDocument chat, WelcomeStage stage) => new()
    {
        Stage = stage,
        PendingRole = Enum.TryParse<MemberRole>(Id(chat, "PendingRole"), out var role) ? role : MemberRole.None,
        PendingInvite = Id(chat, "PendingInvite"),
    };

    // "InForm" with "Form" (Offer or HelpRequest), its draft and "Progress".
    private static FillingForm? Form(BsonDocument chat, BsonMapper mapper)
    {
        var progress = chat.TryGetValue("Progress", out var stored) && stored.IsDocument ? mapper.Deserialize<FormProgress>(stored) : new FormProgress();
        return (Id(chat, "Form"), chat["OfferDraft"], chat["RequestDraft"]) switch
        {
            ("Offer", { IsDocument: true } offer, _) => new FillingOffer { Draft = mapper.Deserialize<OfferDraft>(offer), Progress = progress },
            ("HelpRequest", _, { IsDocument: true } request) => new FillingRequest { Draft = mapper.Deserialize<HelpRequestDraft>(request), Progress = progress },
            _ => null,
        };
    }

    private static WritingAnnouncement? Announcement(BsonDocument chat, BsonMapper mapper, AnnouncementStage stage) =>
        chat.TryGetValue("Broadcast", out var draft) && draft.IsDocument ? new() { Stage = stage, Draft = mapper.Deserialize<BroadcastDraft>(draft) } : null;

    private static AddingEvent Event(BsonDocument chat, BsonMapper mapper, EventStage stage) => new()
    {
        Stage = stage,
        Draft = chat.TryGetValue("EventDraft", out var draft) && draft.IsDocument ? mapper.Deserialize<EventDraft>(draft) : new EventDraft(),
    };

    private static string? Id(BsonDocument chat, string field) => chat.TryGetValue(field, out var value) && value.IsString ? value.AsString : null;
}
