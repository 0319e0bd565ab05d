using Kiosk.Domain;
using Kiosk.Domain.Broadcasts;

namespace Kiosk.Storage;

/// <summary>Reads the people an announcement goes to: members with what they offer and ask for, filtered by the audience rules.</summary>
public static class AudienceReader
{
    /// <summary>The members that <paramref name="audience"/> reaches now.</summary>
    public static IReadOnlyList<Member> Select(KioskDatabase database, Audience audience)
    {
        var offers = database.Offers.FindAll().ToLookup(offer => offer.MemberId);
        var requests = database.Requests.FindAll().ToLookup(request => request.MemberId);
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
