using System.Globalization;
using System.Text;

namespace Kiosk.Conversations.Engine;

/// <summary>
/// What people write, made safe to store and show: cut only between text elements (never inside an emoji or a
/// letter with its marks), lone surrogates replaced, names freed of the invisible characters that reorder a card.
/// LiteDB's strict UTF-8 encoder throws on half an emoji, which used to roll back the whole turn.
/// </summary>
public static class WrittenText
{
    /// <summary>The mark put after a cut text.</summary>
    public const string Ellipsis = "…";

    /// <summary>Telegram's longest message text, in UTF-16 units.</summary>
    public const int MaxMessage = 4096;

    /// <summary>
    /// <paramref name="text"/> itself when it has at most <paramref name="max"/> UTF-16 units, else its longest start of whole
    /// text elements (grapheme clusters) that fits, followed by <paramref name="ellipsis"/>.
    /// </summary>
    public static string Cut(string text, int max, string ellipsis = Ellipsis)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        if (text.Length <= max)
        {
            return text;
        }

        var end = 0;
        while (end < text.Length)
        {
            var next = end + StringInfo.GetNextTextElementLength(text, end);
            if (next > max)
            {
                break;
            }

            end = next;
        }

        return text[..end].TrimEnd() + ellipsis;
    }

    /// <summary>Replaces every lone (unpaired) surrogate with U+FFFD; returns the same instance when there is none.</summary>
    // UTF-8 has no form for a lone surrogate: encoding replaces each with U+FFFD and keeps the pairs.
    public static string Repair(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return text;
        }

        var repaired = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));
        return repaired == text ? text : repaired;
    }

    /// <summary>Null stays null; otherwise <see cref="Repair(string)"/>.</summary>
    public static string? RepairOrNull(string? text) => text is null ? null : Repair(text);

    /// <summary>
    /// A person's name as shown on cards and in relayed messages: repaired, without bidi controls, zero-width spaces and
    /// other invisible format characters (the joiners that emoji and Persian spelling need stay), trimmed, at most
    /// <paramref name="max"/> units. Empty when nothing visible is left.
    /// </summary>
    public static string CleanName(string? name, int max = 64)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "";
        }

        var clean = new StringBuilder(name.Length);
        foreach (var character in Repair(name))
        {
            if (!IsHiddenControl(character))
            {
                clean.Append(char.IsControl(character) ? ' ' : character);
            }
        }

        return Cut(clean.ToString().Trim(), max, "");
    }

    // Bidi embeddings, overrides, isolates and marks, the Arabic letter mark, zero-width space and no-break space, word
    // joiner, invisible operators. Not U+200C/U+200D: Persian words and emoji sequences are spelt with them.
    private static bool IsHiddenControl(char character) =>
        character is '\u061C' or '\u200B' or '\u200E' or '\u200F' or '\uFEFF' or (>= '\u2060' and <= '\u206F') || IsDirectionalFormatting(character);

    /// <summary>Bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): what can reorder the text around them.</summary>
    public static bool IsDirectionalFormatting(char character) => character is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

}
