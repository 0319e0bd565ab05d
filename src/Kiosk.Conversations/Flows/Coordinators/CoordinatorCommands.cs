using Kiosk.Conversations.Engine;

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

    /// <summary>A pressed "coord:AREA:..." button of a coordinator; the rest of the data is still untrusted.</summary>
    public static void OnButton(Turn turn, string argument)
    {
        switch (argument.Split(':'))
        {
            case [Broadcasting.Area, .. var rest]:
                Broadcasting.OnButton(turn, rest);
                break;
            case [Figures.Area, .. var rest]:
                Figures.OnButton(turn, rest);
                break;
            case [Moderation.Area, .. var rest]:
                Moderation.OnButton(turn, rest);
                break;
            case [AdviceQueue.Area, .. var rest]:
                AdviceQueue.OnButton(turn, rest);
                break;
            case ["ev", .. var rest]:
                EventDesk.OnButton(turn, rest);
                break;
            default:
                turn.Say("input.old_button");
                break;
        }
    }

    /// <summary>Button data of a team action: "coord:" and the parts, joined with ":".</summary>
    public static string Data(params string[] parts) => new ButtonData(ButtonData.Coordinator, string.Join(':', parts)).ToString();
}
