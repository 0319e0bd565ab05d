using Kiosk.Conversations.Engine;
using Kiosk.Domain;
using Kiosk.Domain.Coordination;
using Kiosk.Domain.Matching;
using NodaTime;

namespace Kiosk.Conversations.Tests.Engine;

/// <summary>A directory that knows the people, offers, matches and reports a test puts in (storage is tested apart).</summary>
public sealed class KnownPeople : IKioskDirectory
{
    public Dictionary<long, Member> Members { get; } = [];

    public Dictionary<string, Offer> Offers { get; } = [];

    public Dictionary<string, HelpRequest> Requests { get; } = [];

    public Dictionary<string, Match> Matches { get; } = [];

    public Dictionary<string, Report> Reports { get; } = [];

    /// <summary>Records of flows built as units, as a store would keep them (by id).</summary>
    public Dictionary<string, Kiosk.Conversations.Engine.Units.IStoredRecord> Records { get; } = [];

    public T? Record<T>(Kiosk.Conversations.Engine.Units.StoredKind<T> kind, string id) where T : class, Kiosk.Conversations.Engine.Units.IStoredRecord =>
        Records.GetValueOrDefault(id) as T;

    public IReadOnlyList<Kiosk.Conversations.Engine.Units.IStoredRecord> AllRecords(Kiosk.Conversations.Engine.Units.StoredKind kind) =>
        Records.Values.Where(record => record.GetType() == kind.RecordType).ToList();

    /// <summary>What the bot sent, as the outbox would keep it (id, chat, text), newest last.</summary>
    public List<(long Id, long ChatId, string Text)> Sent { get; } = [];

    public IReadOnlyList<(long Id, string Text)> SentTo(long chatId, int count) =>
        Sent.Where(entry => entry.ChatId == chatId).Reverse().Take(count).Select(entry => (entry.Id, entry.Text)).ToList();

    public IReadOnlyList<Kiosk.Conversations.Engine.Units.IStoredRecord> RecordsOf(Kiosk.Conversations.Engine.Units.StoredKind kind, long memberId) =>
        Records.Values.Where(record => record.GetType() == kind.RecordType && record.MemberId == memberId).ToList();

    public KnownPeople With(Member member)
    {
        Members[member.Id] = member;
        return this;
    }

    public KnownPeople With(Offer offer)
    {
        Offers[offer.Id] = offer;
        return this;
    }

    public KnownPeople With(Match match)
    {
        Matches[match.Id] = match;
        return this;
    }

    public KnownPeople With(Report report)
    {
        Reports[report.Id] = report;
        return this;
    }

    public IReadOnlyList<Offer> ActiveOffers(string category) =>
        Offers.Values.Where(offer => offer.Category == category && offer.Status == OfferStatus.Active && Member(offer.MemberId)?.Banned != true).ToList();

    public Member? Member(long id) => Members.GetValueOrDefault(id);

    public Offer? Offer(string id) => Offers.GetValueOrDefault(id);

    public HelpRequest? Request(string id) => Requests.GetValueOrDefault(id);

    public Match? Match(string id) => Matches.GetValueOrDefault(id);

    public IReadOnlyList<Match> MatchesOfRequest(string requestId) => Matches.Values.Where(match => match.RequestId == requestId).ToList();

    public IReadOnlyList<Match> MatchesOf(long memberId) => Matches.Values.Where(match => match.Involves(memberId)).ToList();

    public IReadOnlyList<Match> InterpretedBy(long memberId) => Matches.Values.Where(match => match.InterpreterId == memberId && memberId != 0).ToList();

    public IReadOnlyList<HelpRequest> WaitingRequests(string category, Instant now, DateTimeZone zone) => [];

    public IReadOnlyDictionary<long, int> AskedSince(Instant since) => new Dictionary<long, int>();

    public CoordinatorInvite? Invite(string code) => null;

    public IReadOnlyList<Member> Coordinators() => Members.Values.Where(member => member.Coordinator).ToList();

    public IReadOnlyList<Offer> OffersOf(long memberId) => Offers.Values.Where(offer => offer.MemberId == memberId).ToList();

    public IReadOnlyList<Offer> WaitingOffers() => Offers.Values.Where(offer => offer.Status == OfferStatus.Waiting).ToList();

    public Report? Report(string id) => Reports.GetValueOrDefault(id);

    public IReadOnlyList<Report> OpenReports() => Reports.Values.Where(report => !report.Handled).ToList();

    public Kiosk.Domain.Broadcasts.Broadcast? Broadcast(string id) => null;

    public IReadOnlyList<Kiosk.Domain.Broadcasts.Broadcast> OpenBroadcasts() => [];

    public IReadOnlyDictionary<string, int> AudienceLanguages(Kiosk.Domain.Broadcasts.Audience audience) => EmptyDirectory.Instance.AudienceLanguages(audience);

    public Kiosk.Domain.Figures.KioskFacts Facts(DateTimeZone zone) => Kiosk.Domain.Figures.KioskFacts.None;

    public Kiosk.Domain.Advice.AdviceRequest? Advice(string id) => null;

    public IReadOnlyList<Kiosk.Domain.Advice.AdviceRequest> OpenAdvice() => [];

    public IReadOnlyList<Kiosk.Domain.Advice.AdviceRequest> AdviceOf(long memberId) => [];

    public Kiosk.Domain.Info.KioskEvent? Event(string id) => null;

    public IReadOnlyList<Kiosk.Domain.Info.KioskEvent> UpcomingEvents(LocalDateTime now) => [];

    public IReadOnlyList<Report> ReportsBy(long memberId) => Reports.Values.Where(report => report.ReporterId == memberId).ToList();

    public IReadOnlyList<Kiosk.Domain.Broadcasts.BroadcastDelivery> DeliveriesTo(long chatId) => [];

    public IReadOnlyList<Kiosk.Domain.Info.KioskEvent> EventsRemindingOf(long memberId) => [];
}
