using System.Globalization;
using System.Text.RegularExpressions;
using Kiosk.Domain;

namespace Kiosk.Conversations.Understanding;

/// <summary>
/// Reads a price: free, exchange, or an amount in euros per hour or per job ("15€/h", "15 Euro",
/// "п'ятнадцять євро", "ساعتی ۲۰ یورو"). Digits and number words of every language count.
/// </summary>
public sealed partial class PriceRecognizer(Lexicons lexicons)
{
    /// <summary>
    /// The price in the text, or null. With <paramref name="needsCurrency"/> an amount counts only next to
    /// a currency word (in a whole message "15" may be a floor); answering "what does it cost?" it need not.
    /// </summary>
    public Price? Recognize(string text, string language, bool needsCurrency)
    {
        var normalized = TextNormalizer.Normalize(text);
        var lexiconsInOrder = lexicons.InOrderFor(language).ToList();
        bool Says(string key) => lexiconsInOrder.Any(lexicon => Lexicon.AnyIn(normalized, lexicon.Price[key]));

        var currencies = lexiconsInOrder.SelectMany(lexicon => lexicon.Price["currency_words"]).Distinct().ToList();
        var amount = AmountNextToCurrency(normalized, currencies, lexiconsInOrder) ?? (needsCurrency ? null : Amount(normalized, lexiconsInOrder));
        if (amount is { } euros && euros > 0)
        {
            var perHour = Says("per_hour_words") || PerHourSign().IsMatch(normalized);
            return Price.Paid(euros, perHour);
        }

        if (Says("free_words"))
        {
            return Price.Free;
        }

        return Says("exchange_words") ? Price.Exchange : null;
    }

    // "15 euro", "€ 15", "ساعتی ۲۰ یورو": the number right before or after a currency word.
    private static decimal? AmountNextToCurrency(string normalized, IReadOnlyList<string> currencies, IReadOnlyList<Lexicon> lexicons)
    {
        var words = PhraseMatcher.Words(normalized).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (!currencies.Any(currency => words[i].StartsWith(currency, StringComparison.Ordinal) || PhraseMatcher.Contains(' ' + words[i] + ' ', currency)))
            {
                continue;
            }

            foreach (var neighbour in new[] { i - 1, i + 1, i - 2 })
            {
                if (neighbour >= 0 && neighbour < words.Count && Amount(' ' + words[neighbour] + ' ', lexicons) is { } amount)
                {
                    return amount;
                }
            }
        }

        return null;
    }

    private static decimal? Amount(string normalized, IReadOnlyList<Lexicon> lexicons)
    {
        var digits = Digits().Match(normalized);
        if (digits.Success)
        {
            return decimal.Parse(digits.Groups[1].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
        }

        foreach (var word in PhraseMatcher.Words(normalized))
        {
            foreach (var lexicon in lexicons)
            {
                if (lexicon.Numbers.TryGetValue(word, out var value))
                {
                    return value;
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<![\d.])(\d{1,4}(?:[.,]\d{1,2})?)(?![\d.:])")]
    private static partial Regex Digits();

    [GeneratedRegex(@"/\s?(h|std|stunde|hour|ч|час|ساعت|saat)")]
    private static partial Regex PerHourSign();
}
