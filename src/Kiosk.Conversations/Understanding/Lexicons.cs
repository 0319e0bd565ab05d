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

    // Languages whose speakers mix each other's words (and often type on each other's keyboards).
    private static readonly string[][] Neighbours = [["ar", "fa", "ps"], ["uk", "ru"], ["tr", "ku"]];

    /// <summary>
    /// The word lists read for a person's message: their language first, then German and English (words people in
    /// Hamburg mix in), then the languages of their neighbours (Farsi words in Pashto, Russian in Ukrainian, Turkish in
    /// Kurmanji). Not every language: a short word of one is a common word of another ("mon" is Monday in English and
    /// "my" in French, "mar" Tuesday in French and "once" in Somali), and read for everyone it misread other people.
    /// </summary>
    public IEnumerable<Lexicon> InOrderFor(string language) =>
        new[] { language, "de", "en" }.Concat(Neighbours.Where(group => group.Contains(language)).SelectMany(group => group))
            .Distinct().Where(code => catalogs.For(code) is not null).Select(For);
}
