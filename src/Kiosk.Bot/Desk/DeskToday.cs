using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Flows;
using Kiosk.Conversations.Flows.Coordinators;
using Kiosk.Conversations.Localization;
using Kiosk.Domain;
using Kiosk.Domain.Advice;
using Kiosk.Domain.Matching;
using Kiosk.Storage;
using NodaTime;

namespace Kiosk.Bot.Desk;

/// <summary>One thing waiting for the team, as the desk shows it (texts in the coordinator's language).</summary>
/// <param name="Kind">"offer", "report", "advice" or "request".</param>
/// <param name="Id">What an action refers to.</param>
/// <param name="Title">What it is.</param>
/// <param name="From">Whose it is ("from Amina").</param>
/// <param name="Words">What the person wrote (shown isolated, as written), or empty.</param>
/// <param name="Since">"waiting since …".</param>
/// <param name="WaitingMinutes">For sorting and colour.</param>
/// <param name="Actions">The buttons: (action, label).</param>
public sealed record DeskItem(string Kind, string Id, string Title, string From, string Words, string Since, long WaitingMinutes, IReadOnlyList<DeskChoice> Actions);

/// <summary>What the Today page shows.</summary>
/// <param name="Items">The items shown, longest-waiting first.</param>
/// <param name="Total">How many are waiting in all.</param>
public sealed record DeskPage(IReadOnlyList<DeskItem> Items, int Total);

/// <summary>A button of a desk item.</summary>
/// <param name="Action">"ok", or "no:REASON".</param>
/// <param name="Label">Its label.</param>
public sealed record DeskChoice(string Action, string Label);

/// <summary>
/// The desk's Today page: offers waiting for review, open reports, advice requests nobody took and help requests that
/// found nobody, oldest first. Shows what /review and /queue show in the chat, no more (no contact data).
/// </summary>
public sealed class DeskToday(KioskDatabase database, Localizer localizer, KioskTime time)
{
    /// <summary>The items for a coordinator who reads <paramref name="language"/>.</summary>
    public DeskPage For(string language)
    {
        var voice = new Voice(localizer, language);
        var now = time.Now;
        return database.Run(() =>
        {
            // What waits, cheaply first (no names, no texts); only the items shown are rendered.
            var requestsInHand = database.Matches.Find(match => match.Status == MatchStatus.Asked || match.Status == MatchStatus.Accepted)
                .Select(match => match.RequestId).ToHashSet(StringComparer.Ordinal);
            var waiting = database.Offers.Find(offer => offer.Status == OfferStatus.Waiting)
                .Select(offer => new Waiting("offer", offer.Id, offer.MemberId, offer.CreatedAt, offer.Category, offer.Description))
                .Concat(database.Reports.Find(report => !report.Handled).Select(report => new Waiting("report", report.Id, report.ReporterId, report.At, null, "", report)))
                .Concat(database.AdviceRequests.Find(request => request.Status == AdviceStatus.Open)
                    .Select(request => new Waiting("advice", request.Id, request.MemberId, request.CreatedAt, null, request.Question)))
                .Concat(database.Requests.Find(request => request.Status == HelpRequestStatus.Open)
                    .Where(request => request.IsOpen(now, time.Zone) && !requestsInHand.Contains(request.Id))
                    .Select(request => new Waiting("request", request.Id, request.MemberId, request.CreatedAt, request.Category, request.Details)))
                .ToList();
            var shown = waiting.OrderBy(item => item.Since).Take(MaxShown).Select(item => Render(voice, item, now)).ToList();
            return new DeskPage(shown, waiting.Count);
        });
    }

    private sealed record Waiting(string Kind, string Id, long MemberId, Instant Since, string? Category, string Words, Report? Report = null);

