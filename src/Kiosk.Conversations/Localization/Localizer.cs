using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Kiosk.Conversations.Localization;

/// <summary>
/// Looks up user-visible texts by key. A key missing in a language falls back to English, then German,
/// and is logged once. Right-to-left texts get direction marks so that Telegram shows them right-aligned.
/// </summary>
public sealed class Localizer(Catalogs catalogs, ILogger<Localizer> logger)
{
    /// <summary>The language used when nothing better is known.</summary>
    public const string DefaultLanguage = "de";

    private static readonly string[] Fallbacks = ["en", DefaultLanguage];
    private readonly ConcurrentDictionary<(string, string), bool> reportedMissing = new();

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
            text = text.Replace("{" + name + "}", Convert.ToString(value, Culture(language)), StringComparison.Ordinal);
        }

        return IsRightToLeft(language) ? Bidi.MarkRightToLeft(text) : Bidi.MarkLeftToRight(text);
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
}
