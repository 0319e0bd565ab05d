using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;

namespace Kiosk.Conversations.Flows.Coordinators;

/// <summary>
/// The kiosk team's commands and buttons. Callers check the role first: everyone else is refused, also
/// when they type a team command or forge a "coord:" button.
/// </summary>
public static class CoordinatorCommands
{
    /// <summary>The team's commands, in menu order (shown only in coordinators' command menus).</summary>
    public static readonly IReadOnlyList<string> Names = ["broadcast", "review", "queue", "stats", "export", "poster", "invite"];

    /// <summary>The team's commands in coordinators' menus: these, then the team's flows' (e.g. /desk).</summary>
    public static IEnumerable<string> Menu => Names.Concat(Engine.Units.FlowRegistry.TeamCommands);

    /// <summary>True for a team command.</summary>
    public static bool IsOne(string name) => Names.Contains(name);

    /// <summary>Runs a team command for a coordinator.</summary>
    public static void Run(Turn turn, string name, string argument)
    {
        switch (name)
        {
            case "broadcast":
                Broadcasting.Start(turn);
                break;
            case "invite":
                Invites.Create(turn);
                break;
            case "stats":
                Figures.Show(turn);
                break;
            case "export":
                Figures.Export(turn);
                break;
            case "poster":
                Posters.AskLanguage(turn);
                break;
            case "review":
                Moderation.Review(turn);
                break;
            case "queue":
                AdviceQueue.Show(turn);
                break;
        }
    }

    /// <summary>A pressed team button of a coordinator (<see cref="TeamFlow"/>); the rest of the data is still untrusted.</summary>
    public static void OnButton(Turn turn, TeamButton button)
    {
        var rest = button.Parts;
        switch (button.Area)
        {
            case Broadcasting.Area:
                Broadcasting.OnButton(turn, rest);
                break;
            case Figures.Area:
                Figures.OnButton(turn, rest);
                break;
            case Moderation.Area:
                Moderation.OnButton(turn, rest);
                break;
            case AdviceQueue.Area:
                AdviceQueue.OnButton(turn, rest);
                break;
            default:
                EventDesk.OnButton(turn, rest);
                break;
        }
    }

    /// <summary>Button data of a team action: "coord:AREA:..." (the area first, then the action and its ids).</summary>
    public static string Data(params string[] parts) => FlowButton.Data(new TeamButton(parts[0], string.Join(':', parts.Skip(1))));
}
