using System.Text.RegularExpressions;
using Kiosk.Domain;
using NodaTime;

namespace Kiosk.Conversations.Understanding;

/// <summary>
/// When a newcomer has time, from text like "Mo-Fr ab 17 Uhr", "weekends", "بعد الظهر", "по будням вечером":
/// days (names, ranges, weekdays, weekend; all days when none is named) and parts of the day (named, or
/// from a clock time; the whole day when none is named).
/// </summary>
public sealed partial class AvailabilityRecognizer(Lexicons lexicons)
{
    /// <summary>The availability in the text, or null when it names neither days nor parts of the day.</summary>
    public WeeklyAvailability? Recognize(string text, string language)
    {
        var normalized = TextNormalizer.Normalize(text);
        var inOrder = lexicons.InOrderFor(language).ToList();
        bool Says(string key) => inOrder.Any(lexicon => Lexicon.AnyIn(normalized, lexicon.Words[key]));

        if (Says("flexible"))
        {
            return WeeklyAvailability.Always;
        }

        var days = new HashSet<IsoDayOfWeek>(RangeDays(normalized, inOrder));
        if (Says("weekdays_range"))
        {
            days.UnionWith(WeeklyAvailability.Weekdays);
        }

        if (Says("weekend"))
        {
            days.UnionWith([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday]);
        }

        days.UnionWith(LexiconTime.WeekdaysIn(normalized, inOrder));

        var clues = LexiconTime.Read(normalized, inOrder, new LocalDate(2026, 1, 5));
        var parts = new HashSet<PartOfDay>();
        if (clues.Part is { } part)
        {
            parts.Add(part);
        }

        if (clues.Time is { } time)
        {
            // "ab 17 Uhr": from that part of the day on.
            parts.UnionWith(Enum.GetValues<PartOfDay>().Where(p => p >= DayParts.Of(time) || !clues.From && p == DayParts.Of(time)));
        }

        if (days.Count == 0 && parts.Count == 0)
        {
            return null;
        }

        return WeeklyAvailability.Of(days.Count == 0 ? WeeklyAvailability.AllDays : days, parts.Count == 0 ? Enum.GetValues<PartOfDay>() : parts);
    }

    // "mo-fr", "пн-пт", "montag bis freitag": every day from the first to the second.
    private static IEnumerable<IsoDayOfWeek> RangeDays(string normalized, IReadOnlyList<Lexicon> lexicons)
    {
        foreach (Match match in Range().Matches(normalized))
        {
            var first = DayOf(match.Groups[1].Value, lexicons);
            var last = DayOf(match.Groups[2].Value, lexicons);
            if (first is { } from && last is { } to)
            {
                for (var day = (int)from; ; day = day % 7 + 1)
                {
                    yield return (IsoDayOfWeek)day;
                    if (day == (int)to)
                    {
                        break;
                    }
                }
            }
        }
    }

    private static IsoDayOfWeek? DayOf(string word, IReadOnlyList<Lexicon> lexicons) =>
        lexicons.SelectMany(lexicon => lexicon.Weekdays).Where(entry => entry.Words.Any(w => w == word || (w.Length >= 3 && word.StartsWith(w, StringComparison.Ordinal)))).Select(entry => (IsoDayOfWeek?)entry.Day).FirstOrDefault();

    [GeneratedRegex(@"(\p{L}{2,12})\s?(?:-|–|bis|to|до|по|ila|تا|الى|إلى)\s?(\p{L}{2,12})")]
    private static partial Regex Range();
}
