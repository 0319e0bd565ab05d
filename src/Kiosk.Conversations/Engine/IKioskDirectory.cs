using Kiosk.Domain;
using Kiosk.Domain.Broadcasts;

using Kiosk.Domain.Advice;
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

    /// <summary>The matches a member translates in now.</summary>
    IReadOnlyList<Match> InterpretedBy(long memberId) => [];

    /// <summary>Open help requests of a category that nobody was found for yet (no waiting or accepted match).</summary>
    IReadOnlyList<HelpRequest> WaitingRequests(string category, Instant now, DateTimeZone zone);

    /// <summary>How many times each newcomer was asked since <paramref name="since"/> (for fairness); absent = never.</summary>
    IReadOnlyDictionary<long, int> AskedSince(Instant since);

    /// <summary>A coordinator invite by its code.</summary>
    CoordinatorInvite? Invite(string code);

    /// <summary>An announcement by id.</summary>
    Broadcast? Broadcast(string id);

    /// <summary>Announcements that wait for their time or are being sent.</summary>
    IReadOnlyList<Broadcast> OpenBroadcasts();

    /// <summary>How many people of each language an announcement to <paramref name="audience"/> would reach now.</summary>
    IReadOnlyDictionary<string, int> AudienceLanguages(Audience audience);

    /// <summary>Everything the team's figures are counted from, without personal data (read in one pass per collection).</summary>
    Domain.Figures.KioskFacts Facts(DateTimeZone zone);

    /// <summary>Members who joined the kiosk team through an invite (configured coordinators come from the options).</summary>
    IReadOnlyList<Member> Coordinators();

    /// <summary>All offers of one member.</summary>
    IReadOnlyList<Offer> OffersOf(long memberId);

    /// <summary>Offers waiting for a coordinator's approval, oldest first.</summary>
    IReadOnlyList<Offer> WaitingOffers();

    /// <summary>A report by id.</summary>
    Report? Report(string id);

    /// <summary>Reports no coordinator dealt with yet, oldest first.</summary>
    IReadOnlyList<Report> OpenReports();


    /// <summary>One record of a flow built as a unit, or null.</summary>
    T? Record<T>(Units.StoredKind<T> kind, string id) where T : class, Units.IStoredRecord => null;

    /// <summary>Every record of one kind (for the team: wording suggestions).</summary>
    IReadOnlyList<Units.IStoredRecord> AllRecords(Units.StoredKind kind) => [];

    /// <summary>The bot's last text messages to a chat, newest first, with their outbox ids.</summary>
    IReadOnlyList<(long Id, string Text)> SentTo(long chatId, int count) => [];

    /// <summary>A member's records of one kind (for /mydata).</summary>
    IReadOnlyList<Units.IStoredRecord> RecordsOf(Units.StoredKind kind, long memberId) => [];

    /// <summary>An advice request by id.</summary>
    AdviceRequest? Advice(string id);

    /// <summary>Advice requests nobody took yet, oldest first.</summary>
    IReadOnlyList<AdviceRequest> OpenAdvice();

    /// <summary>The advice requests of one member.</summary>
    IReadOnlyList<AdviceRequest> AdviceOf(long memberId);

    /// <summary>A kiosk event by id (also a cancelled or past one).</summary>
    KioskEvent? Event(string id);

    /// <summary>Kiosk events that are planned and start after <paramref name="now"/> (local time), soonest first.</summary>
    IReadOnlyList<KioskEvent> UpcomingEvents(LocalDateTime now);

    /// <summary>The reports a member made.</summary>
    IReadOnlyList<Report> ReportsBy(long memberId);

    /// <summary>The copies of announcements that went (or go) to one chat.</summary>
    IReadOnlyList<BroadcastDelivery> DeliveriesTo(long chatId);

    /// <summary>Kiosk events a member asked to be reminded of (or was reminded of).</summary>
    IReadOnlyList<KioskEvent> EventsRemindingOf(long memberId);
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
    public IReadOnlyDictionary<long, int> AskedSince(Instant since) => new Dictionary<long, int>();

    /// <inheritdoc />
    public CoordinatorInvite? Invite(string code) => null;

    /// <inheritdoc />
    public Broadcast? Broadcast(string id) => null;

    /// <inheritdoc />
    public IReadOnlyList<Broadcast> OpenBroadcasts() => [];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, int> AudienceLanguages(Audience audience) => new Dictionary<string, int>();

    /// <inheritdoc />
    public Domain.Figures.KioskFacts Facts(DateTimeZone zone) => Domain.Figures.KioskFacts.None;

    /// <inheritdoc />
    public IReadOnlyList<Member> Coordinators() => [];

    /// <inheritdoc />
    public IReadOnlyList<Offer> OffersOf(long memberId) => [];

    /// <inheritdoc />
    public IReadOnlyList<Offer> WaitingOffers() => [];

    /// <inheritdoc />
    public Report? Report(string id) => null;

    /// <inheritdoc />
    public IReadOnlyList<Report> OpenReports() => [];


    /// <inheritdoc />
    public AdviceRequest? Advice(string id) => null;

    /// <inheritdoc />
    public IReadOnlyList<AdviceRequest> OpenAdvice() => [];

    /// <inheritdoc />
    public IReadOnlyList<AdviceRequest> AdviceOf(long memberId) => [];

    /// <inheritdoc />
    public KioskEvent? Event(string id) => null;

    /// <inheritdoc />
    public IReadOnlyList<KioskEvent> UpcomingEvents(LocalDateTime now) => [];

    /// <inheritdoc />
    public IReadOnlyList<Report> ReportsBy(long memberId) => [];

    /// <inheritdoc />
    public IReadOnlyList<BroadcastDelivery> DeliveriesTo(long chatId) => [];

    /// <inheritdoc />
    public IReadOnlyList<KioskEvent> EventsRemindingOf(long memberId) => [];
}