    private DeskItem Render(Voice voice, Waiting item, Instant now)
    {
        var title = voice.T($"desk.kind_{item.Kind}") + (item.Category is null ? "" : " · " + Labels.Category(voice, item.Category));
        // A report shows what the chat's card shows: who reported whom, about which kind of help; no relayed texts.
        var words = item.Report is { } report
            ? voice.T("moderation.report_card", ("reporter", NameOf(report.ReporterId)), ("reported", NameOf(report.ReportedId)), ("category", Labels.Category(voice, CategoryOf(report))))
            : item.Words;
        return new DeskItem(item.Kind, item.Id, title, voice.T("desk.by", ("name", NameOf(item.MemberId))), words,
            voice.T("desk.waiting_since", ("when", Labels.Moment(voice, item.Since.InZone(time.Zone).LocalDateTime))), (long)(now - item.Since).TotalMinutes,
            item.Kind switch
            {
                "offer" => OfferActions(voice),
                "report" => ReportActions(voice),
                "advice" => [new DeskChoice("a:take", voice.T("advice.take"))],
                _ => [new DeskChoice("h:find", voice.T("desk.find_by_hand"))],
            });
    }

    /// <summary>A first name as people wrote it, isolated so that a Latin name keeps its place in right-to-left text and back (inside <see cref="KioskDatabase.Run"/>).</summary>
    internal static string NameOf(KioskDatabase database, long memberId) =>
        WrittenText.CleanName(database.Members.FindById(memberId)?.FirstName) is { Length: > 0 } first ? Bidi.Isolate(first) : "–";

    private string NameOf(long memberId) => NameOf(database, memberId);

    private string? CategoryOf(Report report) => database.Matches.FindById(report.MatchId) is { } match
        ? database.Offers.FindById(match.OfferId)?.Category ?? database.Requests.FindById(match.RequestId)?.Category
        : null;

    private static List<DeskChoice> ReportActions(Voice voice) =>
        [.. ReportReview.Actions.Select(action => new DeskChoice($"r:{action}", voice.T($"moderation.{action}")))];

    private static List<DeskChoice> OfferActions(Voice voice) =>
    [
        new("ok", voice.T("moderation.approve")),
        .. OfferReview.Reasons.Select(reason => new DeskChoice($"no:{reason}", voice.T("moderation.reject") + ": " + voice.T($"moderation.reason_{reason}"))),
    ];

    /// <summary>
    /// Offers a coordinator may suggest by hand for a help request that found nobody: active, of someone not banned and not
    /// already asked for it; the request's category first, then its district, then the newest. Empty when the request is
    /// not open any more.
    /// </summary>
    public IReadOnlyList<DeskChoice> Candidates(string language, string requestId)
    {
        var voice = new Voice(localizer, language);
        return database.Run(() =>
        {
            if (database.Requests.FindById(requestId) is not { Status: HelpRequestStatus.Open } request || !request.IsOpen(time.Now, time.Zone))
            {
                return (IReadOnlyList<DeskChoice>)[];
            }

            var asked = database.Matches.Find(match => match.RequestId == requestId).Select(match => match.NewcomerId).ToHashSet();
            var banned = database.Members.Find(member => member.Banned).Select(member => member.Id).ToHashSet();
            // The matcher's cache of active offers by category: after the first call nothing is read from the file.
            var directory = new LiteDirectory(database);
            return Categories.All.SelectMany(directory.ActiveOffers)
                .Where(offer => offer.MemberId != request.MemberId && !asked.Contains(offer.MemberId) && !banned.Contains(offer.MemberId))
                .OrderBy(offer => offer.Category == request.Category ? 0 : 1).ThenBy(offer => offer.District == request.District ? 0 : 1).ThenByDescending(offer => offer.CreatedAt)
                .Take(MaxCandidates)
                .Select(offer => new DeskChoice($"h:{offer.Id}", string.Join(" · ",
                    NameOf(offer.MemberId), Labels.Category(voice, offer.Category), Labels.District(voice, offer.District), Labels.Spoken(voice, offer.Languages))))
                .ToList();
        });
    }

    /// <summary>At most this many offers are listed for finding someone by hand.</summary>
    public const int MaxCandidates = 30;

    /// <summary>At most this many items are shown at once, the longest-waiting first (the page says how many there are).</summary>
    public const int MaxShown = 200;
}
