using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Domain.Matching;
using Match = Kiosk.Domain.Matching.Match;

namespace Kiosk.Conversations.Flows.HelpRequests;

/// <summary>
/// Quick phrases in a chat through the bot: under every relayed message, "💬 Quick phrases" opens a phrase keyboard
/// (groups, then a group's phrases in the presser's language, edited in place), and a phrase goes to the other side in
/// theirs, marked as an exact phrase. The keyboard stays open for the next phrase until closed. "It's done" also asks
/// both sides how it went.
/// </summary>
public sealed class PhrasesFlow : ButtonFlow<PhraseButton>
{
    // Two phrases share a row when both labels are this short, so that a group fits a phone screen.
    private const int ShortLabel = 18;

    /// <summary>
    /// The buttons under every message of a chat through the bot, for one side (<paramref name="voice"/>): quick phrases,
    /// proposing a time or a place, an interpreter (when the two share no language), reporting a problem.
    /// </summary>
    public static IEnumerable<IEnumerable<Button>> RelayButtons(Turn turn, Voice voice, Match match) =>
    [
        [Button.Press(voice.T("phrases.open"), FlowButton.Data(new PhraseButton(PhraseAction.Open, match.Id))),
         Button.Press(voice.T("propose.button"), FlowButton.Data(new ProposalButton(ProposalAction.Start, match.Id)))],
        [PlaceProposalFlow.StartButton(voice, match.Id),
         .. Interpreting.SideButton(turn, voice, match) is { } interpreter ? [interpreter] : Array.Empty<Button>()],
        [Button.Press(voice.T("match.report"), MatchFlow.Data(MatchAction.Report, match.Id))],
    ];

    /// <inheritdoc />
    protected override void OnButton(Turn turn, PhraseButton button)
    {
        var me = turn.Inbound.UserId;
        var match = turn.Directory.Match(button.MatchId);
        if (match is null || !match.Involves(me) || !match.RelayOpen || match.Status != MatchStatus.Accepted)
        {
            turn.RemovePressedButtons();
            turn.Say("phrases.no_relay");
            return;
        }

        switch (button.Action)
        {
            case PhraseAction.Open:
                turn.SayText(turn.T("phrases.intro", ("name", Labels.Name(turn, match.Other(me)))), GroupButtons(turn, match.Id));
                break;
            case PhraseAction.Groups:
                turn.EditPressedButtons(GroupButtons(turn, match.Id));
                break;
            case PhraseAction.Group when PhraseBook.IsGroup(button.Value):
                turn.EditPressedButtons(PhraseButtons(turn, match.Id, button.Value));
                break;
            case PhraseAction.Say when PhraseBook.IsPhrase(button.Value):
                Send(turn, match, button.Value);
                break;
            case PhraseAction.Close:
                turn.RemovePressedButtons();
                break;
            default:
                turn.Say("input.old_button");
                break;
        }
    }

    private static void Send(Turn turn, Match match, string phrase)
    {
        var me = turn.Inbound.UserId;
        var otherId = match.Other(me);
        var other = turn.VoiceOf(otherId);
        turn.SayTo(otherId, other.Language, "phrases.received", RelayButtons(turn, other, match),
            ("name", Labels.Name(turn, me)), ("phrase", other.T(PhraseBook.Key(phrase))));
        Interpreting.PassPhrase(turn, match, phrase);
        turn.Say("phrases.sent", ("name", Labels.Name(turn, otherId)), ("phrase", turn.T(PhraseBook.Key(phrase))));
        if (phrase == PhraseBook.Done)
        {
            // "It's done": both are asked how it went now, not hours later.
            FollowUp.AskFeedbackNow(turn, match);
        }
    }

    private static IEnumerable<IEnumerable<Button>> GroupButtons(Turn turn, string matchId)
    {
        var groups = PhraseBook.Groups.Select(group =>
            Button.Press(turn.T($"phrases.group.{group.Group}"), FlowButton.Data(new PhraseButton(PhraseAction.Group, matchId, group.Group)))).ToList();
        return [.. groups.Chunk(2), [Close(turn, matchId)]];
    }

