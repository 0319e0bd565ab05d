using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;

namespace Kiosk.Conversations.Flows.Coordinators;

/// <summary>
/// A team button, "coord:AREA:...": the area (announcements, figures, moderation, advice, events) and the rest, which
/// that area reads and checks against what is stored.
/// </summary>
/// <param name="Area">The team tool the button belongs to.</param>
/// <param name="Rest">The action and its ids, ":"-separated.</param>
public sealed record TeamButton(string Area, string Rest) : IFlowButton<TeamButton>
{
    /// <summary>The areas of the team's tools.</summary>
    public static readonly IReadOnlyList<string> Areas = [Broadcasting.Area, Figures.Area, Moderation.Area, AdviceQueue.Area, EventDesk.Area];

    /// <inheritdoc />
    public static string Verb => ButtonData.Coordinator;

    /// <inheritdoc />
    public static IEnumerable<TeamButton> Samples =>
    [
        new(Broadcasting.Area, "to:category:translation"), new(Figures.Area, "csv"), new(Moderation.Area, "rej:0123456789ab"),
        new(AdviceQueue.Area, "day:0123456789ab:20261204"), new(EventDesk.Area, "delyes:0123456789ab"),
    ];

    /// <summary>The rest as parts.</summary>
    public string[] Parts => Rest.Split(':');

    /// <inheritdoc />
    public static TeamButton? TryDecode(string argument)
    {
        var colon = argument.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < argument.Length - 1 && Areas.Contains(argument[..colon]) ? new(argument[..colon], argument[(colon + 1)..]) : null;
    }

    /// <inheritdoc />
    public string Encode() => $"{Area}:{Rest}";
}

/// <summary>The team's buttons under cards and questions (<see cref="CoordinatorCommands"/>); refused for anyone not on the team.</summary>
public sealed class TeamFlow : ButtonFlow<TeamButton>
{
    /// <inheritdoc />
    public override bool MembersOnly => false;

    /// <inheritdoc />
    protected override void OnButton(Turn turn, TeamButton button)
    {
        if (turn.Member is null || !turn.IsCoordinator)
        {
            turn.Say("coordinator.only");
            return;
        }

        CoordinatorCommands.OnButton(turn, button);
    }
}
