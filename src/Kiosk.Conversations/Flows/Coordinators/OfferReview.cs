using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Flows.HelpRequests;
using Kiosk.Conversations.Localization;
using Kiosk.Domain;

namespace Kiosk.Conversations.Flows.Coordinators;

/// <summary>New offers under moderation: stored as waiting, a card for the team, approve or reject with a reason.</summary>
public static class OfferReview
{
    /// <summary>Why an offer can be rejected; the texts are "moderation.reason_CODE".</summary>
    public static readonly IReadOnlyList<string> Reasons = ["unclear", "rules", "duplicate", "talk"];

    /// <summary>
    /// Keeps a new offer back for the team: the newcomer is told; the coordinators who speak the language it is written in
    /// get a card, or every coordinator when nobody does.
    /// </summary>
    public static void Submit(Turn turn, Offer offer)
    {
        (offer.Status, offer.DecidedBy, offer.RejectReason) = (OfferStatus.Waiting, null, null);
        turn.Say("moderation.offer_waiting");
        Moderation.TellTeam(turn, voice => Card(turn, voice, offer), voice => Buttons(voice, offer), offer.Language);
        Moderation.RemindLater(turn, $"offer:{offer.Id}");
    }

    /// <summary>The card for the team: first name and the offer as written; never contact data.</summary>
    public static string Card(Turn turn, Voice voice, Offer offer) => voice.T("moderation.offer_card",
        ("name", Labels.Name(turn, offer.MemberId)),
        ("category", Labels.Category(voice, offer.Category)),
        ("description", Offers.SecondWordsFlow.Lines(voice, offer)),
        ("district", Labels.District(voice, offer.District)),
        ("languages", Labels.Spoken(voice, offer.Languages)),
        ("price", Labels.Price(voice, offer.Price)));

    /// <summary>Approve and reject.</summary>
    public static IEnumerable<IEnumerable<Button>> Buttons(Voice voice, Offer offer) =>
        [[Button.Press(voice.T("moderation.approve"), Moderation.Data("ok", offer.Id)), Button.Press(voice.T("moderation.reject"), Moderation.Data("no", offer.Id))]];

    /// <summary>"coord:mod:ok:ID": the offer goes online, the newcomer is told, waiting neighbours get it proposed. False when it was decided before.</summary>
    public static bool Approve(Turn turn, string offerId)
    {
        if (Undecided(turn, offerId) is not { } offer)
        {
            return false;
        }

        (offer.Status, offer.DecidedBy) = (OfferStatus.Active, turn.Inbound.UserId);
        Store(turn, offer);
        turn.RemovePressedButtons();
        turn.Say("moderation.approved_done", ("name", Labels.Name(turn, offer.MemberId)));
        var newcomer = turn.VoiceOf(offer.MemberId);
        turn.SayTo(offer.MemberId, newcomer.Language, "moderation.approved", null, ("category", Labels.Category(newcomer, offer.Category)));
        Proposing.OfferToWaiting(turn, offer);
        return true;
    }

    /// <summary>"coord:mod:no:ID": asks the coordinator why, with one button per reason.</summary>
    public static void AskReason(Turn turn, string offerId)
    {
        if (Undecided(turn, offerId) is { } offer)
        {
            turn.SayText(turn.T("moderation.reason_ask", ("name", Labels.Name(turn, offer.MemberId))),
                Reasons.Select(reason => new[] { Button.Press(turn.T($"moderation.reason_{reason}"), Moderation.Data("why", offer.Id, reason)) }));
        }
    }

    /// <summary>"coord:mod:why:ID:REASON": the offer is rejected; the newcomer gets the reason in their language. False when it was decided before.</summary>
    public static bool Reject(Turn turn, string offerId, string reason)
    {
        if (Undecided(turn, offerId) is not { } offer)
        {
            return false;
        }

        (offer.Status, offer.DecidedBy, offer.RejectReason) = (OfferStatus.Rejected, turn.Inbound.UserId, reason);
        Store(turn, offer);
        turn.RemovePressedButtons();
        turn.Say("moderation.rejected_done", ("name", Labels.Name(turn, offer.MemberId)), ("reason", turn.T($"moderation.reason_{reason}")));
        var newcomer = turn.VoiceOf(offer.MemberId);
        turn.SayTo(offer.MemberId, newcomer.Language, "moderation.rejected", null,
            ("category", Labels.Category(newcomer, offer.Category)), ("reason", newcomer.T($"moderation.reason_{reason}")));
        return true;
    }

    /// <summary>The status line of a waiting or rejected offer in /myoffers.</summary>
    public static string Status(Voice voice, Offer offer) => offer.Status == OfferStatus.Waiting
        ? voice.T("moderation.status_waiting")
        : voice.T("moderation.status_rejected", ("reason", voice.T($"moderation.reason_{(Reasons.Contains(offer.RejectReason ?? "") ? offer.RejectReason : "rules")}")));

    // The offer behind untrusted button data, if it still waits; otherwise the coordinator is told who decided.
    private static Offer? Undecided(Turn turn, string offerId)
    {
        var offer = turn.Offers.FirstOrDefault(own => own.Id == offerId) ?? turn.Directory.Offer(offerId);
        if (offer is { Status: OfferStatus.Waiting })
        {
            return offer;
        }

        if (offer?.DecidedBy is { } coordinator)
        {
            turn.Say("moderation.already_decided", ("name", Labels.Name(turn, coordinator)));
        }
        else
        {
            turn.Say("moderation.offer_gone");
        }

        return null;
    }

    // A coordinator's own offer changes in the turn's list; anyone else's goes through the changes.
    private static void Store(Turn turn, Offer offer)
    {
        if (!turn.Offers.Contains(offer))
        {
            turn.Changes.Offers[offer.Id] = offer;
        }
    }
}
