namespace Kiosk.Conversations.Understanding;

/// <summary>
/// Finds a phrase from a word list in a normalized message: at the start of a word (so inflected endings
/// still match: "велосипед" in "велосипедом"), after an Arabic or Persian prefix ("بال", "و"), whole-word
/// for short entries, and with one typing mistake for long single words ("fahrad" for "fahrrad").
/// </summary>
public static class PhraseMatcher
{
    private static readonly string[] ArabicPrefixes =
        new[] { "ال", "بال", "وال", "فال", "كال", "لل", "و", "ب", "ل", "ف", "ک", "با", "بی", "می", "به" }.Select(p => TextNormalizer.Normalize(p).Trim()).ToArray();

    /// <summary>True when <paramref name="phrase"/> (normalized, without padding) occurs in <paramref name="text"/> (normalized).</summary>
    public static bool Contains(string text, string phrase, bool allowTypo = true)
    {
        if (phrase.Length == 0)
        {
            return false;
        }

        if (phrase.Length <= 3)
        {
            return text.Contains(' ' + phrase + ' ', StringComparison.Ordinal);
        }

        if (text.Contains(' ' + phrase, StringComparison.Ordinal))
        {
            return true;
        }

        if (IsArabicScript(phrase[0]) && ArabicPrefixes.Any(prefix => text.Contains(' ' + prefix + phrase, StringComparison.Ordinal)))
        {
            return true;
        }

        return allowTypo && phrase.Length >= 6 && !phrase.Contains(' ', StringComparison.Ordinal) && Words(text).Any(word => NearlyStartsWith(word, phrase));
    }

    /// <summary>The words of a normalized text.</summary>
    public static IEnumerable<string> Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    // One insertion, deletion or substitution within the word's first |phrase|±1 letters. The first letter
    // must be right: typos rarely hit it, and "looking" must not be read as "cooking".
    private static bool NearlyStartsWith(string word, string phrase)
    {
        if (word.Length < phrase.Length - 1 || word[0] != phrase[0])
        {
            return false;
        }

        for (var length = phrase.Length - 1; length <= Math.Min(word.Length, phrase.Length + 1); length++)
        {
            if (Distance(word[..length], phrase) <= 1)
            {
                return true;
            }
        }

        return false;
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    private static bool IsArabicScript(char c) => c is >= '\u0600' and <= '\u06FF';
}
