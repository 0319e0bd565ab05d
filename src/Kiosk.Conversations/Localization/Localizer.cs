using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Kiosk.Conversations.Localization;

/// <summary>
/// Looks up user-visible texts by key. A key missing in a language falls back to English, then German,
/// and is logged once. Right-to-left texts get direction marks so that Telegram shows them right-aligned.
/// </summary>
public sealed partial class Localizer(Catalogs catalogs, ILogger<Localizer> logger)
{
    /// <summary>The language used when nothing better is known.</summary>
    public const string DefaultLanguage = "de";

    private static readonly string[] Fallbacks = ["en", DefaultLanguage];
    private readonly ConcurrentDictionary<(string, string), bool> reportedMissing = new();
    private readonly ConcurrentDictionary<string, CultureInfo> gregorian = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, List<(string Key, int Literal, System.Text.RegularExpressions.Regex Pattern)>> templates = new(StringComparer.Ordinal);

    /// <summary>Supported language codes, German and English first.</summary>
    public IReadOnlyList<string> Languages => catalogs.Languages;

    /// <summary>The supported language for a Telegram language code, else German.</summary>
    public string Resolve(string? languageCode) =>
        LanguageResolver.Resolve(languageCode, catalogs.Languages) ?? DefaultLanguage;

    /// <summary>True for a supported code such as "ar".</summary>
    public bool IsSupported(string? language) => language is not null && catalogs.For(language) is not null;

    /// <summary>True for Arabic, Farsi and other right-to-left catalogs.</summary>
    public bool IsRightToLeft(string language) => Raw(language, "meta.direction") == "rtl";

    /// <summary>The language's own name, e.g. "العربية".</summary>
    public string LanguageName(string language) => Raw(language, "meta.name");

    /// <summary>The culture to format dates and numbers for <paramref name="language"/>.</summary>
    public static CultureInfo Culture(string language) => CultureInfo.GetCultureInfo(language);

    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/> with its {placeholders} filled.</summary>
    public string Text(string language, string key, params (string Name, object? Value)[] args)
    {
        var text = Raw(language, key);
        foreach (var (name, value) in args)
        {
            // Numbers in the language's own digits (Persian digits in Farsi); text, names and people's words as they are.
            var shown = value is int or long or double or decimal or float ? Digits(language, Convert.ToString(value, Culture(language))!) : Convert.ToString(value, Culture(language));
            text = text.Replace("{" + name + "}", shown, StringComparison.Ordinal);
        }

        return IsRightToLeft(language) ? Bidi.MarkRightToLeft(text) : Bidi.MarkLeftToRight(text);
    }

    /// <summary>
    /// The text of <paramref name="key"/> in the plural form <paramref name="count"/> takes in <paramref name="language"/>
    /// (ICU's CLDR rules: "1 day", "2 дня", "5 дней", "21 день", "يومان"), with <paramref name="count"/> as "{count}" unless
    /// <paramref name="args"/> names it otherwise.
    /// </summary>
    public string Plural(string language, string key, long count, params (string Name, object? Value)[] args)
    {
        var form = $"{key}.{PluralRules.Category(language, count)}";
        var chosen = catalogs.For(language)?.ContainsKey(form) == true ? form : $"{key}.other";
        return Text(language, chosen, [("count", count), .. args]);
    }

    /// <summary>The catalog's text of <paramref name="key"/> as written there, placeholders unfilled (for the team's review of wordings).</summary>
    public string Template(string language, string key) => Raw(language, key);

    /// <summary>
    /// The catalog key whose text <paramref name="text"/> (a message the bot sent) was made from, or null (a copied
    /// message, a card built from several texts). The most specific template wins.
    /// </summary>
    public string? KeyOf(string language, string text)
    {
        var plain = Bidi.Strip(text);
        return templates.GetOrAdd(language, code => (catalogs.For(code) ?? new Dictionary<string, string>())
                .Where(entry => !entry.Key.StartsWith("meta.", StringComparison.Ordinal) && entry.Value.Length > 0 && entry.Value[0] is not ('[' or '{'))
                .Select(entry => (entry.Key, Literal: Placeholder().Replace(entry.Value, "").Length,
                    Pattern: new System.Text.RegularExpressions.Regex("^" + Placeholder().Replace(System.Text.RegularExpressions.Regex.Escape(Bidi.Strip(entry.Value)).Replace(@"\{", "{", StringComparison.Ordinal), "(?s:.*?)") + "$",
                        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50))))
                .OrderByDescending(template => template.Literal).ToList())
            .FirstOrDefault(template => template.Literal > 0 && Matches(template.Pattern, plain)).Key;
    }

    // A pathological text gives up on one template rather than stopping the turn.
    private static bool Matches(System.Text.RegularExpressions.Regex pattern, string text)
    {
        try
        {
            return pattern.IsMatch(text);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// <paramref name="text"/> with its ASCII digits in the language's own digits, when the catalog asks for them
    /// ("meta.digits": "native"; Farsi and Pashto), from the culture's native digits.
    /// </summary>
    public string Digits(string language, string text)
    {
        if (catalogs.For(language)?.GetValueOrDefault("meta.digits") != "native" || !text.Any(char.IsAsciiDigit))
        {
            return text;
        }

        var native = Culture(language).NumberFormat.NativeDigits;
        return string.Concat(text.Select(c => char.IsAsciiDigit(c) ? native[c - '0'] : c.ToString()));
    }

    /// <summary>
    /// A day as the language writes it, from its culture (Gregorian calendar also where the culture's own is another):
    /// "28. November", "November 28", "28 ноября", "28 نوامبر" (with the language's digits).
    /// </summary>
    public string Date(string language, NodaTime.LocalDate date)
    {
        var culture = gregorian.GetOrAdd(language, static code =>
        {
            var clone = (CultureInfo)Culture(code).Clone();
            if (clone.DateTimeFormat.Calendar is not GregorianCalendar)
            {
                clone.DateTimeFormat.Calendar = new GregorianCalendar();
            }

            return CultureInfo.ReadOnly(clone);
        });
        var day = new DateTime(date.Year, date.Month, date.Day, 0, 0, 0, DateTimeKind.Unspecified);
        return Digits(language, day.ToString(culture.DateTimeFormat.MonthDayPattern, culture));
    }

    private string Raw(string language, string key)
    {
        if (catalogs.For(language)?.TryGetValue(key, out var text) == true)
        {
            return text;
        }

        foreach (var fallback in Fallbacks)
        {
            if (catalogs.For(fallback)?.TryGetValue(key, out var fallbackText) == true)
            {
                ReportMissing(language, key);
                return fallbackText;
            }
        }

        ReportMissing(language, key);
        return key;
    }

    private void ReportMissing(string language, string key)
    {
        if (reportedMissing.TryAdd((language, key), true))
        {
            logger.LogWarning("Localization key {Key} is missing for language {Language}; using a fallback", key, language);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{[a-z_]+\}")]
    private static partial System.Text.RegularExpressions.Regex Placeholder();
}
