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
            string Name(long id) => database.Members.FindById(id)?.FirstName is { Length: > 0 } name ? name : "–";
            DeskItem Item(string kind, string id, string title, long who, string words, Instant since, IReadOnlyList<DeskChoice> actions) =>
                new(kind, id, title, voice.T("desk.by", ("name", Name(who))), words,
                    voice.T("desk.waiting_since", ("when", Labels.Moment(voice, since.InZone(time.Zone).LocalDateTime))), (long)(now - since).TotalMinutes, actions);

            var rejections = OfferReview.Reasons.Select(reason => new DeskChoice($"no:{reason}", voice.T("moderation.reject") + ": " + voice.T($"moderation.reason_{reason}"))).ToList();
            List<DeskChoice> offerActions = [new("ok", voice.T("moderation.approve")), .. rejections];
            var offers = database.Offers.Find(offer => offer.Status == OfferStatus.Waiting)
                .Select(offer => Item("offer", offer.Id, voice.T("desk.kind_offer") + " · " + Labels.Category(voice, offer.Category), offer.MemberId, offer.Description, offer.CreatedAt, offerActions));
            var reports = database.Reports.Find(report => !report.Handled)
                .Select(report => Item("report", report.Id, voice.T("desk.kind_report"), report.ReporterId, "", report.At, []));
            var advice = database.AdviceRequests.Find(request => request.Status == AdviceStatus.Open)
                .Select(request => Item("advice", request.Id, voice.T("desk.kind_advice"), request.MemberId, request.Question, request.CreatedAt, []));
            var requests = database.Requests.Find(request => request.Status == HelpRequestStatus.Open).ToList()
                .Where(request => request.IsOpen(now, time.Zone) && !database.Matches.Exists(match => match.RequestId == request.Id && (match.Status == MatchStatus.Asked || match.Status == MatchStatus.Accepted)))
                .Select(request => Item("request", request.Id, voice.T("desk.kind_request") + " · " + Labels.Category(voice, request.Category), request.MemberId, request.Details, request.CreatedAt, []));
            var all = offers.Concat(reports).Concat(advice).Concat(requests).OrderByDescending(item => item.WaitingMinutes).ToList();
            return new DeskPage(all.Take(MaxShown).ToList(), all.Count);
        });
    }

    /// <summary>At most this many items are shown at once, the longest-waiting first (the page says how many there are).</summary>
    public const int MaxShown = 200;
}
