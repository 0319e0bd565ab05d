using NodaTime;
using NodaTime.Text;

namespace Kiosk.Domain.Info;

/// <summary>One span of the day when the kiosk is open, e.g. 10:00-13:00.</summary>
/// <param name="Opens">When the doors open.</param>
/// <param name="Closes">When they close (later than <paramref name="Opens"/> on the same day).</param>
public sealed record OpeningSpan(LocalTime Opens, LocalTime Closes);

/// <summary>Whether the kiosk is open at a moment: open until <see cref="ClosesAt"/>, or closed until <see cref="NextOpening"/>.</summary>
/// <param name="IsOpen">True while the doors are open.</param>
/// <param name="ClosesAt">When an open kiosk closes.</param>
/// <param name="NextOpening">When a closed kiosk opens next; null when no opening is planned in the next two weeks.</param>
public sealed record OpeningStatus(bool IsOpen, LocalTime? ClosesAt, LocalDateTime? NextOpening);

/// <summary>The kiosk's opening hours: spans per weekday, and dates that differ (closed, or other hours).</summary>
public sealed class OpeningHours(IReadOnlyDictionary<IsoDayOfWeek, IReadOnlyList<OpeningSpan>> week, IReadOnlyDictionary<LocalDate, IReadOnlyList<OpeningSpan>> exceptions)
{
    private const int LookAheadDays = 14;
    private static readonly LocalTimePattern Clock = LocalTimePattern.CreateWithInvariantCulture("H:mm");

    /// <summary>The usual spans of a weekday (empty when closed).</summary>
    public IReadOnlyList<OpeningSpan> Usual(IsoDayOfWeek day) => week.GetValueOrDefault(day) ?? [];

    /// <summary>The spans of one date: its exception when it has one, else its weekday's.</summary>
    public IReadOnlyList<OpeningSpan> On(LocalDate date) => exceptions.TryGetValue(date, out var spans) ? spans : Usual(date.DayOfWeek);

    /// <summary>The dates from <paramref name="from"/> on (for <paramref name="days"/> days) that differ from the usual week.</summary>
    public IEnumerable<(LocalDate Date, IReadOnlyList<OpeningSpan> Spans)> ExceptionsBetween(LocalDate from, int days) =>
        exceptions.Where(pair => pair.Key >= from && pair.Key < from.PlusDays(days)).OrderBy(pair => pair.Key).Select(pair => (pair.Key, pair.Value));

    /// <summary>Open now and until when, or when it opens next.</summary>
    public OpeningStatus StatusAt(LocalDateTime now)
    {
        if (On(now.Date).FirstOrDefault(span => span.Opens <= now.TimeOfDay && now.TimeOfDay < span.Closes) is { } current)
        {
            return new OpeningStatus(true, current.Closes, null);
        }

        for (var day = 0; day <= LookAheadDays; day++)
        {
            var date = now.Date.PlusDays(day);
            var next = On(date).Select(span => date + span.Opens).Where(opens => opens > now).Order().Select(opens => (LocalDateTime?)opens).FirstOrDefault();
            if (next is not null)
            {
                return new OpeningStatus(false, null, next);
            }
        }

        return new OpeningStatus(false, null, null);
    }

    /// <summary>
    /// Reads "10:00-18:00", several spans "10:00-13:00,14:00-18:00", or "closed"/"" (no spans). Spans must not
    /// cross midnight or overlap.
    /// </summary>
    public static bool TryParseSpans(string? text, out IReadOnlyList<OpeningSpan> spans)
    {
        spans = [];
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0 || trimmed.Equals("closed", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var read = new List<OpeningSpan>();
        foreach (var part in trimmed.Split(',', StringSplitOptions.TrimEntries))
        {
            var times = part.Split('-', StringSplitOptions.TrimEntries);
            if (times.Length != 2 || Clock.Parse(times[0]) is not { Success: true } opens || Clock.Parse(times[1]) is not { Success: true } closes
                || closes.Value <= opens.Value)
            {
                return false;
            }

            read.Add(new OpeningSpan(opens.Value, closes.Value));
        }

        read.Sort((a, b) => a.Opens.CompareTo(b.Opens));
        if (read.Zip(read.Skip(1)).Any(pair => pair.Second.Opens < pair.First.Closes))
        {
            return false;
        }

        spans = read;
        return true;
    }

    /// <summary>Reads a weekday's English name ("Monday", any case).</summary>
    public static bool TryParseWeekday(string name, out IsoDayOfWeek day)
    {
        var known = Enum.GetValues<IsoDayOfWeek>().Where(value => value != IsoDayOfWeek.None)
            .FirstOrDefault(value => value.ToString().Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));
        day = known;
        return known != IsoDayOfWeek.None;
    }

    /// <summary>Reads an ISO date "2026-12-24".</summary>
    public static bool TryParseDate(string text, out LocalDate date)
    {
        var result = LocalDatePattern.Iso.Parse(text.Trim());
        date = result.Success ? result.Value : default;
        return result.Success;
    }
}
