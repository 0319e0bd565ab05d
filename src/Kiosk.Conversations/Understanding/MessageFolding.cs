using System.Globalization;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fa;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Kiosk.Conversations.Understanding;

/// <summary>
/// The form of a message the classifiers read, made by Lucene's analyzers: words split by Unicode rules,
/// lower case, Arabic and Persian letter forms and vowel marks unified (ArabicNormalizationFilter,
/// PersianNormalizationFilter), accents folded ("Fahrräder" and "fahrrader", "çocuğum" and "cocugum" meet:
/// ASCIIFoldingFilter), every kind of decimal digit written as 0-9, and no "word" longer than 40 letters (LengthFilter). Only the first
/// <see cref="MaxCharacters"/> characters are read: the kind of help is said early, and a 5,000-character
/// message must cost no more than a short one.
/// </summary>
public static class MessageFolding
{
    /// <summary>Longer words are left out.</summary>
    public const int MaxWordLength = 40;

    /// <summary>How much of a message is read.</summary>
    public const int MaxCharacters = 600;

    private static readonly Analyzer Analyzer = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer);
        stream = new ArabicNormalizationFilter(stream);
        stream = new PersianNormalizationFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        // A "word" longer than any real one (keyboard mashing, "aaaa…", a pasted link) would outweigh every real word.
        stream = new LengthFilter(LuceneVersion.LUCENE_48, stream, 1, MaxWordLength);
        return new TokenStreamComponents(tokenizer, stream);
    });

    /// <summary>The words of the message, folded, separated by single spaces; empty when it has none (emoji only).</summary>
    public static string Fold(string text)
    {
        var input = AsciiDigits(text.Length > MaxCharacters ? text[..MaxCharacters] : text);
        var folded = new StringBuilder(input.Length);
        using var stream = Analyzer.GetTokenStream("text", input);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (folded.Length > 0)
            {
                folded.Append(' ');
            }

            folded.Append(term.Buffer, 0, term.Length);
        }

        stream.End();
        return folded.ToString();
    }

    // Arabic-Indic, Persian and any other decimal digits as 0-9, from the Unicode data .NET carries.
    private static string AsciiDigits(string text)
    {
        if (!text.Any(c => c > '\u007f' && char.IsDigit(c)))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] > '\u007f' && CharUnicodeInfo.GetDecimalDigitValue(chars[i]) is var digit and >= 0)
            {
                chars[i] = (char)('0' + digit);
            }
        }

        return new string(chars);
    }
}
