using System.Collections.Concurrent;
using Kiosk.Conversations.Localization;

namespace Kiosk.Conversations.Understanding;

/// <summary>The lexicons of all languages, built on first use and kept.</summary>
public sealed class Lexicons(Catalogs catalogs)
{
    private readonly ConcurrentDictionary<string, Lexicon> byLanguage = new();

    /// <summary>Supported language codes.</summary>
    public IReadOnlyList<string> Languages => catalogs.Languages;

    /// <summary>The lexicon of one language.</summary>
    public Lexicon For(string language) => byLanguage.GetOrAdd(language, code => Lexicon.For(catalogs, code));

    /// <summary>The person's language first, then German and English (words people mix in), then the rest.</summary>
    public IEnumerable<Lexicon> InOrderFor(string language) =>
        new[] { language, "de", "en" }.Concat(catalogs.Languages).Distinct().Where(code => catalogs.For(code) is not null).Select(For);
}
