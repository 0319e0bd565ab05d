using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Localization;
using Kiosk.Domain;
using Kiosk.Domain.Matching;
using NodaTime;

namespace Kiosk.Conversations.Flows.HelpRequests;

/// <summary>
/// The neighbour's side of matching: up to three proposal cards (first name, category, description as
/// written, languages, price, district, reasons; never contact data), "show others", and asking the
/// chosen newcomer.
/// </summary>
public static class Proposing
{
    /// <summary>Proposal cards shown at once.</summary>
    public const int PerPage = 3;

    private static readonly Duration FairnessWindow = Duration.FromDays(30);

    /// <summary>
    /// Shows the best proposals for a request, from the <paramref name="skip"/>th on. A request <paramref name="justSaved"/>
    /// that nobody offers yet gets one answer: saved, nobody yet, you will be told, and what can help meanwhile.
    /// </summary>
    public static void Show(Turn turn, HelpRequest request, int skip = 0, bool justSaved = false)
    {
        var candidates = Candidates(turn, request, skip + PerPage).Skip(skip).ToList();
        if (candidates.Count == 0 && justSaved)
        {
            turn.SayText(turn.T("request.saved_none"),
            [
                [Button.Press(turn.T("kiosk.hours_button"), MenuFlow.Data("kiosk"))],
                [Button.Press(turn.T("advice.menu_entry"), MenuFlow.Data("advice"))],
                [MainMenu.BackButton(turn)],
            ]);
            return;
        }

        if (candidates.Count == 0)
        {
            turn.Say(skip == 0 ? "match.none" : "match.no_more");
            MainMenu.Show(turn);
            return;
        }

        if (justSaved)
        {
            turn.Say("request.saved");
        }

        turn.Say("match.proposals");
        foreach (var proposal in candidates)
        {
            var name = Labels.Name(turn, proposal.Offer.MemberId);
            turn.SayText(Card(turn, proposal, name), [[Button.Press(turn.T("match.ask", ("name", name)), MatchFlow.Data(MatchAction.Ask, request.Id, proposal.Offer.Id))]]);
        }

        turn.SayText(turn.T("menu.title"), [[Button.Press(turn.T("match.more"), MatchFlow.Data(MatchAction.More, request.Id, (skip + PerPage).ToString(System.Globalization.CultureInfo.InvariantCulture)))], [MainMenu.BackButton(turn)]]);
    }

    /// <summary>The ranked offers for a request, leaving out newcomers already asked for it.</summary>
    public static IReadOnlyList<MatchProposal> Candidates(Turn turn, HelpRequest request, int take)
    {
        var asked = turn.Directory.MatchesOfRequest(request.Id).Concat(turn.ChangedMatches.Values.Where(m => m.RequestId == request.Id))
            .Select(match => match.NewcomerId).ToHashSet();
        // One read of the last 30 days' proposals, not one per candidate (a category can have a thousand offers).
        var recent = turn.Directory.AskedSince(turn.Time.Now - FairnessWindow);
        return Matcher.Rank(request, turn.Directory.ActiveOffers(request.Category), member => recent.GetValueOrDefault(member), take, asked);
    }

    /// <summary>"match:ask:REQUEST:OFFER" from the neighbour: asks that newcomer, if all still fits.</summary>
    public static void Ask(Turn turn, string requestId, string offerId)
    {
        var request = turn.Requests.FirstOrDefault(r => r.Id == requestId && r.IsOpen(turn.Time.Now, turn.Time.Zone));
        var proposal = request is null ? null : Candidates(turn, request, int.MaxValue).FirstOrDefault(p => p.Offer.Id == offerId);
        var busy = request is not null && turn.Directory.MatchesOfRequest(request.Id).Any(m => m.IsWaiting(turn.Time.Now) || m.Status == MatchStatus.Accepted);
        if (request is null || proposal is null || busy)
        {
            turn.Say("input.old_button");
            return;
        }

        turn.RemovePressedButtons();
        AskNewcomer(turn, request, proposal);
        turn.Say("match.asked", ("name", Labels.Name(turn, proposal.Offer.MemberId)));
    }

