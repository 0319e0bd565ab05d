using Kiosk.Conversations.Engine;
using Kiosk.Domain;
using Kiosk.Domain.Broadcasts;

using Kiosk.Domain.Advice;
using Kiosk.Domain.Coordination;
using Kiosk.Domain.Figures;

using Kiosk.Domain.Info;
using Kiosk.Domain.Matching;
using NodaTime;

namespace Kiosk.Storage;

/// <summary>The directory a turn reads from, answered from LiteDB inside the turn's transaction.</summary>
public sealed class LiteDirectory(KioskDatabase database) : IKioskDirectory
{
    private HashSet<long>? banned;

    /// <inheritdoc />
    public IReadOnlyList<Offer> ActiveOffers(string category) =>
        database.ActiveOffers.Get(category, () => database.Offers.Find(offer => offer.Category == category).Where(offer => offer.Status == OfferStatus.Active))
            .Where(offer => !IsBanned(offer.MemberId)).ToList();

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
    public IReadOnlyList<Match> InterpretedBy(long memberId) => memberId == 0 ? [] : database.Matches.Find(match => match.InterpreterId == memberId).ToList();

    /// <inheritdoc />
    public IReadOnlyList<HelpRequest> WaitingRequests(string category, Instant now, DateTimeZone zone) =>
        // Through the category's index: LiteDB took the status index for both terms, every open request of every category.
        database.Requests.Find(request => request.Category == category)
            .Where(request => request.Status == HelpRequestStatus.Open && request.IsOpen(now, zone) && !IsBanned(request.MemberId))
            .Where(request => !MatchesOfRequest(request.Id).Any(match => match.IsWaiting(now) || match.Status == MatchStatus.Accepted))
            .ToList();

    /// <inheritdoc />
    public IReadOnlyDictionary<long, int> AskedSince(Instant since) =>
        database.Matches.Find(match => match.AskedAt >= since).GroupBy(match => match.NewcomerId).ToDictionary(group => group.Key, group => group.Count());

    /// <inheritdoc />
    public CoordinatorInvite? Invite(string code) => database.Invites.FindById(code);

    /// <inheritdoc />
    public Broadcast? Broadcast(string id) => database.Broadcasts.FindById(id);

    /// <inheritdoc />
    public IReadOnlyList<Broadcast> OpenBroadcasts() =>
        database.Broadcasts.Find(broadcast => broadcast.Status == BroadcastStatus.Scheduled || broadcast.Status == BroadcastStatus.Sending).ToList();

    /// <inheritdoc />
    public IReadOnlyDictionary<string, int> AudienceLanguages(Audience audience) =>
        AudienceReader.Select(database, audience).GroupBy(member => member.Language).ToDictionary(group => group.Key, group => group.Count());

    /// <inheritdoc />
    public KioskFacts Facts(DateTimeZone zone) => new(
        [.. database.Members.FindAll().Select(MemberFact.Of)],
        [.. database.Offers.FindAll().Select(OfferFact.Of)],
        [.. database.Requests.FindAll().Select(request => RequestFact.Of(request, zone))],
        [.. database.Matches.FindAll().Select(MatchFact.Of)],
        [.. database.Broadcasts.Find(broadcast => broadcast.Status == BroadcastStatus.Done || broadcast.Status == BroadcastStatus.Sending).Select(BroadcastFact.Of)]);

    /// <inheritdoc />
    public IReadOnlyList<Member> Coordinators() => database.Members.Find(member => member.Coordinator).ToList();

    /// <inheritdoc />
    public IReadOnlyList<Offer> OffersOf(long memberId) => database.Offers.Find(offer => offer.MemberId == memberId).ToList();

    /// <inheritdoc />
    public IReadOnlyList<Offer> WaitingOffers() =>
        database.Offers.Find(offer => offer.Status == OfferStatus.Waiting).Where(offer => !IsBanned(offer.MemberId)).OrderBy(offer => offer.CreatedAt).ToList();

    /// <inheritdoc />
    public Report? Report(string id) => database.Reports.FindById(id);

    /// <inheritdoc />
    public IReadOnlyList<Report> OpenReports() => database.Reports.Find(report => !report.Handled).OrderBy(report => report.At).ToList();

    // A banned person's offers and requests are left out of matching.
    // One indexed query per turn instead of one member lookup per candidate offer (thousands with 100,000 people stored).
    private bool IsBanned(long memberId) => (banned ??= [.. database.Members.Find(member => member.Banned).Select(member => member.Id)]).Contains(memberId);


    /// <inheritdoc />
    public AdviceRequest? Advice(string id) => database.AdviceRequests.FindById(id);

    /// <inheritdoc />
    public T? Record<T>(Kiosk.Conversations.Engine.Units.StoredKind<T> kind, string id) where T : class, Kiosk.Conversations.Engine.Units.IStoredRecord =>
        StoredRecords.Find(database, kind, id);

    /// <inheritdoc />
    public IReadOnlyList<Kiosk.Conversations.Engine.Units.IStoredRecord> AllRecords(Kiosk.Conversations.Engine.Units.StoredKind kind) => StoredRecords.All(database, kind);

    /// <inheritdoc />
    public IReadOnlyList<(long Id, string Text)> SentTo(long chatId, int count) =>
        database.Outbox.Find(entry => entry.ChatId == chatId)
            .Where(entry => entry.Message.Kind == OutboundKind.Message && entry.Message.Text != null)
            .OrderByDescending(entry => entry.Id).Take(count).Select(entry => (entry.Id, entry.Message.Text!)).ToList();

    /// <inheritdoc />
    public IReadOnlyList<Kiosk.Conversations.Engine.Units.IStoredRecord> RecordsOf(Kiosk.Conversations.Engine.Units.StoredKind kind, long memberId) =>
        StoredRecords.Of(database, kind, memberId);

    /// <inheritdoc />
    public IReadOnlyList<AdviceRequest> OpenAdvice() =>
        database.AdviceRequests.Find(request => request.Status == AdviceStatus.Open).OrderBy(request => request.CreatedAt).ToList();

    /// <inheritdoc />
    public IReadOnlyList<AdviceRequest> AdviceOf(long memberId) => database.AdviceRequests.Find(request => request.MemberId == memberId).ToList();

    /// <inheritdoc />
    public KioskEvent? Event(string id) => database.Events.FindById(id);

    /// <inheritdoc />
    public IReadOnlyList<KioskEvent> UpcomingEvents(LocalDateTime now) =>
        database.Events.Find(kioskEvent => !kioskEvent.Cancelled).Where(kioskEvent => kioskEvent.IsUpcoming(now)).OrderBy(kioskEvent => kioskEvent.Start).ToList();

    /// <inheritdoc />
    public IReadOnlyList<Report> ReportsBy(long memberId) => database.Reports.Find(report => report.ReporterId == memberId).ToList();

    /// <inheritdoc />
    public IReadOnlyList<BroadcastDelivery> DeliveriesTo(long chatId) => database.Deliveries.Find(delivery => delivery.ChatId == chatId).ToList();

    /// <inheritdoc />
    public IReadOnlyList<KioskEvent> EventsRemindingOf(long memberId) =>
        database.Events.FindAll().Where(kioskEvent => kioskEvent.Subscribers.Contains(memberId) || kioskEvent.Reminded.Contains(memberId)).ToList();
}
