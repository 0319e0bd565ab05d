using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using NodaTime;
using NodaTime.Text;

namespace Kiosk.Conversations.Understanding;

/// <summary>
/// Time clues from Microsoft.Recognizers.Text for the languages it reads well (German, English, Turkish,
/// and the other European languages it covers). Of each entity's past and future readings the first one
/// on or after today is taken.
/// </summary>
public static class RecognizersTime
{
    private static readonly Dictionary<string, string> Cultures = new()
    {
        ["de"] = Culture.German, ["en"] = Culture.English, ["es"] = Culture.Spanish,
        ["it"] = Culture.Italian, ["pt"] = Culture.Portuguese, ["nl"] = Culture.Dutch,
    };

    private static readonly LocalDateTimePattern DateTime = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm:ss");
    private static readonly LocalDatePattern Date = LocalDatePattern.Iso;
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss");

    /// <summary>True when Microsoft.Recognizers reads dates in this language.</summary>
    public static bool Covers(string language) => Cultures.ContainsKey(language);

    /// <summary>The clues Microsoft.Recognizers finds, or empty clues for a language it does not cover.</summary>
    public static TimeClues Read(string text, string language, LocalDateTime now)
    {
        if (!Cultures.TryGetValue(language, out var culture))
        {
            return new TimeClues();
        }

        var reference = now.ToDateTimeUnspecified();
        var clues = new TimeClues();
        foreach (var entity in DateTimeRecognizer.RecognizeDateTime(text, culture, DateTimeOptions.None, reference))
        {
            if (entity.Resolution?["values"] is not List<Dictionary<string, string>> values)
            {
                continue;
            }

            // "now" and "now and then" are no appointment.
            if (values.Any(v => v.GetValueOrDefault("timex") == "PRESENT_REF"))
            {
                continue;
            }

            // A reading in the past ("Steuererklärung 2025") is no appointment either. Of "halb drei" (02:30 or 14:30)
            // the reading in the kiosk's day is meant: nobody asks for help at half past two in the night.
            var current = values.Where(v => !IsPast(v, now.Date)).ToList();
            if ((current.FirstOrDefault(InTheDay) ?? current.FirstOrDefault()) is { } value)
            {
                var found = Clues(value);
                // "Samstag" is "XXXX-WXX-6": a weekday's name, so next week's is meant once today's is over.
                clues = clues.Or(value.GetValueOrDefault("timex")?.StartsWith("XXXX-WXX-", StringComparison.Ordinal) == true && found.Day is not null
                    ? found with { Weekday = true }
                    : found);
            }
        }

        return clues;
    }

    private static bool InTheDay(Dictionary<string, string> value) =>
        Clues(value).Time is not { } time || time.Hour is >= 8 and <= 21;

    private static bool IsPast(Dictionary<string, string> value, LocalDate today) =>
        FirstDate(value) is { } date && date < today;

    private static LocalDate? FirstDate(Dictionary<string, string> value) =>
        (value.GetValueOrDefault("value") ?? value.GetValueOrDefault("start")) is { Length: >= 10 } text && Date.Parse(text[..10]) is { Success: true } parsed
            ? parsed.Value
            : null;

    private static TimeClues Clues(Dictionary<string, string> value)
    {
        var type = value.GetValueOrDefault("type");
        switch (type)
        {
            case "date" when FirstDate(value) is { } date:
                return new TimeClues { Day = date };
            case "datetime" when Parse(value.GetValueOrDefault("value")) is { } at:
                return new TimeClues { Day = at.Date, Time = at.TimeOfDay };
            case "datetimerange" when PartOf(value.GetValueOrDefault("timex")) is { } part && FirstDate(value) is { } day:
                // "abends" is 16-20 for the recognizer; the kiosk's parts of the day are its own.
                return new TimeClues { Day = day, Part = part };
            case "datetimerange" when Parse(value.GetValueOrDefault("start")) is { } start && Parse(value.GetValueOrDefault("end")) is { } end:
                return new TimeClues { Window = (start, end) };
            case "daterange" when FirstDate(value) is { } first && value.GetValueOrDefault("end") is { Length: >= 10 } endText:
                // The range's end is exclusive: "weekend" is Saturday to Monday.
                return new TimeClues { Day = first, LastDay = Date.Parse(endText[..10]).GetValueOrThrow().PlusDays(-1) };
            case "time" or "timerange" when (value.GetValueOrDefault("value") ?? value.GetValueOrDefault("start")) is { } clock && Time.Parse(clock) is { Success: true } time:
                return new TimeClues { Time = time.Value, From = type == "timerange" };
            default:
                return new TimeClues();
        }
    }

    private static Domain.PartOfDay? PartOf(string? timex) => timex switch
    {
        null => null,
        _ when timex.EndsWith("TMO", StringComparison.Ordinal) => Domain.PartOfDay.Morning,
        _ when timex.EndsWith("TAF", StringComparison.Ordinal) => Domain.PartOfDay.Afternoon,
        _ when timex.EndsWith("TEV", StringComparison.Ordinal) || timex.EndsWith("TNI", StringComparison.Ordinal) => Domain.PartOfDay.Evening,
        _ => null,
    };

    private static LocalDateTime? Parse(string? text) =>
        text is not null && DateTime.Parse(text) is { Success: true } parsed ? parsed.Value : null;

}
