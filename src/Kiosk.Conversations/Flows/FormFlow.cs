using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Conversations.Flows.HelpRequests;
using Kiosk.Conversations.Flows.Offers;
using Kiosk.Conversations.Forms;
using Kiosk.Domain;

namespace Kiosk.Conversations.Flows;

/// <summary>The offer and help request forms as a unit: their state is <see cref="FillingForm"/>; their buttons are <see cref="FormButton"/>s.</summary>
public sealed class FormsFlow : Flow<FormButton>
{
    /// <inheritdoc />
    public override bool Owns(FlowState state) => state is FillingForm;

    /// <inheritdoc />
    protected override void OnButton(Turn turn, FormButton button)
    {
        if (turn.State.Active is FillingForm)
        {
            FormFlow.OnButton(turn, button);
            return;
        }

        turn.Say("input.old_button");
        Steps.Repeat(turn);
    }

    /// <inheritdoc />
    public override void OnText(Turn turn, FlowState state, string text) => FormFlow.OnText(turn, text);

    /// <inheritdoc />
    public override void Repeat(Turn turn, FlowState state) => FormFlow.Repeat(turn);
}

/// <summary>Routes input to the form the chat is filling, and saves the draft once it is confirmed.</summary>
public static class FormFlow
{
    /// <summary>Free text inside a form.</summary>
    public static void OnText(Turn turn, string text) =>
        Run(turn, (form, draft, progress) => FormRunner.OnText(turn, form, draft, progress, text), (form, draft, progress) => FormRunner.OnText(turn, form, draft, progress, text));

    /// <summary>A pressed "form:..." button.</summary>
    public static void OnButton(Turn turn, FormButton button) =>
        Run(turn, (form, draft, progress) => FormRunner.OnButton(turn, form, draft, progress, button), (form, draft, progress) => FormRunner.OnButton(turn, form, draft, progress, button));

    /// <summary>A shared location answers the district question.</summary>
    public static void OnLocation(Turn turn, double latitude, double longitude)
    {
        var district = Districts.Nearest(latitude, longitude);
        Run(turn, (form, draft, progress) => FormRunner.Answer(turn, form, draft, progress, "district", district),
            (form, draft, progress) => FormRunner.Answer(turn, form, draft, progress, "district", district));
    }

    /// <summary>True when the form waits for a district (a shared location is welcome then).</summary>
    public static bool WantsLocation(Turn turn) => (turn.State.Active as FillingForm)?.Progress.Slot == "district";

    /// <summary>Asks the form's current question again.</summary>
    public static void Repeat(Turn turn) =>
        Run(turn, (form, draft, progress) => FormRunner.Ask(turn, form, draft, progress), (form, draft, progress) => FormRunner.Ask(turn, form, draft, progress));

    private static void Run(
        Turn turn,
        Func<Form<OfferDraft>, OfferDraft, FormProgress, FormOutcome> onOffer,
        Func<Form<HelpRequestDraft>, HelpRequestDraft, FormProgress, FormOutcome> onRequest)
    {
        switch (turn.State.Active)
        {
            case FillingOffer offer:
                if (onOffer(Offering.Form, offer.Draft, offer.Progress) == FormOutcome.Confirmed)
                {
                    Offering.Save(turn, offer.Draft);
                }

                break;
            case FillingRequest request:
                if (onRequest(Asking.Form, request.Draft, request.Progress) == FormOutcome.Confirmed)
                {
                    Asking.Save(turn, request.Draft);
                }

                break;
            default:
                MainMenu.Show(turn);
                break;
        }
    }
}
