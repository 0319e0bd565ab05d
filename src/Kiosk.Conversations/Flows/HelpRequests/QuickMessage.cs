using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Conversations.Flows.Offers;
using Kiosk.Conversations.Understanding;

namespace Kiosk.Conversations.Flows.HelpRequests;

/// <summary>
/// A free message at the menu, or one written before the privacy notice was accepted: read for what it is
/// (an offer or a help request, in any wording and language) and turned into the matching form with every
/// slot it fills. When the intent is unclear the person chooses with two buttons; the message waits meanwhile.
/// </summary>
public static class QuickMessage
{

    /// <summary>Handles a free message at the menu; false when nothing in it was understood (the caller answers).</summary>
    public static bool TryHandle(Turn turn, string text)
    {
        var understood = Read(turn, text);
        if (!IsUnderstood(understood, text))
        {
            return false;
        }

        Act(turn, text, understood);
        return true;
    }

    private static void Act(Turn turn, string text, Understanding.Understanding understood)
    {
        switch (understood.Intent.Intent)
        {
            case Intent.Request:
                Asking.StartQuick(turn, text, understood);
                break;
            case Intent.Offer:
                Offering.StartQuick(turn, text, understood);
                break;
            default:
                AskIntent(turn, text);
                break;
        }
    }

    /// <summary>Keeps a message written before onboarding ended (in the chat's state only: dropped if the notice is declined).</summary>
    public static void Keep(Turn turn, string text)
    {
        if (text.Trim().Length > 0)
        {
            turn.State.KeptMessage = CommonSlots.OwnWords(text);
        }
    }

    /// <summary>Right after the privacy notice was accepted: the kept message, as if written at the menu, or the menu.</summary>
    public static void HandleKept(Turn turn)
    {
        var kept = turn.State.KeptMessage;
        turn.State.KeptMessage = null;
        if (kept is null)
        {
            MainMenu.Show(turn);
            return;
        }

        // A greeting or a thank-you asked for nothing: the menu is the answer.
        var understood = Read(turn, kept);
        if (!IsUnderstood(understood, kept))
        {
            MainMenu.Show(turn);
            return;
        }

        turn.Say("quick.back_to_message");
        Act(turn, kept, understood);
    }

    /// <summary>"I offer this" / "I need this" pressed for the waiting message (<see cref="QuickIntentFlow"/>).</summary>
    public static void Decide(Turn turn, bool offers)
    {
        if (turn.State.KeptMessage is not { } text || turn.State.Active is Welcoming)
        {
            turn.Say("input.old_button");
            return;
        }

        turn.RemovePressedButtons();
        turn.State.KeptMessage = null;
        var understood = Read(turn, text);
        if (offers)
        {
            Offering.StartQuick(turn, text, understood);
        }
        else
        {
            Asking.StartQuick(turn, text, understood);
        }
    }

    /// <summary>The language the person's first message is written in, to suggest it first; null when unclear.</summary>
    public static string? WrittenLanguage(Turn turn) =>
        turn.State.KeptMessage is { } kept && turn.Recognizers.Language.Detect(kept) is { Probability: >= Understanding.WrittenLanguage.SureAt } written
            && turn.Localizer.IsSupported(written.Label) ? written.Label : null;

    private static Understanding.Understanding Read(Turn turn, string text) =>
        turn.Recognizers.QuickRequest.Read(text, turn.Language, turn.Time.LocalNow.LocalDateTime);

    // "Hallo", "danke", "what is this?" and emoji ask for nothing (the classifier knows them), nor does one or two words it
    // can barely place ("Привет"); a named day, place or price alone is something.
    private static bool IsUnderstood(Understanding.Understanding understood, string text) =>
        understood.Category.Best is not null && (understood.Category.Confidence >= WeakGuess || MessageFolding.Fold(text).Count(c => c == ' ') >= 2)
        || understood.When is { IsFlexible: false } || understood.District is not null || understood.Price is not null;

    // Below this a guess from one or two words is no guess.
    private const double WeakGuess = 0.15;

    private static void AskIntent(Turn turn, string text)
    {
        turn.State.KeptMessage = CommonSlots.OwnWords(text);
        turn.SayText(turn.T("quick.offer_or_request"),
        [
            [Button.Press(turn.T("quick.i_offer"), FlowButton.Data(new QuickButton(Offers: true)))],
            [Button.Press(turn.T("quick.i_need"), FlowButton.Data(new QuickButton(Offers: false)))],
        ]);
    }
}
