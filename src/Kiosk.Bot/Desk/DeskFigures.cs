using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Flows;
using Kiosk.Conversations.Flows.Coordinators;
using Kiosk.Conversations.Localization;
using Kiosk.Domain.Figures;
using Kiosk.Storage;

namespace Kiosk.Bot.Desk;

/// <summary>A chart's data: labels and one or more series (name, values).</summary>
/// <param name="Title">The chart's title.</param>
/// <param name="Kind">"bar" or "line".</param>
/// <param name="Labels">The x labels.</param>
/// <param name="Series">Named series of the same length as the labels.</param>
public sealed record DeskChart(string Title, string Kind, IReadOnlyList<string> Labels, IReadOnlyList<DeskSeries> Series);

/// <summary>One series of a chart.</summary>
/// <param name="Name">Its name (legend).</param>
/// <param name="Values">Its values.</param>
public sealed record DeskSeries(string Name, IReadOnlyList<int> Values);

/// <summary>The desk's Figures page: the kiosk's trends as charts (drawn by Chart.js in the page) and as a CSV table, without personal data.</summary>
public sealed class DeskFigures(KioskDatabase database, Localizer localizer, KioskTime time)
{
    /// <summary>How long counted trends are shown before they are counted again (counting reads every stored record).</summary>
    public static readonly NodaTime.Duration Fresh = NodaTime.Duration.FromMinutes(1);

    private readonly Lock gate = new();
    private (KioskTrends Trends, NodaTime.Instant At)? counted;

    /// <summary>The trends, counted at most <see cref="Fresh"/> ago (weekly charts do not change by the second).</summary>
    public KioskTrends Trends()
    {
        var now = time.Now;
        lock (gate)
        {
            // Several desk calls at once: the tuple is more than a word, so it is read and written under the lock.
            if (counted is { } last && now - last.At < Fresh && now >= last.At)
            {
                return last.Trends;
            }
        }

        var trends = KioskTrends.Of(database.Run(() => new LiteDirectory(database).Facts(time.Zone)), now, time.Zone);
        lock (gate)
        {
            counted = (trends, now);
        }

        return trends;
    }

    /// <summary>The charts in <paramref name="language"/>, and the line "help given".</summary>
    public (IReadOnlyList<DeskChart> Charts, string Summary) Charts(string language)
    {
        var voice = new Voice(localizer, language);
        var trends = Trends();
        string Requests() => voice.T("desk.person_requests");
        string Offers() => voice.T("desk.person_offers");
        return (
        [
            new(voice.T("desk.per_week"), "line", [.. trends.PerWeek.Select(week => Labels.Day(voice, week.Monday))],
            [
                new(Requests(), [.. trends.PerWeek.Select(week => week.Requests)]),
                new(Offers(), [.. trends.PerWeek.Select(week => week.Offers)]),
                new(voice.T("desk.person_matches"), [.. trends.PerWeek.Select(week => week.Matches)]),
            ]),
            new(voice.T("desk.categories"), "bar", [.. trends.Categories.Select(category => Labels.Category(voice, category.Key))],
                [new(Requests(), [.. trends.Categories.Select(category => category.Requests)]), new(Offers(), [.. trends.Categories.Select(category => category.Offers)])]),
            new(voice.T("desk.districts"), "bar", [.. trends.Districts.Select(district => Labels.District(voice, district.Key))],
                [new(Requests(), [.. trends.Districts.Select(district => district.Requests)]), new(Offers(), [.. trends.Districts.Select(district => district.Offers)])]),
            new(voice.T("desk.languages"), "bar", [.. trends.Languages.Select(pair => localizer.LanguageName(pair.Key))],
                [new(voice.T("desk.people"), [.. trends.Languages.Select(pair => pair.Value)])]),
            new(voice.T("desk.time_to_match"), "bar", [.. trends.Waits.Select(pair => voice.T(WaitKey(pair.Key)))],
                [new(Requests(), [.. trends.Waits.Select(pair => pair.Value)])]),
            new(voice.T("desk.ratings"), "bar", [.. Enumerable.Range(1, 5).Select(stars => voice.Digits(stars.ToString(System.Globalization.CultureInfo.InvariantCulture)) + " ★")],
                [new(voice.T("desk.ratings"), trends.Stars)]),
        ], voice.T("desk.help_happened", ("count", trends.HelpHappened)));
    }

    /// <summary>The same figures as a CSV table.</summary>
    public byte[] Csv() => FiguresCsv.Trends(Trends());

    private static string WaitKey(WaitSpan span) => span switch
    {
        WaitSpan.Hour => "desk.wait_hour",
        WaitSpan.SixHours => "desk.wait_6h",
        WaitSpan.Day => "desk.wait_day",
        WaitSpan.ThreeDays => "desk.wait_3d",
        _ => "desk.wait_more",
    };
}
