using Kiosk.Domain;
using Kiosk.Domain.Coordination;
using Kiosk.Domain.Info;
using Kiosk.Domain.Matching;
using NodaTime;

namespace Kiosk.Conversations.Engine;

/// <summary>
/// What a turn may read about other people: offers to match, the other side of a match. Storage answers
/// inside the turn's transaction; the turn writes only through its result.
/// </summary>
public interface IKioskDirectory
{
    /// <summary>Active offers of one category.</summary>
    IReadOnlyList<Offer> ActiveOffers(string category);

    /// <summary>A member by id.</summary>
    Member? Member(long id);

    /// <summary>An offer by id.</summary>
    Offer? Offer(string id);

    /// <summary>A help request by id.</summary>
    HelpRequest? Request(string id);

    /// <summary>A match by id.</summary>
    Match? Match(string id);

    /// <summary>The matches of one help request.</summary>
    IReadOnlyList<Match> MatchesOfRequest(string requestId);

    /// <summary>The matches a member takes part in (either side).</summary>
    IReadOnlyList<Match> MatchesOf(long memberId);

    /// <summary>Open help requests of a category that nobody was found for yet (no waiting or accepted match).</summary>
    IReadOnlyList<HelpRequest> WaitingRequests(string category, Instant now, DateTimeZone zone);

    /// <summary>How many times a newcomer was asked since <paramref name="since"/> (for fairness).</summary>
    int AskedSince(long newcomerId, Instant since);

    /// <summary>A coordinator invite by its code.</summary>
    CoordinatorInvite? Invite(string code);

    /// <summary>A kiosk event by id (also a cancelled or past one).</summary>
    KioskEvent? Event(string id);

    /// <summary>Kiosk events that are planned and start after <paramref name="now"/> (local time), soonest first.</summary>
    IReadOnlyList<KioskEvent> UpcomingEvents(LocalDateTime now);
}

/// <summary>A directory that knows nobody, for turns that need none.</summary>
public sealed class EmptyDirectory : IKioskDirectory
{
    /// <summary>The one instance.</summary>
    public static readonly EmptyDirectory Instance = new();

    /// <inheritdoc />
    public IReadOnlyList<Offer> ActiveOffers(string category) => [];

    /// <inheritdoc />
    public Member? Member(long id) => null;

    /// <inheritdoc />
    public Offer? Offer(string id) => null;

    /// <inheritdoc />
    public HelpRequest? Request(string id) => null;

    /// <inheritdoc />
    public Match? Match(string id) => null;

    /// <inheritdoc />
    public IReadOnlyList<Match> MatchesOfRequest(string requestId) => [];

    /// <inheritdoc />
    public IReadOnlyList<Match> MatchesOf(long memberId) => [];

    /// <inheritdoc />
    public IReadOnlyList<HelpRequest> WaitingRequests(string category, Instant now, DateTimeZone zone) => [];

    /// <inheritdoc />
    public int AskedSince(long newcomerId, Instant since) => 0;

    /// <inheritdoc />
    public CoordinatorInvite? Invite(string code) => null;

    /// <inheritdoc />
    public KioskEvent? Event(string id) => null;

    /// <inheritdoc />
    public IReadOnlyList<KioskEvent> UpcomingEvents(LocalDateTime now) => [];
}
