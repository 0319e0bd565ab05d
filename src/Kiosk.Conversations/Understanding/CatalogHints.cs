namespace Kiosk.Conversations.Understanding;

/// <summary>
/// The catalogs' words as features for the classifier: per category, 1 when one of its words (in any language, no
/// typo tolerance) occurs in the message; and whether offer words ("ich kann") or request words ("suche") occur. The model learns how much to trust them, next to the n-grams;
/// a word alone decides nothing ("Kinder" in "the chain of my children's bike").
/// </summary>
public sealed class CatalogHints(Lexicons lexicons)
{
    /// <summary>One feature per category, in <see cref="Domain.Categories.All"/> order, then one for offer words and one for request words.</summary>
    public const int Count = CategoryCount + 2;

    /// <summary>How many categories there are.</summary>
    public const int CategoryCount = 17;

    private readonly Lock gate = new();
    private (string Text, float[] Hints)? last;

    /// <summary>The features of one message (the last message's are kept: the three models read the same text).</summary>
    public float[] For(string text)
    {
        lock (gate)
        {
            if (last is { } kept && string.Equals(kept.Text, text, StringComparison.Ordinal))
            {
                return kept.Hints;
            }
        }

        var normalized = TextNormalizer.Normalize(text.Length > MessageFolding.MaxCharacters ? text[..MessageFolding.MaxCharacters] : text);
        var hints = new float[Count];
        for (var index = 0; index < CategoryCount; index++)
        {
            var category = Domain.Categories.All[index];
            hints[index] = lexicons.Languages.Any(language => Lexicon.AnyIn(normalized, lexicons.For(language).Categories[category], allowTypo: false)) ? 1 : 0;
        }

        hints[CategoryCount] = Found(normalized, "offer_words");
        hints[CategoryCount + 1] = Found(normalized, "request_words");

        lock (gate)
        {
            last = (text, hints);
        }

        return hints;
    }

    private float Found(string normalized, string key) =>
        lexicons.Languages.Any(language => Lexicon.AnyIn(normalized, lexicons.For(language).IntentWords[key], allowTypo: false)) ? 1 : 0;
}
