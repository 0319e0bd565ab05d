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
    /// <remarks>
    /// Runs for every synonym of every language on each free text, so it allocates nothing: the words of the last text
    /// are kept per thread, and the edit distance runs on the stack.
    /// </remarks>
    public static bool Contains(string text, string phrase, bool allowTypo = true)
    {
        if (phrase.Length == 0)
        {
            return false;
        }

        if (phrase.Length <= 3)
        {
            return Occurs(text, phrase, prefix: "", wholeWord: true);
        }

        if (Occurs(text, phrase, prefix: "", wholeWord: false))
        {
            return true;
        }

        if (IsArabicScript(phrase[0]))
        {
            // A loop, not Any(lambda): this runs for thousands of phrases per message, and each lambda was an allocation.
            foreach (var prefix in ArabicPrefixes)
            {
                if (Occurs(text, phrase, prefix, wholeWord: false))
                {
                    return true;
                }
            }
        }

        if (!allowTypo || phrase.Length < 6 || phrase.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var word in WordsOf(text))
        {
            if (NearlyStartsWith(word, phrase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words of a normalized text.</summary>
    public static IEnumerable<string> Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [ThreadStatic]
    private static (string Text, string[] Words)? lastWords;

    // The same text is matched against hundreds of synonyms in a row: split it once.
    private static string[] WordsOf(string text)
    {
        if (lastWords is { } last && ReferenceEquals(last.Text, text))
        {
            return last.Words;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        lastWords = (text, words);
        return words;
    }

    // " " + prefix + phrase occurs in text (and, for a whole word, a space follows).
    private static bool Occurs(string text, string phrase, string prefix, bool wholeWord)
    {
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var start = at - prefix.Length - 1;
            if (start >= 0 && text[start] == ' ' && text.AsSpan(start + 1, prefix.Length).SequenceEqual(prefix)
                && (!wholeWord || (at + phrase.Length < text.Length && text[at + phrase.Length] == ' ')))
            {
                return true;
            }
        }

        return false;
    }

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
            if (Distance(word.AsSpan(0, length), phrase) <= 1)
            {
                return true;
            }
        }

        return false;
    }

    private static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        Span<int> previous = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            current.CopyTo(previous);
        }

        return previous[b.Length];
    }

    private static bool IsArabicScript(char c) => c is >= '\u0600' and <= '\u06FF';
}