    /// <summary>Creates the match and sends the newcomer the request, in the newcomer's language, with yes and no.</summary>
    public static Match AskNewcomer(Turn turn, HelpRequest request, MatchProposal proposal)
    {
        var match = new Match
        {
            Id = Ids.New(), RequestId = request.Id, OfferId = proposal.Offer.Id, NeighbourId = request.MemberId, NewcomerId = proposal.Offer.MemberId,
            Status = MatchStatus.Asked, Reasons = [.. proposal.Reasons], AskedAt = turn.Time.Now,
        };
        turn.ChangedMatches[match.Id] = match;
        turn.Scheduled.Add(new ScheduledStep { Id = Ids.New(), Kind = StepKind.AnswerTimeout, MatchId = match.Id, DueAt = match.AskedAt + Match.AnswerTime });

        var newcomer = new Voice(turn.Localizer, turn.Directory.Member(match.NewcomerId)?.Language ?? Localization.Localizer.DefaultLanguage);
        turn.SayTo(match.NewcomerId, newcomer.Language, "match.request_for_you",
            [[Button.Press(newcomer.T("match.accept"), MatchFlow.Data(MatchAction.Yes, match.Id)), Button.Press(newcomer.T("match.decline"), MatchFlow.Data(MatchAction.No, match.Id))]],
            ("category", Labels.Category(newcomer, request.Category)),
            ("when", Labels.When(newcomer, request.When)),
            ("district", Labels.District(newcomer, request.District)),
            ("details", request.Details.Length > 0 ? Bidi.Isolate(request.Details) : newcomer.T("request.no_details")));
        return match;
    }

    /// <summary>
    /// A new or resumed offer looks for open requests that found nobody: their neighbours get the card
    /// (in their own language) with a button to ask this newcomer.
    /// </summary>
    public static void OfferToWaiting(Turn turn, Offer offer)
    {
        var waiting = turn.Directory.WaitingRequests(offer.Category, turn.Time.Now, turn.Time.Zone);
        foreach (var (request, proposal) in Matcher.RequestsFor(offer, waiting))
        {
            var neighbour = new Voice(turn.Localizer, turn.Directory.Member(request.MemberId)?.Language ?? Localization.Localizer.DefaultLanguage);
            var name = Labels.Name(turn, offer.MemberId);
            var words = request.Details.Length > 0 ? request.Details : Labels.Category(neighbour, request.Category);
            turn.SayTextTo(request.MemberId, neighbour.T("match.new_offer", ("request", WrittenText.Cut(words, 80))) + "\n\n" + Card(neighbour, proposal, name),
                [[Button.Press(neighbour.T("match.ask", ("name", name)), MatchFlow.Data(MatchAction.Ask, request.Id, offer.Id))]]);
        }
    }

    internal static string Card(Voice turn, MatchProposal proposal, string name) => turn.T("match.card",
        ("name", name),
        ("category", Labels.Category(turn, proposal.Offer.Category)),
        ("description", Offers.SecondWordsFlow.Lines(turn, proposal.Offer)),
        ("languages", Labels.Spoken(turn, proposal.Offer.Languages)),
        ("price", Labels.Price(turn, proposal.Offer.Price)),
        ("district", Labels.District(turn, proposal.Offer.District)),
        ("reasons", string.Join(", ", proposal.Reasons.Select(reason => turn.T(ReasonKey(reason))))));

    private static string ReasonKey(MatchReason reason) => reason switch
    {
        MatchReason.TimeFits => "match.reason_time",
        MatchReason.AnyTimeFits => "match.reason_anytime",
        MatchReason.SameDistrict => "match.reason_same_district",
        MatchReason.NeighbouringDistrict => "match.reason_neighbouring",
        MatchReason.AnywhereInHamburg => "match.reason_anywhere",
        MatchReason.SharedLanguage => "match.reason_language",
        _ => "match.reason_fair",
    };
}
