using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Conversations.Flows.AdviceDesk;
using Kiosk.Conversations.Flows.HelpRequests;
using Kiosk.Conversations.Flows.Privacy;

namespace Kiosk.Conversations.Flows;

/// <summary>Routes free text and buttons to the flow the chat is in (or the menu), and repeats its question.</summary>
public static class Steps
{
    /// <summary>Free text (not a command).</summary>
    public static void OnText(Turn turn, string text)
    {
        if (ActiveFlow(turn) is (var flow, var state))
        {
            flow.OnText(turn, state, text);
            return;
        }

        if (turn.Member is null)
        {
            // A first message (or one after declining) is kept and handled once the privacy notice is accepted.
            QuickMessage.Keep(turn, text);
            Onboarding.Start(turn, DeepLink.Parse(null, turn.Localizer.Languages));
            return;
        }

        // An open advice chat goes before a match chat: the person was told "tap Done" to leave it.
        if (!AdviceChat.TryFromPerson(turn, text) && !Talking.TryRelay(turn, text) && !QuickMessage.TryHandle(turn, text))
        {
            // "Hallo", "?", emoji: nothing to act on. Not a mistake: the person may just write what they need.
            turn.Say("menu.free_text_hint");
            MainMenu.Show(turn);
        }
    }

    /// <summary>A shared location: the answer to "where?" inside a form, passed on in a chat through the bot, otherwise not something the bot reads.</summary>
    public static void OnLocation(Turn turn)
    {
        if (turn.State.Active is Forms.FillingForm && turn.Member is not null && FormFlow.WantsLocation(turn))
        {
            FormFlow.OnLocation(turn, turn.Inbound.Latitude ?? 0, turn.Inbound.Longitude ?? 0);
            return;
        }

        OnMedia(turn);
    }

    /// <summary>A photo, voice message, file, place, ...: passed on in a chat through the bot, otherwise not something the bot reads.</summary>
    public static void OnMedia(Turn turn)
    {
        if (RelayMedia.TryPass(turn))
        {
            return;
        }

        turn.Say("input.unsupported");
        Repeat(turn);
    }

    /// <summary>A pressed button whose data the bot made (its argument is still untrusted).</summary>
    public static void OnButton(Turn turn, ButtonData button)
    {
        var unit = FlowRegistry.ForButton(button.Verb);
        Flow.LeaveOthers(turn, unit, button);
        if (unit is not null)
        {
            if (unit.MayUse(turn))
            {
                unit.OnButton(turn, button.Argument);
            }
            else
            {
                turn.Say("input.old_button");
                Repeat(turn);
            }

            return;
        }

        turn.Say("input.old_button");
        Repeat(turn);
    }

    /// <summary>Asks the current step's question again.</summary>
    public static void Repeat(Turn turn)
    {
        if (ActiveFlow(turn) is (var flow, var state))
        {
            flow.Repeat(turn, state);
            return;
        }

        if (turn.Member is not null)
        {
            MainMenu.Show(turn);
        }
        else
        {
            Onboarding.Start(turn, DeepLink.Parse(null, turn.Localizer.Languages));
        }
    }

    // The flow whose state the chat is in, when the person may use it (a state left over from a deleted member is not).
    private static (Flow Flow, FlowState State)? ActiveFlow(Turn turn) =>
        turn.State.Active is { } state && FlowRegistry.For(state) is { } flow && flow.MayUse(turn) ? (flow, state) : null;
}
