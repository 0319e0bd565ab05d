using Kiosk.Conversations.Engine;
using Kiosk.Domain;
using Kiosk.Domain.Matching;
using NodaTime;

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
        if (WhatIsWaiting(turn) is { } waiting)
        {
            turn.SayText(waiting(turn), Desk.DeskFlow.OpenButtons(turn, turn));
            if (turn.Member is { } member)
            {
                member.TeamToldAt = turn.Time.Now;
            }
        }
    }

    /// <summary>How long something waits before the team is reminded of it.</summary>
    public static readonly Duration RemindAfter = Duration.FromHours(2);

    /// <summary>A coordinator is reminded at most this often.</summary>
    public static readonly Duration RemindAtMostEvery = Duration.FromHours(4);

    /// <summary>Reminders go out in these local hours only (a later one waits for the morning).</summary>
    private static readonly (int From, int To) DayHours = (8, 20);

    /// <summary>Something new waits for the team: a reminder is due in <see cref="RemindAfter"/>, in case nobody sees it.</summary>
    public static void RemindLater(Turn turn, string what) =>
        turn.Scheduled.Add(new ScheduledStep { Id = Ids.New(), Kind = StepKind.TeamReminder, MatchId = what, DueAt = turn.Time.Now + RemindAfter });

    /// <summary>
    /// The reminder's time has come: if what it is about still waits, every reachable coordinator who was not told in
    /// the last <see cref="RemindAtMostEvery"/> hears what waits (with the desk's button). At night it waits for the morning.
    /// </summary>
    public static void Remind(Turn turn, ScheduledStep step)
    {
        if (!StillWaits(turn, step.MatchId) || WhatIsWaiting(turn) is not { } waiting)
        {
            return;
        }

        var local = turn.Time.Now.InZone(turn.Time.Zone);
        if (local.Hour < DayHours.From || local.Hour >= DayHours.To)
        {
            var morning = (local.Hour < DayHours.From ? local.Date : local.Date.PlusDays(1)).At(new LocalTime(DayHours.From, 0)).InZoneLeniently(turn.Time.Zone).ToInstant();
            turn.Scheduled.Add(new ScheduledStep { Id = Ids.New(), Kind = StepKind.TeamReminder, MatchId = step.MatchId, DueAt = morning });
            return;
        }

        foreach (var member in Team(turn).Select(turn.Directory.Member).OfType<Member>())
        {
            if (member.Banned || member.Unreachable || member.TeamToldAt is { } told && turn.Time.Now - told < RemindAtMostEvery)
            {
                continue;
            }

            var voice = turn.VoiceOf(member.Id);
            turn.SayTextTo(member.Id, waiting(voice), Desk.DeskFlow.OpenButtons(turn, voice));
            member.TeamToldAt = turn.Time.Now;
            turn.Changes.Members[member.Id] = member;
        }
    }

    // "📋 Waiting for the team: …" in a voice, or null when nothing waits.
    private static Func<Voice, string>? WhatIsWaiting(Turn turn)
    {
        var (offers, reports, advice) = (turn.Directory.WaitingOffers().Count, turn.Directory.OpenReports().Count, turn.Directory.OpenAdvice().Count);
        return offers + reports + advice == 0 ? null : voice => voice.T("moderation.waiting_on_start", ("offers", offers), ("reports", reports), ("advice", advice));
    }

    private static bool StillWaits(Turn turn, string what) => what.Split(':', 2) switch
    {
        ["offer", var id] => turn.Directory.Offer(id) is { Status: OfferStatus.Waiting },
        ["report", var id] => turn.Directory.Report(id) is { Handled: false },
        ["advice", var id] => turn.Directory.Advice(id) is { Status: Domain.Advice.AdviceStatus.Open },
        _ => false,
    };

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
