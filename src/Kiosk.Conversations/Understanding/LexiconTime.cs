using System.Globalization;
using System.Text.RegularExpressions;
using Kiosk.Domain;
using NodaTime;

namespace Kiosk.Conversations.Understanding;

/// <summary>
/// Time clues from the word lists in the catalogs, for every language (Microsoft.Recognizers does not read
/// Arabic, Farsi, Ukrainian or Russian): weekdays, today/tomorrow/day after, weekend, next week, parts of
/// day, dates like "5.12." or "3 декабря", and clock times like "17:00", "ab 17 Uhr", "saat 16", "after 5".
/// </summary>
public static partial class LexiconTime
{
    /// <summary>The clues in a normalized text, reading the lexicons in order; days resolve forward from <paramref name="today"/>.</summary>
    public static TimeClues Read(string normalized, IReadOnlyList<Lexicon> lexicons, LocalDate today)
    {
        // No typo tolerance for time words: "morgens" (mornings) is one letter from "morgen" (tomorrow).
        bool Says(string key) => lexicons.Any(lexicon => Lexicon.AnyIn(normalized, lexicon.Words[key], allowTypo: false));

        // A part of the day is no day: "morgens" begins with "morgen" (tomorrow), Kurmanji "sibeh" (morning) with "sibê".
        var withoutParts = WithoutWords(normalized, lexicons.SelectMany(lexicon => PartKeys.SelectMany(key => lexicon.Words[key]))
            .Except(lexicons.SelectMany(lexicon => DayKeys.SelectMany(key => lexicon.Words[key]))));
        bool SaysDay(string key) => lexicons.Any(lexicon => Lexicon.AnyIn(withoutParts, lexicon.Words[key], allowTypo: false));

        LocalDate? day = null;
        LocalDate? lastDay = null;
        var weekday = false;
        var dated = false;
        if (SaysDay("day_after_tomorrow"))
        {
            day = today.PlusDays(2);
        }
        else if (SaysDay("tomorrow"))
        {
            day = today.PlusDays(1);
        }
        else if (Says("weekend"))
        {
            day = Next(today, IsoDayOfWeek.Saturday);
            lastDay = day.Value.PlusDays(1);
        }
        else if (Says("next_week"))
        {
            // "haftaya salı", "next week tuesday": that day of next week; otherwise the whole week.
            day = today.Next(IsoDayOfWeek.Monday);
            if (WeekdayIn(normalized, WeekdayLexicons(lexicons)) is { } named)
            {
                day = day.Value.PlusDays((int)named - 1);
            }
            else
            {
                lastDay = day.Value.PlusDays(6);
            }
        }
        else if (DateIn(normalized, lexicons, today) is { } date)
        {
            day = date;
            dated = true;
        }
        else if ((WeekdayIn(normalized, WeekdayLexicons(lexicons)) ?? ShortWeekdayIn(normalized, lexicons[0])) is { } named)
        {
            // "nächsten Mittwoch" said on a Wednesday is the one a week later.
            day = Next(today, named);
            day = day == today && Says("next") ? day.Value.PlusWeeks(1) : day;
            weekday = true;
        }
        else if (SaysDay("today"))
        {
            day = today;
        }

        var partKey = PartKeys.FirstOrDefault(Says);
        var part = partKey switch { "evening" => PartOfDay.Evening, "afternoon" => PartOfDay.Afternoon, "morning" => PartOfDay.Morning, _ => (PartOfDay?)null };
        var (time, from) = ClockIn(normalized, lexicons, part, partKey);
        return new TimeClues
        {
            Day = day,
            Weekday = weekday,
            Dated = dated,
            LastDay = lastDay,
            Part = part,
            Time = time,
            From = from,
            Flexible = Says("flexible"),
            // "jeden Sonntag", "كل يوم", "по будням": availability, not one day (own language only: English "her" is not Turkish "her").
            Recurring = Lexicon.AnyIn(normalized, lexicons[0].Words["recurring"], allowTypo: false),
        };
    }

    /// <summary>The named weekdays in the text (long forms only; "so" or "sa" alone are too often other words).</summary>
    public static IEnumerable<IsoDayOfWeek> WeekdaysIn(string normalized, IEnumerable<Lexicon> lexicons) =>
        lexicons.SelectMany(lexicon => lexicon.Weekdays)
            .Where(entry => entry.Words.Any(word => word.Length >= 3 && PhraseMatcher.Contains(normalized, word)))
            .Select(entry => entry.Day)
            .Distinct();

    /// <summary>The given weekday on or after <paramref name="today"/>.</summary>
    public static LocalDate Next(LocalDate today, IsoDayOfWeek day) => today.DayOfWeek == day ? today : today.Next(day);

    private static IsoDayOfWeek? WeekdayIn(string normalized, IEnumerable<Lexicon> lexicons)
    {
        // The weekday named first in the text wins (the one whose word appears earliest).
        var found = lexicons.SelectMany(lexicon => lexicon.Weekdays)
            .SelectMany(entry => entry.Words.Where(word => word.Length >= 3).Select(word => (entry.Day, Position: Position(normalized, word), word.Length)))
            .Where(candidate => candidate.Position >= 0)
            .OrderBy(candidate => candidate.Position)
            .ThenByDescending(candidate => candidate.Length) // "cumartesi" (Saturday) before "cuma" (Friday)
            .Select(candidate => (candidate.Day, candidate.Position))
            .FirstOrDefault();
        return found.Position > 0 ? found.Day : null;
    }

