using System.Globalization;
using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Localization;
using Kiosk.Domain.Figures;
using NodaTime;

namespace Kiosk.Conversations.Flows.Coordinators;

/// <summary>The figures as one readable message, numbers formatted in the coordinator's culture.</summary>
public static class FiguresText
{
    /// <summary>The message for <paramref name="figures"/> in the turn's language.</summary>
    public static string Of(Turn turn, KioskFigures figures)
    {
        var culture = Localizer.Culture(turn.Language);
        string N(int value) => value.ToString("N0", culture);
        var outcomes = figures.Outcomes.ToDictionary(pair => pair.Key, pair => pair.Value);
        var languages = figures.Languages.Count == 0
            ? turn.T("figures.none")
            : string.Join(" · ", figures.Languages.Select(pair => $"{LanguageName(turn, pair.Key)} {N(pair.Value)}"));
        var offers = string.Join(", ", figures.Offers.Select(pair => $"{turn.T("figures.offer_" + pair.Key.ToString().ToLowerInvariant())} {N(pair.Value)}"));
        string[] lines =
        [
            turn.T("figures.title", ("date", turn.Time.LocalNow.Date.ToString("d", culture))),
            turn.T("figures.people", ("count", N(figures.Members)), ("offer_only", N(figures.OfferOnly)), ("request_only", N(figures.RequestOnly)),
                ("both", N(figures.Both)), ("neither", N(figures.Neither))),
            turn.T("figures.languages", ("list", languages)),
            turn.T("figures.offers", ("count", N(figures.Offers.Sum(pair => pair.Value))), ("list", offers)),
            turn.T("figures.requests", ("count", N(figures.Requests)), ("open", N(outcomes[RequestOutcome.Open])),
                ("matched", N(outcomes[RequestOutcome.Matched])), ("completed", N(outcomes[RequestOutcome.Completed])),
                ("cancelled", N(outcomes[RequestOutcome.Cancelled])), ("unmatched", N(outcomes[RequestOutcome.Unmatched]))),
            turn.T("figures.match_rate", ("rate", figures.MatchRate is { } rate ? rate.ToString("P0", culture) : turn.T("figures.none"))),
            turn.T("figures.median_wait", ("time", figures.MedianTimeToProposal is { } wait ? Duration(turn, wait) : turn.T("figures.none"))),
            turn.Localizer.Plural(turn.Language, "figures.announcements", figures.AnnouncementsDelivered, ("sent", N(figures.Announcements))),
        ];
        return string.Join("\n\n", lines);
    }

    /// <summary>A duration in words of the turn's language: "2 h 15 min", "1 d 3 h", "45 min".</summary>
    public static string Duration(Turn turn, Duration duration)
    {
        var culture = Localizer.Culture(turn.Language);
        var minutes = (long)Math.Round(duration.TotalMinutes);
        string N(long value) => value.ToString("N0", culture);
        return minutes switch
        {
            >= 24 * 60 => turn.T("figures.days", ("days", N(minutes / (24 * 60))), ("hours", N(minutes / 60 % 24))),
            >= 60 => turn.T("figures.hours", ("hours", N(minutes / 60)), ("minutes", N(minutes % 60))),
            _ => turn.T("figures.minutes", ("minutes", N(minutes))),
        };
    }

    private static string LanguageName(Turn turn, string code) =>
        turn.Localizer.IsSupported(code) ? turn.Localizer.LanguageName(code) : code;
}
