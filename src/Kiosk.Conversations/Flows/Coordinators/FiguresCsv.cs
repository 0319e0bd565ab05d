using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration.Attributes;
using Kiosk.Domain.Figures;
using NodaTime;
using NodaTime.Text;

namespace Kiosk.Conversations.Flows.Coordinators;

// The names sit on the parameters for reading back and on the properties for writing.
/// <summary>One figure of the export: a fixed English name and an invariant value.</summary>
public sealed record FigureRow([Name("figure")][property: Name("figure")] string Figure, [Name("value")][property: Name("value")] string Value);

/// <summary>One offer or help request of the export: ids, category, district, status and dates; never a name or a text.</summary>
public sealed record RecordRow(
    [Name("kind")][property: Name("kind")] string Kind,
    [Name("id")][property: Name("id")] string Id,
    [Name("category")][property: Name("category")] string Category,
    [Name("district")][property: Name("district")] string District,
    [Name("status")][property: Name("status")] string Status,
    [Name("created_at")][property: Name("created_at")] string CreatedAt,
    [Name("first_proposal_at")][property: Name("first_proposal_at")] string FirstProposalAt);

/// <summary>One row of the desk's figures table: a week, a category, ... with its counts (empty where a count does not apply).</summary>
public sealed record TrendRow(
    [Name("chart")][property: Name("chart")] string Chart,
    [Name("key")][property: Name("key")] string Key,
    [Name("requests")][property: Name("requests")] int? Requests,
    [Name("offers")][property: Name("offers")] int? Offers,
    [Name("count")][property: Name("count")] int? Count);

/// <summary>The CSV files of /export, written with CsvHelper in the invariant culture so every spreadsheet reads them.</summary>
public static class FiguresCsv
{
    /// <summary>One row per figure.</summary>
    public static byte[] Figures(KioskFigures figures) => Write(FigureRows(figures));

    /// <summary>One row per offer and per help request, from facts that hold no personal data.</summary>
    public static byte[] Records(KioskFacts facts, Instant now)
    {
        var matches = facts.Matches.ToLookup(match => match.RequestId);
        var offers = facts.Offers.OrderBy(offer => offer.CreatedAt).Select(offer =>
            new RecordRow("offer", offer.Id, offer.Category, offer.District, Word(offer.Status), Time(offer.CreatedAt), ""));
        var requests = facts.Requests.OrderBy(request => request.CreatedAt).Select(request => new RecordRow(
            "request", request.Id, request.Category, request.District, Word(KioskFigures.Outcome(request, matches[request.Id], now)),
            Time(request.CreatedAt), matches[request.Id].Any() ? Time(matches[request.Id].Min(match => match.AskedAt)) : ""));
        return Write(offers.Concat(requests));
    }

    /// <summary>The desk's charts as one table: one row per week, category, district, language, waiting span and number of stars.</summary>
    public static byte[] Trends(KioskTrends trends)
    {
        var rows = trends.PerWeek.Select(week => new TrendRow("week", week.Monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), week.Requests, week.Offers, week.Matches))
            .Concat(trends.Categories.Select(category => new TrendRow("category", category.Key, category.Requests, category.Offers, null)))
            .Concat(trends.Districts.Select(district => new TrendRow("district", district.Key, district.Requests, district.Offers, null)))
            .Concat(trends.Languages.Select(language => new TrendRow("language_members", language.Key, null, null, language.Value)))
            .Concat(trends.Waits.Select(wait => new TrendRow("requests_by_wait_until_first_proposal", Word(wait.Key), null, null, wait.Value)))
            .Concat(trends.Stars.Select((count, index) => new TrendRow("stars", (index + 1).ToString(CultureInfo.InvariantCulture), null, null, count)))
            .Append(new TrendRow("help_happened", "", null, null, trends.HelpHappened));
        return Write(rows);
    }

    private static IEnumerable<FigureRow> FigureRows(KioskFigures figures)
    {
        string N(double value) => value.ToString(CultureInfo.InvariantCulture);
        yield return new("members", N(figures.Members));
        yield return new("members_offer_only", N(figures.OfferOnly));
        yield return new("members_request_only", N(figures.RequestOnly));
        yield return new("members_both", N(figures.Both));
        yield return new("members_neither", N(figures.Neither));
        foreach (var (language, count) in figures.Languages)
        {
            yield return new($"members_language_{language}", N(count));
        }

        foreach (var (status, count) in figures.Offers)
        {
            yield return new($"offers_{Word(status)}", N(count));
        }

        yield return new("requests", N(figures.Requests));
        foreach (var (outcome, count) in figures.Outcomes)
        {
            yield return new($"requests_{Word(outcome)}", N(count));
        }

        yield return new("match_rate", figures.MatchRate is { } rate ? N(Math.Round(rate, 4)) : "");
        yield return new("median_minutes_to_first_proposal", figures.MedianTimeToProposal is { } wait ? N(Math.Round(wait.TotalMinutes, 1)) : "");
        yield return new("announcements", N(figures.Announcements));
        yield return new("announcements_delivered", N(figures.AnnouncementsDelivered));
    }

    /// <summary>Rows as a CSV file (UTF-8, invariant culture).</summary>
    public static byte[] Write<T>(IEnumerable<T> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            csv.WriteRecords(rows);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Word<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string Time(Instant instant) => InstantPattern.General.Format(instant);
}
