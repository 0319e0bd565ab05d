using System.Text.RegularExpressions;

namespace Kiosk.Conversations.Localization;

/// <summary>
/// Telegram aligns each line by its first strong letter. A right-to-left line that starts with a
/// slash command, a Latin name, a digit or an emoji would be shown left-to-right, so such lines get a
/// RIGHT-TO-LEFT MARK (supported by every client, unlike the newer isolate marks). Inside right-to-left
/// text the slash of a command is neutral and would jump to the end ("delete/"), so commands get a
/// LEFT-TO-RIGHT MARK in front. Likewise a line of a left-to-right text that starts with an Arabic name
/// (a language, a person) would be shown right-aligned and jumbled, so it gets a LEFT-TO-RIGHT MARK.
/// </summary>
public static partial class Bidi
{
    /// <summary>U+200E LEFT-TO-RIGHT MARK.</summary>
    public const char LeftToRightMark = '\u200E';

    /// <summary>U+200F RIGHT-TO-LEFT MARK.</summary>
    public const char RightToLeftMark = '\u200F';

    /// <summary>
    /// Text a person wrote, inside the bot's own text: FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE, so that German
    /// inside an Arabic message (or the reverse) keeps its own direction and does not reorder what is around it.
    /// Embeddings, overrides and isolates inside the text are dropped, so that it cannot close the isolate early.
    /// </summary>
    public static string Isolate(string text) =>
        $"\u2068{string.Concat(text.Where(c => !Engine.WrittenText.IsDirectionalFormatting(c)))}\u2069";

    /// <summary><paramref name="text"/> without the direction marks this class adds (LRM, RLM).</summary>
    public static string Strip(string text) => text.Replace(LeftToRightMark.ToString(), "", StringComparison.Ordinal).Replace(RightToLeftMark.ToString(), "", StringComparison.Ordinal);

    /// <summary>Prefixes every line of <paramref name="text"/> that does not start right-to-left with an RLM.</summary>
    public static string MarkRightToLeft(string text)
    {
        var lines = SlashCommand().Replace(text, LeftToRightMark + "$0").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length > 0 && !StartsRightToLeft(lines[i]))
            {
                lines[i] = RightToLeftMark + lines[i];
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>Prefixes every line of a left-to-right text that starts with a right-to-left letter with an LRM.</summary>
    public static string MarkLeftToRight(string text)
    {
        if (!text.Any(IsRightToLeftLetter))
        {
            return text;
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (StartsRightToLeft(lines[i]) && lines[i][0] != RightToLeftMark)
            {
                lines[i] = LeftToRightMark + lines[i];
            }
        }

        return string.Join('\n', lines);
    }

    private static bool StartsRightToLeft(string line)
    {
        foreach (var c in line)
        {
            if (c == LeftToRightMark)
            {
                continue;
            }

            if (c == RightToLeftMark || IsRightToLeftLetter(c))
            {
                return true;
            }

            if (char.IsLetterOrDigit(c) || c == '/')
            {
                return false;
            }
        }

        return false;
    }

    // Hebrew, Arabic, Syriac, Thaana, NKo and the Arabic presentation forms.
    private static bool IsRightToLeftLetter(char c) =>
        c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';

    [GeneratedRegex(@"(?<![\w/])/[a-z_]+")]
    private static partial Regex SlashCommand();
}
