using Kiosk.Conversations.Engine;

namespace Kiosk.Conversations.Flows;

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

        turn.State.Step = ConversationStep.ConfirmingDeletion;
        turn.SayText(turn.T("delete.confirm"),
        [
            [Button.Press(turn.T("delete.yes"), new ButtonData(ButtonData.Delete, "yes").ToString())],
            [Button.Press(turn.T("delete.no"), new ButtonData(ButtonData.Delete, "no").ToString())],
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
        turn.Member = null;
        turn.ForgetChat = true;
    }
}
