using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;

namespace Kiosk.Conversations.Flows.Coordinators;

/// <summary>The check every team flow makes on its next text: someone taken off the team meanwhile goes back to the menu.</summary>
public static class TeamGuard
{
    /// <summary>True when the person is still on the team; otherwise their team flow is left and the menu shown.</summary>
    public static bool StillOnTeam(Turn turn)
    {
        if (turn.IsCoordinator)
        {
            return true;
        }

        Flow.Leave(turn);
        MainMenu.Show(turn);
        return false;
    }
}
