using Kiosk.Domain;
using Kiosk.Domain.Broadcasts;

namespace Kiosk.Storage;

/// <summary>Reads the people an announcement goes to: members with what they offer and ask for, filtered by the audience rules.</summary>
public static class AudienceReader
{
    /// <summary>The members that <paramref name="audience"/> reaches now.</summary>
    public static IReadOnlyList<Member> Select(KioskDatabase database, Audience audience)
    {
        // Offers and help requests are read only when the audience asks about them ("everyone" and a language do not):
        // with 100,000 people that halves the time of the desk's "who gets which version".
        var needsOffers = audience.Kind is AudienceKind.Newcomers or AudienceKind.District or AudienceKind.Category;
        var needsRequests = audience.Kind is AudienceKind.Neighbours or AudienceKind.District;
        var offers = (needsOffers ? database.Offers.FindAll() : []).ToLookup(offer => offer.MemberId);
        var requests = (needsRequests ? database.Requests.FindAll() : []).ToLookup(request => request.MemberId);
        return database.Members.FindAll()
            .Where(member => Recipients.Includes(audience, new Person(
                member,
                offers[member.Id].Select(offer => offer.Category).ToHashSet(),
                offers[member.Id].Select(offer => offer.District).ToHashSet(),
                requests[member.Id].Select(request => request.District).ToHashSet(),
                requests[member.Id].Any())))
            .ToList();
    }
}