    // Weekday names of the person's language, German and English, not of neighbouring languages: Turkish "salı"
    // (Tuesday) is Kurmanji "salî" once letters are folded.
    private static IEnumerable<Lexicon> WeekdayLexicons(IReadOnlyList<Lexicon> lexicons) =>
        lexicons.Where((lexicon, index) => index == 0 || lexicon.Language is "de" or "en");

    // "Sa vormittag", "Di abend", "пт": two-letter abbreviations of the person's own language, as whole words,
    // except those that are also everyday words ("so" in German, "we" in English).
    private static IsoDayOfWeek? ShortWeekdayIn(string normalized, Lexicon own) =>
        own.Weekdays
            .Where(entry => entry.Words.Any(word => word.Length == 2 && !AmbiguousAbbreviations.Contains(word) && normalized.Contains(' ' + word + ' ', StringComparison.Ordinal)))
            .Select(entry => (IsoDayOfWeek?)entry.Day)
            .FirstOrDefault();

    private static readonly HashSet<string> AmbiguousAbbreviations = ["so", "we", "su"];

    private static int Position(string normalized, string word)
    {
        if (!PhraseMatcher.Contains(normalized, word))
        {
            return -1;
        }

        var index = normalized.IndexOf(word, StringComparison.Ordinal);
        return index < 0 ? int.MaxValue - 1 : index + 1;
    }

    private static LocalDate? DateIn(string normalized, IReadOnlyList<Lexicon> lexicons, LocalDate today)
    {
        var numeric = NumericDate().Match(normalized);
        var monthGroup = numeric.Groups[2].Success ? numeric.Groups[2] : numeric.Groups[3];
        if (numeric.Success && int.Parse(monthGroup.Value, CultureInfo.InvariantCulture) is var month and >= 1 and <= 12)
        {
            return Resolve(today, int.Parse(numeric.Groups[1].Value, CultureInfo.InvariantCulture), month);
        }

        foreach (Match match in DayNumber().Matches(normalized))
        {
            var following = normalized[(match.Index + match.Length)..].TrimStart();
            if (MonthOf(following.Split(' ')[0], lexicons) is var named and > 0)
            {
                return Resolve(today, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), named);
            }
        }

