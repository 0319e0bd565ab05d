using System.Globalization;
using System.Text;

namespace Kiosk.Conversations.Understanding;

/// <summary>
/// Makes messages and word lists comparable: lower case, no accents or Arabic vowel marks, one form of
/// letters that people type in several ways (Arabic and Persian yeh and kaf, alef with hamza, ё, Turkish
/// and German special letters typed plainly), punctuation as spaces, a space at both ends.
/// </summary>
public static class TextNormalizer
{
    /// <summary>The normalized form, padded with one space on each side so that " word" finds a word start.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append(' ');
        foreach (var c in text.ToLowerInvariant())
        {
            var mapped = Map(c);
            if (mapped is null)
            {
                continue;
            }

            foreach (var m in mapped)
            {
                if (m == ' ' && builder[^1] == ' ')
                {
                    continue;
                }

                builder.Append(m);
            }
        }

        if (builder[^1] != ' ')
        {
            builder.Append(' ');
        }

        return builder.ToString();
    }

    private static string? Map(char c) => c switch
    {
        // Arabic vowel marks, tatweel and direction marks carry no meaning for matching.
        >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640' or '\u200E' or '\u200F' => null,
        '\u200C' or '\u200D' => " ", // zero-width (non-)joiner inside Persian words
        'أ' or 'إ' or 'آ' or 'ٱ' => "ا",
        'ي' or 'ى' or 'ئ' => "ی",
        'ك' => "ک",
        'ة' => "ه",
        'ؤ' => "و",
        '٠' or '۰' => "0", '١' or '۱' => "1", '٢' or '۲' => "2", '٣' or '۳' => "3", '٤' or '۴' => "4",
        '٥' or '۵' => "5", '٦' or '۶' => "6", '٧' or '۷' => "7", '٨' or '۸' => "8", '٩' or '۹' => "9",
        'ё' => "е",
        'ß' => "ss",
        'ı' => "i",
        '’' or 'ʼ' or '`' or '´' => "'",
        '€' => " € ",
        ':' => ":",
        '/' => "/",
        '-' => "-",
        '.' => ".",
        '\'' => "'",
        _ when char.IsLetterOrDigit(c) => StripAccent(c),
        _ => " ",
    };

    // ä -> a, ç -> c, ğ -> g, é -> e: people often type without them. Cyrillic й and ї keep their marks.
    private static string StripAccent(char c)
    {
        if (c is 'й' or 'ї' or 'і' or 'є' or 'ґ')
        {
            return c.ToString();
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(d => CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark).ToArray();
        return kept.Length == 0 ? c.ToString() : new string(kept);
    }
}
