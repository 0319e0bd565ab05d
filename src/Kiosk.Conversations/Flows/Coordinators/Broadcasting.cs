using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Conversations.Forms;
using Kiosk.Domain;
using Kiosk.Domain.Broadcasts;

namespace Kiosk.Conversations.Flows.Coordinators;

/// <summary>
/// /broadcast: a coordinator writes an announcement, chooses who gets it, adds versions in other languages,
/// sees who would get which version, previews it exactly as people will see it, and sends it now or later.
/// Delivery itself is the broadcast sender's (durable, paced, one copy per person).
/// </summary>
public static class Broadcasting
{
    /// <summary>The button area: "coord:bc:...".</summary>
    public const string Area = "bc";

    /// <summary>Audiences chosen with one button.</summary>
    public static readonly IReadOnlyList<string> ChosenAudiences = ["everyone", "newcomers", "neighbours"];
    /// <summary>Audiences that need a second choice (which language, district, category).</summary>
    public static readonly IReadOnlyList<string> NarrowAudiences = ["language", "district", "category"];

    /// <summary>Starts a new announcement; shows those still on their way first.</summary>
    public static void Start(Turn turn)
    {
        foreach (var open in turn.Directory.OpenBroadcasts())
        {
            var status = open.Status == BroadcastStatus.Scheduled && open.SendAt is { } at
                ? turn.T("broadcast.open_scheduled", ("time", Labels.Moment(turn, turn.Time.Local(at))))
                : turn.T("broadcast.open_sending", ("tried", open.Tried), ("count", open.Recipients));
            turn.SayText(status, [[Button.Press(turn.T("broadcast.stop"), BroadcastNews.StopData(open.Id))]]);
        }

        var writing = new WritingAnnouncement { Draft = new BroadcastDraft { Writing = turn.Language } };
        Flow.Enter(turn, writing);
        BroadcastQuestions.AskText(turn, writing);
    }

    /// <summary>The text of the version being written.</summary>
    public static void OnText(Turn turn, WritingAnnouncement writing, string text)
    {
        var draft = writing.Draft;
        var words = text.Trim();
        if (words.Length > BroadcastNews.MaxText)
        {
            turn.Say("broadcast.too_long", ("length", words.Length), ("max", BroadcastNews.MaxText));
            return;
        }

        draft.Versions[draft.Writing] = words;
        if (draft.Audience is null)
        {
            BroadcastQuestions.AskAudience(turn, writing);
        }
        else
        {
            BroadcastQuestions.ShowOverview(turn, writing);
        }
    }

    /// <summary>"morgen 10 Uhr": when to send, confirmed by a button.</summary>
    public static void OnTime(Turn turn, WritingAnnouncement writing, string text)
    {
        var now = turn.Time.Local(turn.Time.Now);
        if (turn.Recognizers.When.Recognize(text, turn.Language, now) is not { Start: { } start })
        {
            turn.Say("broadcast.time_unknown");
            return;
        }

        var at = turn.Time.Instant(start);
        if (at <= turn.Time.Now)
        {
            turn.Say("broadcast.time_past");
            return;
        }

        (writing.Draft.SendAt, writing.Stage) = (at, AnnouncementStage.Composing);
        turn.SayText(turn.T("broadcast.confirm_time", ("time", Labels.Moment(turn, start))),
            [[Button.Press(turn.T("broadcast.yes"), Data("at"))], [Button.Press(turn.T("broadcast.other_time"), Data("later"))]]);
    }

    /// <summary>A pressed "coord:bc:..." button (already checked: the person is a coordinator).</summary>
    public static void OnButton(Turn turn, string[] parts)
    {
        if (parts is ["stop", var id])
        {
            Stop(turn, id);
            return;
        }

        if (turn.State.Active is not WritingAnnouncement { Draft.Versions.Count: > 0 } writing)
        {
            turn.Say("input.old_button");
            return;
        }

        var draft = writing.Draft;

        switch (parts)
        {
            case ["aud", var kind] when ChosenAudiences.Contains(kind):
                turn.RemovePressedButtons();
                draft.Audience = new Audience { Kind = Kind(kind) };
                BroadcastQuestions.ShowOverview(turn, writing);
                break;
            case ["aud", var kind] when NarrowAudiences.Contains(kind):
                turn.RemovePressedButtons();
                BroadcastQuestions.AskAudienceValue(turn, kind);
                break;
            case ["to", var kind, var value] when IsValidValue(turn.Localizer, kind, value):
                turn.RemovePressedButtons();
                draft.Audience = new Audience { Kind = Kind(kind), Value = value };
                BroadcastQuestions.ShowOverview(turn, writing);
                break;
            case ["add"]:
                turn.RemovePressedButtons();
                BroadcastQuestions.AskVersionLanguage(turn, draft);
                break;
            case ["ver", var language] when turn.Localizer.IsSupported(language):
                turn.RemovePressedButtons();
                draft.Writing = language;
                BroadcastQuestions.AskText(turn, writing);
                break;
            case ["preview"]:
                turn.RemovePressedButtons();
                BroadcastQuestions.Preview(turn, writing);
                break;
            case ["now"] when draft.Audience is not null:
                Send(turn, draft, null);
                break;
            case ["later"] when draft.Audience is not null:
                turn.RemovePressedButtons();
                writing.Stage = AnnouncementStage.Scheduling;
                turn.Say("broadcast.ask_time");
                break;
            case ["at"] when draft is { Audience: not null, SendAt: { } at } && at > turn.Time.Now:
                Send(turn, draft, at);
                break;
            case ["drop"]:
                turn.RemovePressedButtons();
                Flow.Leave(turn);
                turn.Say("broadcast.dropped");
                MainMenu.Show(turn);
                break;
            default:
                turn.Say("input.old_button");
                Repeat(turn, writing);
                break;
        }
    }

