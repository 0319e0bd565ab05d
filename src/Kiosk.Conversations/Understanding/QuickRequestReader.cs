using Kiosk.Domain;
using NodaTime;

namespace Kiosk.Conversations.Understanding;

/// <summary>What the bot understood of one message; null for what it did not find.</summary>
/// <param name="Language">The language the message was read in (the one it is written in, when that is clear).</param>
/// <param name="Category">The category classifier's ranked guess.</param>
/// <param name="Intent">Offer or request.</param>
/// <param name="When">Time window or flexible.</param>
/// <param name="District">District id or "anywhere".</param>
/// <param name="Price">A price named with a currency.</param>
public sealed record Understanding(string Language, CategoryGuess Category, IntentGuess Intent, HelpTime? When, string? District, Price? Price)
{
    /// <summary>True when nothing at all was understood.</summary>
    public bool IsEmpty => Category.Best is null && When is null && District is null && Price is null;
}

/// <summary>Reads a quick message ("Brauche Samstag Vormittag Hilfe beim Umzug in Ottensen", "I can cook for parties") into every slot it can fill.</summary>
public sealed class QuickRequestReader(
    CategoryRecognizer categories, IntentRecognizer intents, WrittenLanguage languages, WhenRecognizer times, DistrictRecognizer districts, PriceRecognizer prices)
{
    /// <summary>Reads the message of a person who chose <paramref name="language"/>, at local time <paramref name="now"/>.</summary>
    public Understanding Read(string text, string language, LocalDateTime now)
    {
        var written = languages.Of(text, language);
        return new Understanding(
            written,
            categories.Guess(text),
            intents.Guess(text),
            times.Recognize(text, written, now),
            districts.Recognize(text, written),
            prices.Recognize(text, written, needsCurrency: true));
    }
}
