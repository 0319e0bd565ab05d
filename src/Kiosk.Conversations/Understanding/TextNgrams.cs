namespace Kiosk.Conversations.Understanding;

/// <summary>
/// The n-grams ML.NET's <c>FeaturizeText</c> makes of a folded message (<see cref="MessageFolding"/>) as the
/// training pipeline configures it (src/Kiosk.Training/ClassifierTrainer.cs), rebuilt without ML.NET so that the
/// bot runs the trained models on its own (<see cref="TextClassifier"/>):
/// <list type="number">
/// <item>text normalizing with punctuation dropped (<c>char.IsPunctuation</c>, nothing put in its place), case,
/// diacritics and numbers kept;</item>
/// <item>words: the normalized text split at spaces, empty pieces skipped; word 1- and 2-grams of consecutive words;</item>
/// <item>characters: the whole normalized text between a start (U+0002) and an end marker (U+0003), spaces
/// included; character 1- to 4-grams at every position;</item>
/// <item>each n-gram counted (term frequency); the character and the word part are each L2-normalized on their own, over the
/// n-grams of the model's whole training dictionary (before rare ones were dropped) — that part is in <see cref="TextClassifier"/>.</item>
/// </list>
/// A character n-gram is a key of its UTF-16 units packed 16 bits each, first unit highest (no unit is 0, so
/// lengths cannot meet); a word n-gram is a key of word numbers (<see cref="WordKey"/>).
/// </summary>
public static class TextNgrams
{
    /// <summary>Words per word n-gram, at most.</summary>
    public const int WordLength = 2;

    /// <summary>Characters per character n-gram, at most.</summary>
    public const int CharLength = 4;

    /// <summary>ML.NET's start-of-text marker before the characters.</summary>
    public const char StartMarker = '\u0002';

    /// <summary>ML.NET's end-of-text marker after the characters.</summary>
    public const char EndMarker = '\u0003';

    /// <summary>ML.NET's text normalizing as configured: punctuation left out, everything else kept. Returns the length written.</summary>
    public static int Normalize(ReadOnlySpan<char> folded, Span<char> normalized)
    {
        var length = 0;
        foreach (var c in folded)
        {
            if (!char.IsPunctuation(c))
            {
                normalized[length++] = c;
            }
        }

        return length;
    }

    /// <summary>The most character n-grams a normalized text of <paramref name="length"/> characters has.</summary>
    public static int MaxCharKeys(int length) => length == 0 ? 0 : CharLength * (length + 2);

    /// <summary>
    /// Writes the key of every character n-gram of a normalized text (one per occurrence, in ML.NET's order) and
    /// returns how many; <paramref name="keys"/> holds at least <see cref="MaxCharKeys"/>. None for an empty text.
    /// </summary>
    public static int CharKeys(ReadOnlySpan<char> normalized, Span<ulong> keys)
    {
        if (normalized.IsEmpty)
        {
            return 0;
        }

        var count = 0;
        var total = normalized.Length + 2;
        for (var start = 0; start < total; start++)
        {
            ulong key = 0;
            for (var length = 1; length <= CharLength && start + length <= total; length++)
            {
                var position = start + length - 1;
                var c = position == 0 ? StartMarker : position == total - 1 ? EndMarker : normalized[position - 1];
                if (c == '\0')
                {
                    break; // ML.NET's "missing" key: no n-gram through it is in a dictionary
                }

                key |= (ulong)c << (16 * (CharLength - length));
                keys[count++] = key;
            }
        }

        return count;
    }

    /// <summary>The key of a character n-gram (1 to <see cref="CharLength"/> characters, none of them U+0000).</summary>
    public static ulong CharKey(ReadOnlySpan<char> chars)
    {
        ulong key = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            key |= (ulong)chars[i] << (16 * (CharLength - 1 - i));
        }

        return key;
    }

    /// <summary>The characters of a character n-gram key.</summary>
    public static string CharsOf(ulong key)
    {
        Span<char> chars = stackalloc char[CharLength];
        var length = 0;
        for (var i = 0; i < CharLength && (char)(key >> (16 * (CharLength - 1 - i))) is var c and not '\0'; i++)
        {
            chars[length++] = c;
        }

        return new string(chars[..length]);
    }

    /// <summary>
    /// Writes where each word of a normalized text is (ML.NET's word tokenizer: split at spaces, empty pieces
    /// skipped) and returns how many; <paramref name="words"/> holds at least half the text's length plus one.
    /// </summary>
    public static int Words(ReadOnlySpan<char> normalized, Span<Range> words)
    {
        var count = 0;
        foreach (var range in normalized.Split(' '))
        {
            if (range.End.Value > range.Start.Value)
            {
                words[count++] = range;
            }
        }

        return count;
    }

    /// <summary>
    /// The key of a word unigram (<paramref name="second"/> 0) or bigram, from word numbers (1 and up; 0 is a word
    /// the dictionary does not know, which makes no n-gram, as ML.NET's unknown key).
    /// </summary>
    public static ulong WordKey(int first, int second = 0) => second == 0 ? (ulong)(uint)first : ((ulong)(uint)first << 32) | (uint)second;
}
