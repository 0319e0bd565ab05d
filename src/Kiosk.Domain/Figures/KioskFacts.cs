using Kiosk.Domain.Broadcasts;
using Kiosk.Domain.Matching;
using NodaTime;

namespace Kiosk.Domain.Figures;

/// <summary>A member as the figures see them: an id and a language, nothing personal.</summary>
public sealed record MemberFact(long Id, string Language)
{
    /// <summary>The fact of a stored member.</summary>
    public static MemberFact Of(Member member) => new(member.Id, member.Language);
}

/// <summary>An offer without its words: ids, category, district, status and date.</summary>
public sealed record OfferFact(string Id, long MemberId, string Category, string District, OfferStatus Status, Instant CreatedAt)
{
    /// <summary>The fact of a stored offer.</summary>
    public static OfferFact Of(Offer offer) => new(offer.Id, offer.MemberId, offer.Category, offer.District, offer.Status, offer.CreatedAt);
}

/// <summary>A help request without its words: ids, category, district, status, when it was saved and when it closes.</summary>
public sealed record RequestFact(string Id, long MemberId, string Category, string District, HelpRequestStatus Status, Instant CreatedAt, Instant ClosesAt)
{
    /// <summary>The fact of a stored help request; its closing time depends on the kiosk's zone.</summary>
    public static RequestFact Of(HelpRequest request, DateTimeZone zone) =>
        new(request.Id, request.MemberId, request.Category, request.District, request.Status, request.CreatedAt, request.ClosesAt(zone));
}

/// <summary>A match without names, usernames, phone numbers or comments; the stars each side gave (1-5), if any.</summary>
public sealed record MatchFact(string RequestId, MatchStatus Status, Instant AskedAt, bool Rated, int? NeighbourStars = null, int? NewcomerStars = null)
{
    /// <summary>The fact of a stored match; rated means either side gave 1-5 stars.</summary>
    public static MatchFact Of(Match match) =>
        new(match.RequestId, match.Status, match.AskedAt, Stars(match.NeighbourRating) is not null || Stars(match.NewcomerRating) is not null,
            Stars(match.NeighbourRating), Stars(match.NewcomerRating));

    private static int? Stars(int? rating) => rating is >= 1 and <= 5 ? rating : null;

    /// <summary>True when the newcomer said yes at some point (a closed or rated match was accepted first).</summary>
    public bool WasAccepted => Status is MatchStatus.Accepted or MatchStatus.Ended || Rated;

    /// <summary>True when the help happened: the chat was closed after a yes, or someone gave stars.</summary>
    public bool IsCompleted => Status == MatchStatus.Ended || Rated;
}

/// <summary>An announcement's status and delivered count, without its texts.</summary>
public sealed record BroadcastFact(BroadcastStatus Status, int Sent)
{
    /// <summary>The fact of a stored announcement.</summary>
    public static BroadcastFact Of(Broadcast broadcast) => new(broadcast.Status, broadcast.Sent);
}

/// <summary>Everything the kiosk's figures are counted from, with no personal data in it.</summary>
public sealed record KioskFacts(
    IReadOnlyList<MemberFact> Members,
    IReadOnlyList<OfferFact> Offers,
    IReadOnlyList<RequestFact> Requests,
    IReadOnlyList<MatchFact> Matches,
    IReadOnlyList<BroadcastFact> Broadcasts)
{
    /// <summary>A kiosk with nothing in it yet.</summary>
    public static readonly KioskFacts None = new([], [], [], [], []);
}
