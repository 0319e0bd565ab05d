using Kiosk.Domain;

namespace Kiosk.Conversations.Understanding;

/// <summary>
/// Finds the category of a message from the synonyms in the catalogs: the person's language counts most,
/// German and English and the other languages less (people mix in words like "Umzug" or "Jobcenter").
/// Broad categories (repairs, errands, other) lose against a specific one that also matches.
/// </summary>
public sealed class CategoryRecognizer(Lexicons lexicons)
{
    private static readonly Dictionary<string, double> Broad = new() { ["repairs"] = 0.6, ["errands"] = 0.7, ["other"] = 0.3 };

    /// <summary>The best category id for the text, or null when no synonym occurs.</summary>
    public string? Recognize(string text, string language)
    {
        var normalized = TextNormalizer.Normalize(text);
        var scores = new Dictionary<string, double>();
        foreach (var lexicon in lexicons.InOrderFor(language))
        {
            var weight = lexicon.Language == language ? 1.0 : 0.7;
            foreach (var (category, synonyms) in lexicon.Categories)
            {
                // Matching synonyms add up (longer ones count more, up to a point), once per word list; a broad
                // category counts only its best word, so "fix my bike" stays a bike.
                var broad = Broad.ContainsKey(category);
                var score = 0;
                foreach (var synonym in synonyms)
                {
                    if (PhraseMatcher.Contains(normalized, synonym))
                    {
                        var points = Math.Min(synonym.Length, 10);
                        score = broad ? Math.Max(score, points) : score + points;
                    }
                }

                if (score > 0)
                {
                    scores[category] = Math.Max(scores.GetValueOrDefault(category), weight * score * Broad.GetValueOrDefault(category, 1.0));
                }
            }
        }

        return scores.Count == 0 ? null : scores.OrderByDescending(pair => pair.Value).ThenBy(pair => Categories.All.ToList().IndexOf(pair.Key)).First().Key;
    }
}
