using Kiosk.Domain;
using Kiosk.Domain.Matching;

namespace Kiosk.Conversations.Engine;

/// <summary>Everything the engine knows about one chat when an update arrives.</summary>
/// <param name="State">The chat's state; null for a chat the bot has never seen (or that was deleted).</param>
/// <param name="Member">The member; null before the privacy notice was accepted.</param>
public sealed record Conversation(ChatState? State, Member? Member)
{
    /// <summary>The member's offers.</summary>
    public IReadOnlyList<Offer> Offers { get; init; } = [];

    /// <summary>The member's help requests.</summary>
    public IReadOnlyList<HelpRequest> Requests { get; init; } = [];

    /// <summary>Read access to other people's offers, requests and matches.</summary>
    public IKioskDirectory Directory { get; init; } = EmptyDirectory.Instance;
}

/// <summary>The outcome of one turn: the new state, member, offers and requests (null = delete), and what to send.</summary>
/// <param name="State">The chat's new state, or null to forget the chat.</param>
/// <param name="Member">The member to store, or null to delete the member.</param>
/// <param name="Messages">What to send, in order.</param>
public sealed record TurnResult(ChatState? State, Member? Member, IReadOnlyList<Outbound> Messages)
{
    /// <summary>The member's offers after the turn: stored as they are; offers missing here are deleted.</summary>
    public IReadOnlyList<Offer> Offers { get; init; } = [];

    /// <summary>The member's help requests after the turn, likewise.</summary>
    public IReadOnlyList<HelpRequest> Requests { get; init; } = [];

    /// <summary>Matches created or changed in the turn (of either side).</summary>
    public IReadOnlyList<Match> Matches { get; init; } = [];

    /// <summary>Reports made in the turn.</summary>
    public IReadOnlyList<Report> Reports { get; init; } = [];

    /// <summary>Time-based steps the turn scheduled.</summary>
    public IReadOnlyList<ScheduledStep> Scheduled { get; init; } = [];

    /// <summary>Everything else the turn changed beyond its own chat.</summary>
    public KioskChanges Changes { get; init; } = new();
}
