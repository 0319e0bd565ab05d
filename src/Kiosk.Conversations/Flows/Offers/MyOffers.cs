using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Conversations.Flows.Coordinators;
using Kiosk.Conversations.Flows.HelpRequests;
using Kiosk.Domain;

namespace Kiosk.Conversations.Flows.Offers;

/// <summary>/myoffers: a card per offer with pause or resume, change and delete (waiting or rejected ones: change and delete).</summary>
public static class MyOffers
{
    /// <summary>Shows the person's offers.</summary>
    public static void Show(Turn turn)
    {
        var newButton = Button.Press(turn.T("offer.new"), MenuFlow.Data("offer"));
        if (turn.Offers.Count == 0)
        {
            turn.SayText(turn.T("offer.none"), [[newButton], [MainMenu.BackButton(turn)]]);
            return;
        }

        turn.Say("offer.list_title");
        foreach (var offer in turn.Offers)
        {
            turn.SayText(Card(turn, offer), [Actions(turn, offer)]);
        }

        turn.SayText(turn.T("menu.title"), [[newButton], [MainMenu.BackButton(turn)]]);
    }

    /// <summary>A /myoffers button (<see cref="OfferActionsFlow"/>); an id that is not one of the person's offers changes nothing.</summary>
    public static void Act(Turn turn, OfferAction action, string offerId)
    {
        var offer = turn.Offers.FirstOrDefault(o => o.Id == offerId);
        if (offer is null)
        {
            turn.Say("input.old_button");
            MainMenu.Show(turn);
            return;
        }

        switch (action)
        {
            // Only the team puts a waiting or rejected offer online.
            case OfferAction.Pause or OfferAction.Resume when offer.Status is OfferStatus.Active or OfferStatus.Paused:
                // Pressed twice (an old card): already so, nothing changes.
                _ = action == OfferAction.Pause ? offer.Pause() : offer.Resume();
                turn.EditPressedButtons([Actions(turn, offer)]);
                turn.Say(action == OfferAction.Pause ? "offer.paused_done" : "offer.resumed_done");
                if (offer.Status == OfferStatus.Active)
                {
                    Proposing.OfferToWaiting(turn, offer);
                }

                break;
            case OfferAction.Edit:
                Offering.Open(turn, Offering.DraftOf(offer));
                break;
            case OfferAction.Delete:
                turn.SayText(turn.T("offer.delete_confirm") + "\n\n" + Card(turn, offer),
                    [[Button.Press(turn.T("delete.yes"), Data(OfferAction.DeleteYes, offer)), Button.Press(turn.T("delete.no"), MenuFlow.Data("back"))]]);
                break;
            case OfferAction.DeleteYes:
                turn.RemovePressedButtons();
                turn.Offers.Remove(offer);
                turn.Say("offer.deleted");
                MainMenu.Show(turn);
                break;
            default:
                turn.Say("input.old_button");
                break;
        }
    }

    /// <summary>An offer as a card.</summary>
    public static string Card(Turn turn, Offer offer) => turn.T("offer.card",
        ("category", Labels.Category(turn, offer.Category)),
        ("status", offer.Status switch
        {
            OfferStatus.Active => turn.T("offer.active"),
            OfferStatus.Paused => turn.T("offer.paused"),
            _ => OfferReview.Status(turn, offer),
        }),
        ("description", SecondWordsFlow.Lines(turn, offer)),
        ("when", Labels.Availability(turn, offer.Availability)),
        ("district", Labels.District(turn, offer.District)),
        ("languages", Labels.Spoken(turn, offer.Languages)),
        ("price", Labels.Price(turn, offer.Price)));

    private static List<Button> Actions(Turn turn, Offer offer) => offer.Status switch
    {
        OfferStatus.Active => [Action(turn, OfferAction.Pause, offer), Action(turn, OfferAction.Edit, offer), Action(turn, OfferAction.Delete, offer)],
        OfferStatus.Paused => [Action(turn, OfferAction.Resume, offer), Action(turn, OfferAction.Edit, offer), Action(turn, OfferAction.Delete, offer)],
        _ => [Action(turn, OfferAction.Edit, offer), Action(turn, OfferAction.Delete, offer)],
    };

    private static Button Action(Turn turn, OfferAction action, Offer offer) =>
        Button.Press(turn.T($"offer.{action.ToString().ToLowerInvariant()}"), Data(action, offer));

    private static string Data(OfferAction action, Offer offer) => FlowButton.Data(new OfferButton(action, offer.Id));
}
