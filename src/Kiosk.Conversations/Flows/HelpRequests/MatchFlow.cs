using System.Globalization;
using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;

namespace Kiosk.Conversations.Flows.HelpRequests;

/// <summary>What a "match:..." button does.</summary>
public enum MatchAction
{
    /// <summary>"ask:REQUEST:OFFER": the neighbour asks that newcomer.</summary>
    Ask,

    /// <summary>"more:REQUEST:SKIP": the next proposals.</summary>
    More,

    /// <summary>"yes:MATCH": the newcomer accepts.</summary>
    Yes,

    /// <summary>"no:MATCH": the newcomer declines.</summary>
    No,

    /// <summary>"relay:MATCH": talk through the bot.</summary>
    Relay,

    /// <summary>"share:MATCH": share the Telegram username.</summary>
    Share,

    /// <summary>"phone:MATCH": share a phone number.</summary>
    Phone,

    /// <summary>"report:MATCH": report the other side.</summary>
    Report,

    /// <summary>"nocomment:MATCH": no comment after the stars.</summary>
    NoComment,

    /// <summary>"rate:MATCH:N": 1-5 stars, or 0 when it did not happen.</summary>
    Rate,
}

/// <summary>A "match:..." button: the action, the match (or request) id, and the offer id, the skip or the stars.</summary>
/// <param name="Action">What it does.</param>
/// <param name="Id">The match id; the request id for <see cref="MatchAction.Ask"/> and <see cref="MatchAction.More"/>.</param>
/// <param name="Second">The offer id (ask), how many proposals to skip (more, 1-99), or the stars (rate, 0-5); empty otherwise.</param>
public sealed record MatchButton(MatchAction Action, string Id, string Second = "") : IFlowButton<MatchButton>
{
    private const int MaxId = 40;

    private static readonly Dictionary<string, MatchAction> Words = Enum.GetValues<MatchAction>().ToDictionary(action => action.ToString().ToLowerInvariant(), StringComparer.Ordinal);

    /// <inheritdoc />
    public static string Verb => ButtonData.Match;

    /// <inheritdoc />
    public static IEnumerable<MatchButton> Samples =>
    [
        new(MatchAction.Ask, "0123456789ab", "0123456789ab"), new(MatchAction.More, "0123456789ab", "99"), new(MatchAction.Yes, "0123456789ab"),
        new(MatchAction.No, "0123456789ab"), new(MatchAction.Relay, "0123456789ab"), new(MatchAction.Share, "0123456789ab"),
        new(MatchAction.Phone, "0123456789ab"), new(MatchAction.Report, "0123456789ab"), new(MatchAction.NoComment, "0123456789ab"),
        new(MatchAction.Rate, "0123456789ab", "5"),
    ];

    /// <summary>The number in <see cref="Second"/> (skip or stars).</summary>
    public int Number => int.Parse(Second, CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public static MatchButton? TryDecode(string argument)
    {
        var parts = argument.Split(':');
        if (parts.Length is < 2 or > 3 || !Words.TryGetValue(parts[0], out var action) || !IsId(parts[1]))
        {
            return null;
        }

        var second = parts.Length == 3 ? parts[2] : "";
        var fits = action switch
        {
            MatchAction.Ask => IsId(second),
            MatchAction.More => Between(second, 1, 99),
            MatchAction.Rate => Between(second, 0, 5),
            _ => parts.Length == 2,
        };
        return fits ? new MatchButton(action, parts[1], second) : null;
    }

    /// <inheritdoc />
    public string Encode() => Second.Length > 0 ? $"{Words.First(pair => pair.Value == Action).Key}:{Id}:{Second}" : $"{Words.First(pair => pair.Value == Action).Key}:{Id}";

    private static bool IsId(string id) => id.Length is > 0 and <= MaxId;

    private static bool Between(string text, int min, int max) =>
        text.Length is > 0 and <= 2 && text.All(char.IsAsciiDigit) && int.Parse(text, CultureInfo.InvariantCulture) is var number && number >= min && number <= max;
}

/// <summary>
/// The buttons of a help request's life after it is saved: asking a newcomer, their answer, how to talk, reporting and the
/// stars afterwards (<see cref="Proposing"/>, <see cref="Answering"/>, <see cref="Talking"/>, <see cref="FollowUp"/>).
/// </summary>
public sealed class MatchFlow : ButtonFlow<MatchButton>
{
    /// <summary>The data of a "match:..." button.</summary>
    public static string Data(MatchAction action, string id, string second = "") => FlowButton.Data(new MatchButton(action, id, second));

    /// <inheritdoc />
    protected override void OnButton(Turn turn, MatchButton button)
    {
        switch (button.Action)
        {
            case MatchAction.Ask:
                Proposing.Ask(turn, button.Id, button.Second);
                break;
            case MatchAction.More when turn.Requests.FirstOrDefault(r => r.Id == button.Id && r.IsOpen(turn.Time.Now, turn.Time.Zone)) is { } open:
                Proposing.Show(turn, open, button.Number);
                break;
            case MatchAction.Yes or MatchAction.No:
                Answering.Answer(turn, button.Id, yes: button.Action == MatchAction.Yes);
                break;
            case MatchAction.Relay or MatchAction.Share:
                Talking.Choose(turn, button.Id, share: button.Action == MatchAction.Share);
                break;
            case MatchAction.Phone:
                Talking.AskPhone(turn, button.Id);
                break;
            case MatchAction.Report:
                Talking.Report(turn, button.Id);
                break;
            case MatchAction.NoComment when turn.State.Active is CommentingMatch:
                turn.RemovePressedButtons();
                FollowUp.Comment(turn, null);
                break;
            case MatchAction.Rate:
                FollowUp.Rate(turn, button.Id, button.Number);
                break;
            default:
                turn.Say("input.old_button");
                break;
        }
    }
}
