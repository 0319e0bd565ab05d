using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;

namespace Kiosk.Conversations.Flows.Privacy;

/// <summary>/delete: after one confirmation, everything stored about the person is erased.</summary>
public static class DataDeletion
{
    /// <summary>Asks for confirmation, or says there is nothing to delete.</summary>
    public static void Ask(Turn turn)
    {
        if (turn.Member is null)
        {
            turn.Say("delete.nothing");
            turn.ForgetChat = true;
            return;
        }

        Flow.Enter(turn, new ConfirmingDeletion());
        turn.SayText(turn.T("delete.confirm"),
        [
            [Button.Press(turn.T("delete.yes"), FlowButton.Data(new DeletionButton(Yes: true)))],
            [Button.Press(turn.T("delete.no"), FlowButton.Data(new DeletionButton(Yes: false)))],
        ]);
    }

    /// <summary>Deletes the member and the chat, or keeps everything.</summary>
    public static void Answer(Turn turn, bool delete)
    {
        turn.RemovePressedButtons();
        if (!delete || turn.Member is null)
        {
            turn.Say("delete.kept");
            MainMenu.Show(turn);
            return;
        }

        turn.Say("delete.done");
        HelpRequests.RelayClosing.PersonLeft(turn);
        turn.Member = null;
        turn.ForgetChat = true;
    }
}
