using Kiosk.Domain;
using NodaTime;

namespace Kiosk.Conversations.Understanding;

/// <summary>What the bot understood of one message; null for what it did not find.</summary>
/// <param name="Language">The language the message was read in.</param>
/// <param name="Category">Category id.</param>
/// <param name="When">Time window or flexible.</param>
/// <param name="District">District id or "anywhere".</param>
/// <param name="Price">A price named with a currency.</param>
public sealed record Understanding(string Language, string? Category, HelpTime? When, string? District, Price? Price)
{
    /// <summary>True when nothing at all was understood.</summary>
    public bool IsEmpty => Category is null && When is null && District is null && Price is null;
}

/// <summary>Reads a quick request ("Brauche Samstag Vormittag Hilfe beim Umzug in Ottensen") into every slot it can fill.</summary>
public sealed class QuickRequestReader(CategoryRecognizer categories, WhenRecognizer times, DistrictRecognizer districts, PriceRecognizer prices)
{
    /// <summary>Builds a reader over the catalogs' word lists.</summary>
    public static QuickRequestReader Create(Lexicons lexicons) =>
        new(new CategoryRecognizer(lexicons), new WhenRecognizer(lexicons), new DistrictRecognizer(lexicons), new PriceRecognizer(lexicons));

    /// <summary>Reads the message as written in <paramref name="language"/> at local time <paramref name="now"/>.</summary>
    public Understanding Read(string text, string language, LocalDateTime now) => new(
        language,
        categories.Recognize(text, language),
        times.Recognize(text, language, now),
        districts.Recognize(text, language),
        prices.Recognize(text, language, needsCurrency: true));
}
