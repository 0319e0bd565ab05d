namespace Kiosk.Domain;

/// <summary>A district of Hamburg around the kiosk, with a central point and the districts it borders.</summary>
/// <param name="Id">Stable id, e.g. "ottensen".</param>
/// <param name="Latitude">Latitude of its centre.</param>
/// <param name="Longitude">Longitude of its centre.</param>
public sealed record District(string Id, double Latitude, double Longitude);

/// <summary>The districts around the kiosk and which border which; "anywhere" means all of Hamburg.</summary>
public static class Districts
{
    /// <summary>The id for "anywhere in Hamburg".</summary>
    public const string Anywhere = "anywhere";

    /// <summary>Places farther than this from every district centre are not near the kiosk.</summary>
    private const double MaxKilometres = 12;

    /// <summary>The districts, in the order the buttons show them.</summary>
    public static readonly IReadOnlyList<District> All =
    [
        new("altona-altstadt", 53.5497, 9.9443),
        new("altona-nord", 53.5626, 9.9459),
        new("ottensen", 53.5545, 9.9213),
        new("bahrenfeld", 53.5673, 9.9015),
        new("sternschanze", 53.5636, 9.9646),
        new("st-pauli", 53.5511, 9.9644),
        new("eimsbuettel", 53.5747, 9.9580),
        new("othmarschen", 53.5530, 9.8925),
        new("gross-flottbek", 53.5598, 9.8721),
        new("lurup", 53.5902, 9.8770),
        new("osdorf", 53.5664, 9.8469),
        new("stellingen", 53.5905, 9.9290),
        new("nienstedten", 53.5530, 9.8470),
        new("blankenese", 53.5650, 9.8070),
        new("iserbrook", 53.5760, 9.8310),
        new("suelldorf", 53.5800, 9.7980),
        new("rissen", 53.5810, 9.7600),
    ];

    private static readonly (string, string)[] Borders =
    [
        ("altona-altstadt", "ottensen"), ("altona-altstadt", "altona-nord"), ("altona-altstadt", "st-pauli"),
        ("altona-nord", "ottensen"), ("altona-nord", "bahrenfeld"), ("altona-nord", "sternschanze"), ("altona-nord", "eimsbuettel"),
        ("ottensen", "bahrenfeld"), ("ottensen", "othmarschen"),
        ("bahrenfeld", "othmarschen"), ("bahrenfeld", "gross-flottbek"), ("bahrenfeld", "lurup"), ("bahrenfeld", "stellingen"),
        ("sternschanze", "st-pauli"), ("sternschanze", "eimsbuettel"),
        ("eimsbuettel", "stellingen"),
        ("othmarschen", "gross-flottbek"),
        ("gross-flottbek", "osdorf"), ("gross-flottbek", "lurup"),
        ("lurup", "osdorf"), ("lurup", "stellingen"),
        ("nienstedten", "othmarschen"), ("nienstedten", "gross-flottbek"), ("nienstedten", "osdorf"), ("nienstedten", "blankenese"),
        ("blankenese", "osdorf"), ("blankenese", "iserbrook"), ("blankenese", "suelldorf"), ("blankenese", "rissen"),
        ("iserbrook", "osdorf"), ("iserbrook", "suelldorf"),
        ("suelldorf", "osdorf"), ("suelldorf", "rissen"),
    ];

    /// <summary>Every district id plus "anywhere".</summary>
    public static IEnumerable<string> Ids => All.Select(district => district.Id).Append(Anywhere);

    /// <summary>True for a district id or "anywhere".</summary>
    public static bool IsKnown(string? id) => id is not null && Ids.Contains(id);

    private static readonly HashSet<(string, string)> BothWays = [.. Borders, .. Borders.Select(pair => (pair.Item2, pair.Item1))];

    /// <summary>True when the two districts share a border (not for the same district).</summary>
    public static bool Border(string a, string b) => BothWays.Contains((a, b));

    /// <summary>The district whose centre is nearest to a shared location, or null when it is far from the kiosk.</summary>
    public static string? Nearest(double latitude, double longitude)
    {
        var (nearest, kilometres) = All.Select(district => (district.Id, Kilometres(latitude, longitude, district.Latitude, district.Longitude))).MinBy(pair => pair.Item2);
        return kilometres <= MaxKilometres ? nearest : null;
    }

    // Haversine distance on a sphere of the earth's mean radius.
    private static double Kilometres(double lat1, double lon1, double lat2, double lon2)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * 6371 * Math.Asin(Math.Sqrt(a));
    }
}
