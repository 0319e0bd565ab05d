using System.Globalization;

namespace Kiosk.Domain.Matching;

/// <summary>
/// Where the two sides of a match meet, as stored: "kiosk" (the kiosk's own address), or "home:ID" (at the home of one
/// of the two sides). A place in words or a pin passes through the chat as written or as a map.
/// </summary>
public static class MeetingPlace
{
    /// <summary>At the kiosk.</summary>
    public const string Kiosk = "kiosk";

    private const string HomePrefix = "home:";

    /// <summary>At the home of <paramref name="memberId"/>.</summary>
    public static string HomeOf(long memberId) => HomePrefix + memberId.ToString(CultureInfo.InvariantCulture);

    /// <summary>Whose home <paramref name="place"/> is, or null for the kiosk or anything else.</summary>
    public static long? Host(string place) =>
        place.StartsWith(HomePrefix, StringComparison.Ordinal) && long.TryParse(place.AsSpan(HomePrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    /// <summary>True for the kiosk or the home of one of the match's two sides.</summary>
    public static bool IsValid(string place, Match match) => place == Kiosk || Host(place) is { } host && match.Involves(host);
}
