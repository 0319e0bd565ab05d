using System.Globalization;
using Kiosk.Conversations.Engine;
using Kiosk.Domain;
using NodaTime;

namespace Kiosk.Conversations.Flows;

/// <summary>How categories, places, times, prices and languages read in the person's language.</summary>
public static class Labels
{
    /// <summary>How a person is shown to others: their first name, cleaned of control characters, or 🙂 when they have none.</summary>
    public static string Name(Turn turn, long memberId) => WrittenText.CleanName(turn.Directory.Member(memberId)?.FirstName) is { Length: > 0 } name ? name : "🙂";

    /// <summary>The category's name.</summary>
    public static string Category(Voice turn, string? id) => id is null ? "–" : turn.T($"categories.{id}.name");

    /// <summary>The district's name.</summary>
    public static string District(Voice turn, string? id) => id is null ? "–" : turn.T($"districts.{id}.name");

    /// <summary>Names of spoken languages.</summary>
    public static string Spoken(Voice turn, IEnumerable<string> codes) => List(turn, codes.Select(code => turn.T($"spoken.{code}")));

    /// <summary>Items joined as the language joins a list ("، " in Arabic and Farsi).</summary>
    public static string List(Voice turn, IEnumerable<string> items) => string.Join(turn.T("input.list_separator"), items);

    /// <summary>A price: free, exchange, "15 € per hour", "30 € for the job".</summary>
    public static string Price(Voice turn, Price? price) => price?.Kind switch
    {
        null => "–",
        PriceKind.Free => turn.T("price.free"),
        PriceKind.Exchange => turn.T("price.exchange"),
        PriceKind.PerHour => turn.T("price.per_hour", ("amount", price.Amount)),
        _ => turn.T("price.per_job", ("amount", price.Amount)),
    };

    /// <summary>A help time: "Sa 28.11., 08:00–12:00" or "Flexible".</summary>
    public static string When(Voice turn, HelpTime? when)
    {
        if (when is null)
        {
            return "–";
        }

        if (when.IsFlexible || when.Start is null || when.End is null)
        {
            return turn.T("when.flexible_label");
        }

        var (start, end) = (when.Start.Value, when.End.Value);
        var day = start.Date == end.Date ? Day(turn, start.Date) : $"{Day(turn, start.Date)} – {Day(turn, end.Date)}";
        return turn.T("when.range", ("day", day), ("from", Clock(turn, start.TimeOfDay)), ("to", Clock(turn, end.TimeOfDay)));
    }

    /// <summary>Weekly availability: a preset's name, or days per part of the day.</summary>
    public static string Availability(Voice turn, WeeklyAvailability availability)
    {
        var presets = new (WeeklyAvailability Slots, string Key)[]
        {
            (WeeklyAvailability.Always, "when.anytime_label"), (WeeklyAvailability.WeekdayDaytime, "when.weekday_daytime_label"),
            (WeeklyAvailability.WeekdayEvenings, "when.weekday_evening_label"), (WeeklyAvailability.Weekends, "when.weekends_label"),
        };
        if (presets.FirstOrDefault(preset => preset.Slots == availability) is { Key: { } key })
        {
            return turn.T(key);
        }

        var days = turn.T("when.days_short").Split(',').Select(day => day.Trim()).ToArray();
        var parts = Enum.GetValues<PartOfDay>().Select(part => (part, Days: WeeklyAvailability.AllDays.Where(day => availability.Has(day, part)).ToList()))
            .Where(entry => entry.Days.Count > 0)
            .Select(entry => $"{turn.T($"when.{entry.part.ToString().ToLowerInvariant()}_label")}: {string.Join(", ", entry.Days.Select(day => days[(int)day - 1]))}");
        return string.Join("; ", parts);
    }

    /// <summary>A moment: "Do 26.11., 10:00".</summary>
    public static string Moment(Voice turn, LocalDateTime moment) => List(turn, [Day(turn, moment.Date), Clock(turn, moment.TimeOfDay)]);

    /// <summary>A day: the short weekday from the catalog, the day and month as the language's culture writes them ("Sa 28. November").</summary>
    public static string Day(Voice turn, LocalDate date)
    {
        var days = turn.T("when.days_short").Split(',').Select(day => day.Trim()).ToArray();
        return $"{days[(int)date.DayOfWeek - 1]} {turn.Localizer.Date(turn.Language, date)}";
    }

    private static string Clock(Voice turn, LocalTime time) => turn.Digits(time.ToString("HH:mm", CultureInfo.InvariantCulture));
}
