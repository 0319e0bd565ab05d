using System.Globalization;
using Kiosk.Conversations.Localization;
using Kiosk.Domain;
using NodaTime;

namespace Kiosk.Conversations.Understanding;

/// <summary>
/// The words of one language that the recognizers look for, read from its catalog and normalized once:
/// category synonyms, district names, time words, number words and price words.
/// </summary>
public sealed class Lexicon
{
    private Lexicon(string language, Func<string, string> entry)
    {
        Language = language;
        Categories = Categories_(entry);
        IntentWords = new[] { "offer_words", "request_words" }.ToDictionary(key => key, key => List(entry($"intent.{key}")));
        Districts = Domain.Districts.Ids.ToDictionary(id => id, id => List(entry($"districts.{id}.variants")));
        Weekdays = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" }
            .Select((day, index) => ((IsoDayOfWeek)(index + 1), List(entry($"when.{day}")))).ToList();
        Words = new[] { "today", "tomorrow", "day_after_tomorrow", "weekend", "next_week", "morning", "afternoon", "evening", "after", "flexible", "weekdays_range", "next", "recurring", "greetings" }
            .ToDictionary(key => key, key => List(entry($"when.{key}")));
        Months = entry("when.months").Split(',')
            .Select(month => (IReadOnlyList<string>)month.Split('|').Select(form => TextNormalizer.Normalize(form).Trim()).ToList()).ToList();
        Numbers = entry("numbers.words").Split(',')
            .Select(pair => pair.Split('='))
            .Where(pair => pair.Length == 2 && int.TryParse(pair[1].Trim(), CultureInfo.InvariantCulture, out _))
            .GroupBy(pair => TextNormalizer.Normalize(pair[0]).Trim())
            .ToDictionary(group => group.Key, group => int.Parse(group.First()[1].Trim(), CultureInfo.InvariantCulture));
        Price = new[] { "free_words", "exchange_words", "per_hour_words", "per_job_words", "currency_words" }
            .ToDictionary(key => key, key => List(entry($"price.{key}")));
    }

    /// <summary>The language code.</summary>
    public string Language { get; }

    /// <summary>Synonyms per category id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Categories { get; }

    /// <summary>Words that hint at an offer ("offer_words": "ich kann", "بقدر") or a request ("request_words": "suche", "بدي").</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> IntentWords { get; }

    /// <summary>Names per district id (and "anywhere").</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Districts { get; }

    /// <summary>Words for each weekday.</summary>
    public IReadOnlyList<(IsoDayOfWeek Day, IReadOnlyList<string> Words)> Weekdays { get; }

    /// <summary>Time words by key: today, tomorrow, day_after_tomorrow, weekend, next_week, morning, afternoon, evening, after, flexible, weekdays_range, next ("nächsten Mittwoch"), recurring ("jeden Sonntag"), greetings ("Guten Morgen": no time).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Words { get; }

    /// <summary>Month names, January first; each with its forms ("грудень|грудня").</summary>
    public IReadOnlyList<IReadOnlyList<string>> Months { get; }

    /// <summary>Number words and their values.</summary>
    public IReadOnlyDictionary<string, int> Numbers { get; }

    /// <summary>Price words by key: free_words, exchange_words, per_hour_words, per_job_words, currency_words.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Price { get; }

    /// <summary>Builds the lexicon of <paramref name="language"/> from the catalogs.</summary>
    public static Lexicon For(Catalogs catalogs, string language)
    {
        var entries = catalogs.For(language) ?? throw new ArgumentException($"No catalog for '{language}'", nameof(language));
        return new Lexicon(language, key => entries.GetValueOrDefault(key, ""));
    }

    /// <summary>True when any word of the list occurs in the normalized text.</summary>
    public static bool AnyIn(string text, IReadOnlyList<string> words, bool allowTypo = true)
    {
        // An indexed loop: the catalog hints call this for every category of every language on each message.
        for (var index = 0; index < words.Count; index++)
        {
            if (PhraseMatcher.Contains(text, words[index], allowTypo))
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, IReadOnlyList<string>> Categories_(Func<string, string> entry) =>
        Domain.Categories.All.ToDictionary(id => id, id => List(entry($"categories.{id}.synonyms")));

    // Longest first, so that "day after tomorrow" is tried before "tomorrow".
    private static IReadOnlyList<string> List(string commaSeparated) => commaSeparated.Split(',')
        .Select(word => TextNormalizer.Normalize(word).Trim())
        .Where(word => word.Length > 0)
        .Distinct()
        .OrderByDescending(word => word.Length)
        .ToList();
}