    /// <summary>Asks the current question of the announcement again.</summary>
    public static void Repeat(Turn turn, WritingAnnouncement writing)
    {
        switch (writing.Stage)
        {
            case AnnouncementStage.Writing:
                BroadcastQuestions.AskText(turn, writing);
                break;
            case AnnouncementStage.Scheduling:
                turn.Say("broadcast.ask_time");
                break;
            case AnnouncementStage.Composing when writing.Draft is { Audience: not null, Versions.Count: > 0 }:
                BroadcastQuestions.ShowOverview(turn, writing);
                break;
            case AnnouncementStage.Composing when writing.Draft.Versions.Count > 0:
                BroadcastQuestions.AskAudience(turn, writing);
                break;
            default:
                BroadcastQuestions.AskText(turn, writing);
                break;
        }
    }

    private static void Send(Turn turn, BroadcastDraft draft, NodaTime.Instant? at)
    {
        turn.RemovePressedButtons();
        var broadcast = Draft(turn, draft);
        broadcast.Id = Ids.New();
        broadcast.Status = BroadcastStatus.Scheduled;
        broadcast.SendAt = at;
        turn.Changes.NewBroadcasts.Add(broadcast);
        Flow.Leave(turn);
        if (at is { } time)
        {
            turn.SayText(turn.T("broadcast.scheduled", ("time", Labels.Moment(turn, turn.Time.Local(time)))),
                [[Button.Press(turn.T("broadcast.stop"), BroadcastNews.StopData(broadcast.Id))]]);
        }
        else
        {
            turn.Say("broadcast.queued");
        }
    }

    private static void Stop(Turn turn, string id)
    {
        var broadcast = turn.Directory.Broadcast(id);
        if (broadcast is not { Status: BroadcastStatus.Scheduled or BroadcastStatus.Sending })
        {
            turn.Say("broadcast.stop_late");
            return;
        }

        turn.RemovePressedButtons();
        turn.Changes.StoppedBroadcasts.Add(broadcast.Id);
        turn.Say("broadcast.stopped");
    }

    /// <summary>The announcement the draft would become.</summary>
    internal static Broadcast Draft(Turn turn, BroadcastDraft draft) => new()
    {
        AuthorId = turn.Inbound.UserId,
        AuthorLanguage = turn.Language,
        Versions = new Dictionary<string, string>(draft.Versions),
        Audience = draft.Audience ?? new Audience(),
        CreatedAt = turn.Time.Now,
    };

    /// <summary>True for a known language, district or category of a narrow audience (<see cref="NarrowAudiences"/>).</summary>
    public static bool IsValidValue(Localization.Localizer localizer, string kind, string? value) => value is not null && kind switch
    {
        "language" => localizer.IsSupported(value),
        "district" => Districts.All.Any(district => district.Id == value),
        "category" => Categories.IsKnown(value),
        _ => false,
    };

    /// <summary>The audience kind of a button's (or the desk's) word: "newcomers", "language", …; anything else is everyone.</summary>
    public static AudienceKind Kind(string kind) => kind switch
    {
        "newcomers" => AudienceKind.Newcomers,
        "neighbours" => AudienceKind.Neighbours,
        "language" => AudienceKind.Language,
        "district" => AudienceKind.District,
        "category" => AudienceKind.Category,
        _ => AudienceKind.Everyone,
    };

    /// <summary>Button data "coord:bc:...".</summary>
    internal static string Data(params string[] parts) => CoordinatorCommands.Data([Area, .. parts]);
}
