using Kiosk.Domain;
using NodaTime;

namespace Kiosk.Conversations.Understanding;

/// <summary>
/// When a neighbour needs help: Microsoft.Recognizers.Text where it covers the language, the catalogs'
/// time words everywhere (and to fill what the first one missed), resolved forward from now in the
/// kiosk's zone into a window of local time, or "flexible".
/// </summary>
public sealed class WhenRecognizer(Lexicons lexicons)
{
    /// <summary>The time the text asks for, or null when it names none.</summary>
    public HelpTime? Recognize(string text, string language, LocalDateTime now) => Window(Clues(text, language, now), now);

    /// <summary>The day, clock time and part of the day the text names, before they become a window (for exact times, e.g. events).</summary>
    public TimeClues Clues(string text, string language, LocalDateTime now)
    {
        var inOrder = lexicons.InOrderFor(language).ToList();
        // "Guten Morgen", "صباح الخير": a greeting names no time.
        text = WithoutGreetings(text, inOrder);
        var normalized = TextNormalizer.Normalize(text);
        var fromWords = LexiconTime.Read(normalized, inOrder, now.Date);
        if (fromWords.Recurring)
        {
            return new TimeClues { Flexible = true };
        }

        var recognized = RecognizersTime.Read(text, language, now);
        // "Freitag 4.12.", "10/12" (read as October in English), "party on 19 december" (read as Christmas): a date written out wins.
        if (fromWords is { Dated: true, Day: { } written } && (recognized.Day ?? recognized.Window?.Start.Date) is { } other && other != written)
        {
            recognized = recognized with { Day = null, Window = null, Weekday = false };
        }

        // Recognizers reads "Freitag abends 7" as "Friday the 7th" (May 2027): a weekday the words name wins over a
        // date nobody wrote (the window moves it to next week once today's time is over).
        if (fromWords is { Weekday: true, Day: { } named } && recognized.Day is { } read && read != named)
        {
            recognized = recognized with { Day = null, Window = null, Weekday = false };
        }

        // "um 14.30": Recognizers reads "um 14" and drops the minutes the words read.
        if (recognized.Time is { Minute: 0 } whole && fromWords.Time is { } exact && exact.Hour == whole.Hour && exact.Minute != 0)
        {
            recognized = recognized with { Time = exact };
        }

        return recognized.Or(fromWords);
    }

    /// <summary>The text without the greetings of the lexicons (whole words, as written), for both readers of time.</summary>
    public static string WithoutGreetings(string text, IReadOnlyList<Lexicon> lexicons)
    {
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var folded = tokens.Select(token => TextNormalizer.Normalize(token).Trim()).ToArray();
        var drop = new bool[tokens.Length];
        foreach (var greeting in lexicons.SelectMany(lexicon => lexicon.Words["greetings"]).Select(words => words.Split(' ')))
        {
            for (var start = 0; start + greeting.Length <= tokens.Length; start++)
            {
                if (greeting.Select((word, offset) => folded[start + offset] == word).All(same => same))
                {
                    Array.Fill(drop, true, start, greeting.Length);
                }
            }
        }

        return drop.Contains(true) ? string.Join(' ', tokens.Where((_, index) => !drop[index])) : text;
    }

    /// <summary>Turns clues into a window: a named part or clock time on the named day, else the whole day.</summary>
    public static HelpTime? Window(TimeClues clues, LocalDateTime now)
    {
        if (clues.Window is { } window && clues.Time is null)
        {
            return HelpTime.Between(window.Start, window.End);
        }

        if (clues.Day is null && clues.Time is null && clues.Part is null)
        {
            return clues.Flexible ? HelpTime.Flexible : null;
        }

        var (from, to) = clues.Time is { } time
            ? (time, clues.From && time.Hour < 20 ? new LocalTime(21, 0) : time.PlusHours(2))
            : clues.Part is { } part ? DayParts.Hours(part) : DayParts.WholeDay;
        if (to < from)
        {
            to = new LocalTime(23, 59);
        }

        var day = clues.Day ?? (now.TimeOfDay < to ? now.Date : now.Date.PlusDays(1));
        var lastDay = clues.LastDay ?? day;
        if (clues.Weekday && lastDay + to <= now)
        {
            (day, lastDay) = (day.PlusWeeks(1), lastDay.PlusWeeks(1));
        }

        return HelpTime.Between(day + from, lastDay + to);
    }
}