    private static IEnumerable<IEnumerable<Button>> PhraseButtons(Turn turn, string matchId, string group)
    {
        var rows = new List<List<Button>>();
        foreach (var phrase in PhraseBook.Of(group))
        {
            var label = turn.T(PhraseBook.Key(phrase));
            var button = Button.Press(label, FlowButton.Data(new PhraseButton(PhraseAction.Say, matchId, phrase)));
            if (rows.Count > 0 && rows[^1] is [var single] && single.Label.Length <= ShortLabel && label.Length <= ShortLabel)
            {
                rows[^1].Add(button);
            }
            else
            {
                rows.Add([button]);
            }
        }

        rows.Add([Button.Press(turn.T("phrases.back"), FlowButton.Data(new PhraseButton(PhraseAction.Groups, matchId))), Close(turn, matchId)]);
        return rows;
    }

    private static Button Close(Turn turn, string matchId) => Button.Press(turn.T("phrases.close"), FlowButton.Data(new PhraseButton(PhraseAction.Close, matchId)));
}

/// <summary>What a phrase button does.</summary>
public enum PhraseAction
{
    /// <summary>Opens the phrase keyboard in a new message.</summary>
    Open,

    /// <summary>Back to the groups, in the same message.</summary>
    Groups,

    /// <summary>Shows the phrases of one group.</summary>
    Group,

    /// <summary>Sends one phrase to the other side.</summary>
    Say,

    /// <summary>Closes the phrase keyboard.</summary>
    Close,
}

/// <summary>"phrase:open:MATCH", "phrase:groups:MATCH", "phrase:group:MATCH:GROUP", "phrase:say:MATCH:GROUP.ID", "phrase:close:MATCH".</summary>
/// <param name="Action">What the button does.</param>
/// <param name="MatchId">The match whose chat through the bot it belongs to (checked on press).</param>
/// <param name="Value">The group or the phrase ("GROUP.ID"); empty for open and close.</param>
public sealed record PhraseButton(PhraseAction Action, string MatchId, string Value = "") : IFlowButton<PhraseButton>
{
    private const int MaxId = 24;

    /// <inheritdoc />
    public static string Verb => "phrase";

    /// <inheritdoc />
    public static IEnumerable<PhraseButton> Samples =>
    [
        new(PhraseAction.Open, new string('m', MaxId)),
        new(PhraseAction.Groups, new string('m', MaxId)),
        new(PhraseAction.Close, new string('m', MaxId)),
        .. PhraseBook.Groups.Select(group => new PhraseButton(PhraseAction.Group, new string('m', MaxId), group.Group)),
        .. PhraseBook.All.Select(phrase => new PhraseButton(PhraseAction.Say, new string('m', MaxId), phrase)),
    ];

    /// <inheritdoc />
    public static PhraseButton? TryDecode(string argument) => argument.Split(':') switch
    {
        ["open", var id] when IsId(id) => new(PhraseAction.Open, id),
        ["groups", var id] when IsId(id) => new(PhraseAction.Groups, id),
        ["close", var id] when IsId(id) => new(PhraseAction.Close, id),
        ["group", var id, var group] when IsId(id) && PhraseBook.IsGroup(group) => new(PhraseAction.Group, id, group),
        ["say", var id, var phrase] when IsId(id) && PhraseBook.IsPhrase(phrase) => new(PhraseAction.Say, id, phrase),
        _ => null,
    };

    /// <inheritdoc />
    public string Encode() => Action switch
    {
        PhraseAction.Group => $"group:{MatchId}:{Value}",
        PhraseAction.Say => $"say:{MatchId}:{Value}",
        _ => $"{Action.ToString().ToLowerInvariant()}:{MatchId}",
    };

    private static bool IsId(string id) => id.Length is > 0 and <= MaxId && id.All(char.IsAsciiLetterOrDigit);
}
