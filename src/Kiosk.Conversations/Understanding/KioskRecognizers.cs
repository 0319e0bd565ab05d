using Kiosk.Conversations.Localization;

namespace Kiosk.Conversations.Understanding;

/// <summary>All recognizers over the catalogs' word lists, built once.</summary>
public sealed class KioskRecognizers
{
    /// <summary>Builds them from the catalogs.</summary>
    public KioskRecognizers(Catalogs catalogs)
    {
        var lexicons = new Lexicons(catalogs);
        Category = new CategoryRecognizer(lexicons);
        When = new WhenRecognizer(lexicons);
        District = new DistrictRecognizer(lexicons);
        Price = new PriceRecognizer(lexicons);
        Availability = new AvailabilityRecognizer(lexicons);
        QuickRequest = new QuickRequestReader(Category, When, District, Price);
    }

    /// <summary>Category of help.</summary>
    public CategoryRecognizer Category { get; }

    /// <summary>When help is needed.</summary>
    public WhenRecognizer When { get; }

    /// <summary>District.</summary>
    public DistrictRecognizer District { get; }

    /// <summary>Price.</summary>
    public PriceRecognizer Price { get; }

    /// <summary>A newcomer's weekly availability.</summary>
    public AvailabilityRecognizer Availability { get; }

    /// <summary>Everything at once, for quick requests.</summary>
    public QuickRequestReader QuickRequest { get; }
}
