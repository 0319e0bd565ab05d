using Kiosk.Conversations.Localization;

namespace Kiosk.Conversations.Understanding;

/// <summary>All recognizers: the catalogs' word lists and the trained classifiers, built once.</summary>
public sealed class KioskRecognizers
{
    /// <summary>Where the trained models are when the bot runs.</summary>
    public static readonly string DefaultModelDirectory = Path.Combine(AppContext.BaseDirectory, "models");

    /// <summary>Builds them from the catalogs and the models in <paramref name="modelDirectory"/> (default: next to the bot).</summary>
    public KioskRecognizers(Catalogs catalogs, string? modelDirectory = null)
    {
        var lexicons = new Lexicons(catalogs);
        var models = modelDirectory ?? DefaultModelDirectory;
        var hints = new CatalogHints(lexicons);
        var ngrams = NgramDictionary.Load(Path.Combine(models, NgramDictionary.FileName));
        Category = new CategoryRecognizer(TextClassifier.Load(Path.Combine(models, ModelFiles.Category), hints, ngrams));
        Intent = new IntentRecognizer(TextClassifier.Load(Path.Combine(models, ModelFiles.Intent), hints, ngrams));
        Language = new WrittenLanguage(TextClassifier.Load(Path.Combine(models, ModelFiles.Language), hints, ngrams));
        MessageLanguage = new MessageLanguage(Language);
        When = new WhenRecognizer(lexicons);
        District = new DistrictRecognizer(lexicons);
        Price = new PriceRecognizer(lexicons);
        Availability = new AvailabilityRecognizer(lexicons);
        QuickRequest = new QuickRequestReader(Category, Intent, Language, When, District, Price);
    }

    /// <summary>Category of help.</summary>
    public CategoryRecognizer Category { get; }

    /// <summary>Offer or request.</summary>
    public IntentRecognizer Intent { get; }

    /// <summary>The language a message is written in.</summary>
    public WrittenLanguage Language { get; }

    /// <summary>The language of a message between two people (the note on a relayed message).</summary>
    public MessageLanguage MessageLanguage { get; }

    /// <summary>When help is needed.</summary>
    public WhenRecognizer When { get; }

    /// <summary>District.</summary>
    public DistrictRecognizer District { get; }

    /// <summary>Price.</summary>
    public PriceRecognizer Price { get; }

    /// <summary>A newcomer's weekly availability.</summary>
    public AvailabilityRecognizer Availability { get; }

    /// <summary>Everything at once, for quick messages.</summary>
    public QuickRequestReader QuickRequest { get; }
}

/// <summary>The file names of the three classifiers the bot ships (written by the training command, next to <see cref="NgramDictionary.FileName"/>).</summary>
public static class ModelFiles
{
    /// <summary>Category of help.</summary>
    public const string Category = "category.bin";

    /// <summary>Offer or request.</summary>
    public const string Intent = "intent.bin";

    /// <summary>Written language.</summary>
    public const string Language = "language.bin";
}