        // Month first: "د ډسمبر په ۵", "December 5th", "dec 5": a day number within the next two words.
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (MonthOf(words[i], lexicons) is var named and > 0)
            {
                for (var j = i + 1; j < Math.Min(i + 3, words.Length); j++)
                {
                    if (LeadingDay().Match(words[j]) is { Success: true } number && !HourWords.Contains(j + 1 < words.Length ? words[j + 1] : ""))
                    {
                        return Resolve(today, int.Parse(number.Groups[1].Value, CultureInfo.InvariantCulture), named);
                    }
                }
            }
        }

        return null;
    }

    // The month (1-12) a word names in any of the lexicons, or 0.
    private static int MonthOf(string word, IReadOnlyList<Lexicon> lexicons)
    {
        var padded = " " + word + " ";
        foreach (var lexicon in lexicons)
        {
            for (var m = 0; m < lexicon.Months.Count; m++)
            {
                if (lexicon.Months[m].Any(name => name.Length >= 3 && PhraseMatcher.Contains(padded, name)))
                {
                    return m + 1;
                }
            }
        }

        return 0;
    }

    // After "März 10" the number is an hour when an hour word follows ("März 10 Uhr" is no date).
    private static readonly HashSet<string> HourWords = ["uhr", "h", "час", "ч", "saat", "ساعت", "pm", "am"];

    [GeneratedRegex(@"^(\d{1,2})(?:st|nd|rd|th|e|er|го|ого|مه|م|ም)?$")]
    private static partial Regex LeadingDay();

    private static LocalDate? Resolve(LocalDate today, int day, int month)
    {
        if (day is < 1 or > 31)
        {
            return null;
        }

        foreach (var year in new[] { today.Year, today.Year + 1 })
        {
            if (day <= CalendarSystem.Iso.GetDaysInMonth(year, month) && new LocalDate(year, month, day) is var date && date >= today)
            {
                return date;
            }
        }

        return null;
    }

    // The word-list keys of the parts of the day, the later part first when a text names two.
    private static readonly string[] PartKeys = ["evening", "afternoon", "morning"];

    private static readonly string[] DayKeys = ["today", "tomorrow", "day_after_tomorrow"];

    // The text without these phrases where they stand as whole words (longest first).
    private static string WithoutWords(string normalized, IEnumerable<string> phrases)
    {
        foreach (var phrase in phrases.Distinct().OrderByDescending(phrase => phrase.Length))
        {
            for (var at = normalized.IndexOf(' ' + phrase + ' ', StringComparison.Ordinal); at >= 0; at = normalized.IndexOf(' ' + phrase + ' ', StringComparison.Ordinal))
            {
                normalized = normalized.Remove(at, phrase.Length + 1);
            }
        }

        return normalized;
    }

    private static (LocalTime? Time, bool From) ClockIn(string normalized, IReadOnlyList<Lexicon> lexicons, PartOfDay? part, string? partKey)
    {
        var explicitTime = Clock().Match(normalized);
        var afterWords = lexicons.SelectMany(lexicon => lexicon.Words["after"]).ToList();
        var from = false;
        int? hour = null;
        var minute = 0;
        if (explicitTime.Success)
        {
            hour = int.Parse(explicitTime.Groups["h"].Value, CultureInfo.InvariantCulture);
            minute = explicitTime.Groups["m"].Success ? int.Parse(explicitTime.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
            var before = normalized[..explicitTime.Index];
            from = afterWords.Any(word => before.TrimEnd().EndsWith(' ' + word, StringComparison.Ordinal) || before.TrimEnd().EndsWith(word, StringComparison.Ordinal));
            if (explicitTime.Groups["pm"].Success && hour < 12)
            {
                hour += 12;
            }
        }
        else
        {
            // "after 5", "ab 17", "после пяти": a number right after an "after" word.
            if (NumberNextTo(normalized, afterWords, lexicons, 23, before: false) is { } after)
            {
                (hour, from) = (after, true);
            }

            // "akşam 7 gibi", "вечером 7", "sabah 9": a number right after a part of the day; "в 10 утра": right before.
            if (partKey is not null)
            {
                var words = lexicons.SelectMany(lexicon => lexicon.Words[partKey]).ToList();
                hour ??= NumberNextTo(normalized, words, lexicons, 12, before: false) ?? NumberNextTo(normalized, words, lexicons, 12, before: true);
            }
        }

        if (hour is not { } h || h > 23 || minute > 59)
        {
            return (null, false);
        }

        // "sabah 7" is seven in the morning, "akşam 6" six in the evening; without a part of the day, "after 5" means
        // 17:00: nobody asks the kiosk for help at five in the morning.
        var pm = explicitTime.Groups["pm"].Success;
        h = part switch
        {
            _ when pm || h >= 12 => h,
            PartOfDay.Morning => h,
            PartOfDay.Afternoon or PartOfDay.Evening => h + 12,
            _ => h is >= 1 and <= 7 ? h + 12 : h,
        };
        return (new LocalTime(h % 24, minute), from);
    }

    // The first number (digits or a number word) from 1 to max right after (or before) one of the words.
    private static int? NumberNextTo(string normalized, IEnumerable<string> words, IReadOnlyList<Lexicon> lexicons, int max, bool before)
    {
        foreach (var word in words)
        {
            var at = normalized.IndexOf(' ' + word + ' ', StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var neighbour = before
                ? normalized[..at].Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()
                : normalized[(at + word.Length + 2)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            if (Number(neighbour ?? "", lexicons) is { } number && number >= 1 && number <= max)
            {
                return number;
            }
        }

        return null;
    }

    private static int? Number(string token, IReadOnlyList<Lexicon> lexicons)
    {
        if (int.TryParse(token, CultureInfo.InvariantCulture, out var digits))
        {
            return digits;
        }

        var word = lexicons.Select(lexicon => lexicon.Numbers.GetValueOrDefault(token)).FirstOrDefault(value => value > 0);
        return word > 0 ? word : null;
    }

    // "5.12.", "5.12.2026", "5/12", "٥/١٢" (digits are folded before): day first, as everywhere but in the US.
    [GeneratedRegex(@"(?<![\d.:/])(\d{1,2})(?:\.(\d{1,2})(?:\.(?:\d{2,4})?)?|/(\d{1,2})(?:/\d{2,4})?)(?![\d:])")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<![\d.:])(\d{1,2})(?:\.|-?(?:го|ого|th|st|nd|rd|e|inci|ıncı))?(?=\s)")]
    private static partial Regex DayNumber();

    // "17:00", "17 Uhr", "5 pm", French "14h30"; "15.30" (quarter hours only: "11.12" is a date); Turkish "9'da", "3'te"; and an hour
    // word before the number: "saat 16", "ساعت ۱۶", "الساعة 4", "um 16", "о 16".
    [GeneratedRegex(@"(?<![\d.,])(?<h>\d{1,2})\s?h\s?(?<m>[0-5]\d)(?!\d)|(?<![\d.,])(?<h>\d{1,2})(?::(?<m>\d{2})|\s?(?:uhr|h\b|час|ч\b|saat|ساعت)|\s?(?<pm>pm|p\.m\.)|\s?(?:am|a\.m\.))|(?<![\d.,])(?<h>\d{1,2})\.(?<m>00|15|30|45)(?![\d]|\.\d)|(?<![\d.,:])(?<h>\d{1,2})'(?:da|de|ta|te)\b|(?<=\s)(?:saat|ساعت|الساعه|ساعه|um|о)\s(?<h>\d{1,2})(?::(?<m>\d{2}))?(?![\d.,])")]
    private static partial Regex Clock();
}
