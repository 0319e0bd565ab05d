using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Domain;

namespace Kiosk.Conversations.Flows.HelpRequests;

/// <summary>/myrequests: a card per open help request, each with a cancel button.</summary>
public static class MyRequests
{
    /// <summary>Shows the person's open requests.</summary>
    public static void Show(Turn turn)
    {
        var open = Asking.Open(turn).ToList();
        var newButton = Button.Press(turn.T("request.new"), MenuFlow.Data("request"));
        if (open.Count == 0)
        {
            turn.SayText(turn.T("request.none"), [[newButton], [MainMenu.BackButton(turn)]]);
            return;
        }

        turn.Say("request.list_title");
        foreach (var request in open)
        {
            turn.SayText(Card(turn, request), [[Button.Press(turn.T("request.cancel"), FlowButton.Data(new RequestButton(request.Id)))]]);
        }

        turn.SayText(turn.T("menu.title"), [[newButton], [MainMenu.BackButton(turn)]]);
    }

    /// <summary>Cancels one of the person's own open requests (<see cref="RequestCancelFlow"/>); anything else is an old button.</summary>
    public static void Cancel(Turn turn, string requestId)
    {
        var request = Asking.Open(turn).FirstOrDefault(r => r.Id == requestId);
        if (request is null || !request.Cancel())
        {
            turn.Say("input.old_button");
            MainMenu.Show(turn);
            return;
        }

        turn.RemovePressedButtons();
        turn.Say("request.cancelled");
    }

    /// <summary>A request as a card.</summary>
    public static string Card(Turn turn, HelpRequest request) => turn.T("request.card",
        ("category", Labels.Category(turn, request.Category)),
        ("when", Labels.When(turn, request.When)),
        ("district", Labels.District(turn, request.District)),
        ("details", request.Details.Length > 0 ? request.Details : turn.T("request.no_details")));
}
