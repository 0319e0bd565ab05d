using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Flows.AdviceDesk;
using Kiosk.Conversations.Flows.AtTheKiosk;
using Kiosk.Conversations.Flows.HelpRequests;
using Kiosk.Conversations.Flows.Offers;
using Kiosk.Domain;

namespace Kiosk.Conversations.Flows;

/// <summary>The main menu: offer something, ask for help, ask the Smart cooperative, about the kiosk, language.</summary>
public static class MainMenu
{
    private static readonly string[] Entries = ["offer", "request", "advice", "about", "language"];

    /// <summary>True for the data of a real menu entry.</summary>
    public static bool IsEntry(string entry) => Entries.Contains(entry) || entry is "back" or "kiosk" or "events";

    /// <summary>Shows the menu (leaving any form).</summary>
    public static void Show(Turn turn)
    {
        turn.State.LeaveForm();
        if (turn.State.Active is Welcoming)
        {
            turn.State.Active = null;
        }

        turn.SayText(turn.T("menu.title"), Entries.Select(entry =>
            new[] { Button.Press(turn.T(entry == "advice" ? "advice.menu_entry" : $"menu.{entry}"), MenuFlow.Data(entry)) }));
    }

    /// <summary>Opens what a role (from a deep link) leads to, or the menu.</summary>
    public static void Open(Turn turn, MemberRole role)
    {
        switch (role)
        {
            case MemberRole.Newcomer:
                Choose(turn, "offer");
                break;
            case MemberRole.Neighbour:
                Choose(turn, "request");
                break;
            default:
                Show(turn);
                break;
        }
    }

    /// <summary>Handles a menu entry.</summary>
    public static void Choose(Turn turn, string entry)
    {
        switch (entry)
        {
            case "offer":
                Offering.Start(turn);
                break;
            case "request":
                Asking.Start(turn);
                break;
            case "advice":
                Advising.Start(turn);
                break;
            case "about":
                turn.SayText(turn.T("about.text"), [
                    [Button.Press(turn.T("kiosk.hours_button"), MenuFlow.Data("kiosk"))],
                    [Button.Press(turn.T("kiosk.events_button"), MenuFlow.Data("events"))],
                    [BackButton(turn)]]);
                break;
            case "language":
                Onboarding.AskLanguage(turn);
                break;
            case "kiosk":
                KioskInfo.Show(turn);
                break;
            case "events":
                KioskEvents.Show(turn);
                break;
            default:
                Show(turn);
                break;
        }
    }

    /// <summary>A button back to the main menu.</summary>
    public static Button BackButton(Turn turn) =>
        Button.Press(turn.T("menu.back"), MenuFlow.Data("back"));
}
