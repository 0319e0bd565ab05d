using Kiosk.Conversations.Engine;

namespace Kiosk.Conversations.Flows.Coordinators;

/// <summary>
/// Moderation by the kiosk team: new offers wait for approval, reports reach every coordinator as a card,
/// /review shows what is still open. Buttons are "coord:mod:...", their ids checked against the directory.
/// </summary>
public static class Moderation
{
    /// <summary>The button area: "coord:mod:...".</summary>
    public const string Area = "mod";

    /// <summary>Most cards of each kind /review shows at once.</summary>
    public const int MaxShown = 20;

    /// <summary>Everyone in the team: configured coordinators and those who joined through an invite.</summary>
    public static IReadOnlyList<long> Team(Turn turn) =>
        turn.Options.Coordinators.Concat(turn.Directory.Coordinators().Where(member => !member.Banned).Select(member => member.Id)).Distinct().ToList();

    /// <summary>
    /// Sends every coordinator a card in their own language; with <paramref name="writtenIn"/>, to the team members
    /// whose language that is, when there is one (they can read the words as written; /review shows it to everyone).
    /// </summary>
    public static void TellTeam(Turn turn, Func<Voice, string> text, Func<Voice, IEnumerable<IEnumerable<Button>>> buttons, string? writtenIn = null)
    {
        var team = Team(turn);
        var speakers = team.Where(id => writtenIn is not null && turn.VoiceOf(id).Language == writtenIn).ToList();
        foreach (var id in speakers.Count > 0 ? speakers : team)
        {
            var voice = turn.VoiceOf(id);
            turn.SayTextTo(id, text(voice), buttons(voice));
        }
    }

    /// <summary>
    /// What waits for the team, told to a coordinator who starts the bot: cards sent before they first started it were
    /// refused by Telegram, so nothing else would tell them. Nothing when nothing waits.
    /// </summary>
    public static void TellWhatIsWaiting(Turn turn)
    {
        var (offers, reports, advice) = (turn.Directory.WaitingOffers().Count, turn.Directory.OpenReports().Count, turn.Directory.OpenAdvice().Count);
        if (offers + reports + advice > 0)
        {
            turn.Say("moderation.waiting_on_start", ("offers", offers), ("reports", reports), ("advice", advice));
        }
    }

    /// <summary>/review: the offers still waiting and the open reports, as cards with their buttons again.</summary>
    public static void Review(Turn turn)
    {
        var offers = turn.Directory.WaitingOffers();
        var reports = turn.Directory.OpenReports();
        if (offers.Count == 0 && reports.Count == 0)
        {
            turn.Say("moderation.review_empty");
            return;
        }

        turn.Say("moderation.review_title", ("offers", offers.Count), ("reports", reports.Count));
        foreach (var offer in offers.Take(MaxShown))
        {
            turn.SayText(OfferReview.Card(turn, turn, offer), OfferReview.Buttons(turn, offer));
        }

        foreach (var report in reports.Take(MaxShown))
        {
            turn.SayText(ReportReview.Card(turn, turn, report), ReportReview.Buttons(turn, report));
        }
    }

    /// <summary>A coordinator's "coord:mod:..." button; anything not made by the bot is an old button.</summary>
    public static void OnButton(Turn turn, string[] parts)
    {
        switch (parts)
        {
            case ["ok", var offer]:
                OfferReview.Approve(turn, offer);
                break;
            case ["no", var offer]:
                OfferReview.AskReason(turn, offer);
                break;
            case ["why", var offer, var reason] when OfferReview.Reasons.Contains(reason):
                OfferReview.Reject(turn, offer, reason);
                break;
            case [var action, var report] when ReportReview.Actions.Contains(action):
                ReportReview.Decide(turn, report, action);
                break;
            default:
                turn.Say("input.old_button");
                break;
        }
    }

    /// <summary>Button data of moderation: "coord:mod:VERB:ARGS".</summary>
    public static string Data(params string[] parts) => CoordinatorCommands.Data([Area, .. parts]);
}
