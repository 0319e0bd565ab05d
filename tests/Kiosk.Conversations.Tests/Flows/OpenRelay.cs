using Kiosk.Conversations.Tests.Engine;
using Kiosk.Domain;
using Kiosk.Domain.Matching;

namespace Kiosk.Conversations.Tests.Flows;

/// <summary>
/// The people of the relay tests: Amina (Arabic, newcomer, bike repair) and Lena (German, neighbour) in an accepted
/// match, Jonas (English) on the team.
/// </summary>
internal static class OpenRelay
{
    public const long Coordinator = 1001;
    public const long Newcomer = 2002;
    public const long Neighbour = 3003;
    public const string MatchId = "match0000001";
    public const string RequestId = "request00001";

    public static KnownPeople People(bool relayOpen = true, bool shared = false, string newcomerLanguage = "ar")
    {
        var people = new KnownPeople()
            .With(new Member { Id = Coordinator, FirstName = "Jonas", Language = "en" })
            .With(new Member { Id = Newcomer, FirstName = "Amina", Language = newcomerLanguage })
            .With(new Member { Id = Neighbour, FirstName = "Lena", Language = "de" })
            .With(new Offer
            {
                Id = "offer0000001", MemberId = Newcomer, Category = "bikes", District = "ottensen", Status = OfferStatus.Active,
                Availability = WeeklyAvailability.Always,
            })
            .With(new Match
            {
                Id = MatchId, OfferId = "offer0000001", RequestId = RequestId, NeighbourId = Neighbour, NewcomerId = Newcomer,
                Status = MatchStatus.Accepted, RelayOpen = relayOpen, NeighbourShares = shared, NewcomerShares = shared,
            });
        people.Requests[RequestId] = new HelpRequest
        {
            Id = RequestId, MemberId = Neighbour, Category = "bikes", District = "ottensen", When = HelpTime.Flexible, Language = "de", CreatedAt = ChatFlow.Now,
        };
        return people;
    }
}
