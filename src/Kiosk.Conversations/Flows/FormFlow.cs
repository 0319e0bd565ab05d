using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Flows.HelpRequests;
using Kiosk.Conversations.Flows.Offers;
using Kiosk.Conversations.Forms;
using Kiosk.Domain;

namespace Kiosk.Conversations.Flows;

/// <summary>Routes input to the form the chat is filling, and saves the draft once it is confirmed.</summary>
public static class FormFlow
{
    /// <summary>Free text inside a form.</summary>
    public static void OnText(Turn turn, string text) =>
        Run(turn, (form, draft, progress) => FormRunner.OnText(turn, form, draft, progress, text), (form, draft, progress) => FormRunner.OnText(turn, form, draft, progress, text));

    /// <summary>A pressed "form:..." button.</summary>
    public static void OnButton(Turn turn, string argument) =>
        Run(turn, (form, draft, progress) => FormRunner.OnButton(turn, form, draft, progress, argument), (form, draft, progress) => FormRunner.OnButton(turn, form, draft, progress, argument));

    /// <summary>A shared location answers the district question.</summary>
    public static void OnLocation(Turn turn, double latitude, double longitude)
    {
        var district = Districts.Nearest(latitude, longitude);
        Run(turn, (form, draft, progress) => FormRunner.Answer(turn, form, draft, progress, "district", district),
            (form, draft, progress) => FormRunner.Answer(turn, form, draft, progress, "district", district));
    }

    /// <summary>True when the form waits for a district (a shared location is welcome then).</summary>
    public static bool WantsLocation(Turn turn) => turn.State.Progress?.Slot == "district";

    /// <summary>Asks the form's current question again.</summary>
    public static void Repeat(Turn turn) =>
        Run(turn, (form, draft, progress) => FormRunner.Ask(turn, form, draft, progress), (form, draft, progress) => FormRunner.Ask(turn, form, draft, progress));

    private static void Run(
        Turn turn,
        Func<Form<OfferDraft>, OfferDraft, FormProgress, FormOutcome> onOffer,
        Func<Form<HelpRequestDraft>, HelpRequestDraft, FormProgress, FormOutcome> onRequest)
    {
        var state = turn.State;
        var progress = state.Progress ??= new FormProgress();
        switch (state.Form)
        {
            case FormKind.Offer when state.OfferDraft is { } offer:
                if (onOffer(Offering.Form, offer, progress) == FormOutcome.Confirmed)
                {
                    Offering.Save(turn, offer);
                }

                break;
            case FormKind.HelpRequest when state.RequestDraft is { } request:
                if (onRequest(Asking.Form, request, progress) == FormOutcome.Confirmed)
                {
                    Asking.Save(turn, request);
                }

                break;
            default:
                state.LeaveForm();
                MainMenu.Show(turn);
                break;
        }
    }
}
