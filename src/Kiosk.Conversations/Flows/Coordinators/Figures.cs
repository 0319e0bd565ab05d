using System.Globalization;
using Kiosk.Conversations.Engine;
using Kiosk.Domain.Figures;

namespace Kiosk.Conversations.Flows.Coordinators;

/// <summary>/stats and /export: the kiosk's figures for the team, counted in one place (<see cref="KioskFigures"/>).</summary>
public static class Figures
{
    /// <summary>The button area: "coord:fig:...".</summary>
    public const string Area = "fig";

    /// <summary>Shows the figures as one message in the coordinator's language.</summary>
    public static void Show(Turn turn)
    {
        var facts = turn.Directory.Facts(turn.Time.Zone);
        turn.SayText(FiguresText.Of(turn, KioskFigures.Of(facts, turn.Time.Now)));
    }

    /// <summary>Sends the figures and the list of offers and help requests as CSV files, without personal data.</summary>
    public static void Export(Turn turn)
    {
        var facts = turn.Directory.Facts(turn.Time.Zone);
        var figures = KioskFigures.Of(facts, turn.Time.Now);
        var date = turn.Time.LocalNow.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        turn.SendDocument($"kiosk-figures-{date}.csv", FiguresCsv.Figures(figures), turn.T("figures.export_figures"));
        turn.SendDocument($"kiosk-offers-requests-{date}.csv", FiguresCsv.Records(facts, turn.Time.Now), turn.T("figures.export_records"));
    }

    /// <summary>A pressed "coord:fig:..." button; the parts after "fig" are untrusted.</summary>
    public static void OnButton(Turn turn, string[] parts)
    {
        switch (parts)
        {
            case [Posters.Word, .. var rest]:
                Posters.OnButton(turn, rest);
                break;
            default:
                turn.Say("input.old_button");
                break;
        }
    }
}
