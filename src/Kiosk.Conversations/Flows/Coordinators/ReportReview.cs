using Kiosk.Conversations.Engine;
using Kiosk.Domain;
using Kiosk.Domain.Matching;

namespace Kiosk.Conversations.Flows.Coordinators;

/// <summary>Reports reach every coordinator as a card; warn, pause, ban or dismiss, decided once.</summary>
public static class ReportReview
{
    /// <summary>What a coordinator can do about a report; the button labels are "moderation.ACTION".</summary>
    public static readonly IReadOnlyList<string> Actions = ["warn", "pause", "ban", "dismiss"];

    /// <summary>Tells the team about a new report.</summary>
    public static void ToTeam(Turn turn, Report report)
    {
        Moderation.TellTeam(turn, voice => Card(turn, voice, report), voice => Buttons(voice, report));
        Moderation.RemindLater(turn, $"report:{report.Id}");
    }

    /// <summary>First names and the match's category only: the bot keeps no relayed texts, and no contact data is shown.</summary>
    public static string Card(Turn turn, Voice voice, Report report)
    {
        var match = turn.Directory.Match(report.MatchId);
        var category = match is null ? null : turn.Directory.Offer(match.OfferId)?.Category ?? turn.Directory.Request(match.RequestId)?.Category;
        return voice.T("moderation.report_card",
            ("reporter", Labels.Name(turn, report.ReporterId)),
            ("reported", Labels.Name(turn, report.ReportedId)),
            ("category", Labels.Category(voice, category)));
    }

    /// <summary>Warn, pause, ban, dismiss.</summary>
    public static IEnumerable<IEnumerable<Button>> Buttons(Voice voice, Report report) =>
        Actions.Chunk(2).Select(row => row.Select(action => Button.Press(voice.T($"moderation.{action}"), Moderation.Data(action, report.Id))));

    /// <summary>"coord:mod:ACTION:ID": does it, tells the reported person in their language, marks the report handled. False when it was handled before or is gone.</summary>
    public static bool Decide(Turn turn, string reportId, string action)
    {
        var report = turn.Directory.Report(reportId);
        if (report is null)
        {
            turn.Say("moderation.report_gone");
            return false;
        }

        if (report.Handled)
        {
            turn.Say("moderation.already_decided", ("name", Labels.Name(turn, report.HandledBy ?? 0)));
            return false;
        }

        (report.Handled, report.HandledBy, report.Action) = (true, turn.Inbound.UserId, action);
        turn.Changes.Reports[report.Id] = report;
        turn.RemovePressedButtons();
        var name = Labels.Name(turn, report.ReportedId);
        var reported = turn.Directory.Member(report.ReportedId);
        if (reported is null && action != "dismiss")
        {
            turn.Say("moderation.person_gone");
            return true;
        }

        if (reported is not null)
        {
            PersonModeration.Apply(turn, reported, action);
        }

        turn.Say($"moderation.done_{action}", ("name", name), ("count", reported?.Warnings ?? 0));
        return true;
    }
}
