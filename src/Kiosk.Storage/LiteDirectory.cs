using Kiosk.Conversations.Engine;
using Kiosk.Domain;
using Kiosk.Domain.Coordination;
using Kiosk.Domain.Info;
using Kiosk.Domain.Matching;
using NodaTime;

namespace Kiosk.Storage;

/// <summary>The directory a turn reads from, answered from LiteDB inside the turn's transaction.</summary>
public sealed class LiteDirectory(KioskDatabase database) : IKioskDirectory
{
    /// <inheritdoc />
    public IReadOnlyList<Offer> ActiveOffers(string category) =>
        database.Offers.Find(offer => offer.Category == category).Where(offer => offer.Status == OfferStatus.Active).ToList();

    /// <inheritdoc />
    public Member? Member(long id) => database.Members.FindById(id);

    /// <inheritdoc />
    public Offer? Offer(string id) => database.Offers.FindById(id);

    /// <inheritdoc />
    public HelpRequest? Request(string id) => database.Requests.FindById(id);

    /// <inheritdoc />
    public Match? Match(string id) => database.Matches.FindById(id);

    /// <inheritdoc />
    public IReadOnlyList<Match> MatchesOfRequest(string requestId) => database.Matches.Find(match => match.RequestId == requestId).ToList();

    /// <inheritdoc />
    public IReadOnlyList<Match> MatchesOf(long memberId) =>
        database.Matches.Find(match => match.NeighbourId == memberId).Concat(database.Matches.Find(match => match.NewcomerId == memberId)).ToList();

    /// <inheritdoc />
    public IReadOnlyList<HelpRequest> WaitingRequests(string category, Instant now, DateTimeZone zone) =>
        database.Requests.Find(request => request.Category == category && request.Status == HelpRequestStatus.Open)
            .Where(request => request.IsOpen(now, zone))
            .Where(request => !MatchesOfRequest(request.Id).Any(match => match.IsWaiting(now) || match.Status == MatchStatus.Accepted))
            .ToList();

    /// <inheritdoc />
    public int AskedSince(long newcomerId, Instant since) =>
        database.Matches.Find(match => match.NewcomerId == newcomerId).Count(match => match.AskedAt >= since);

    /// <inheritdoc />
    public CoordinatorInvite? Invite(string code) => database.Invites.FindById(code);

    /// <inheritdoc />
    public KioskEvent? Event(string id) => database.Events.FindById(id);

    /// <inheritdoc />
    public IReadOnlyList<KioskEvent> UpcomingEvents(LocalDateTime now) =>
        database.Events.Find(kioskEvent => !kioskEvent.Cancelled).Where(kioskEvent => kioskEvent.IsUpcoming(now)).OrderBy(kioskEvent => kioskEvent.Start).ToList();
}
