using Kiosk.Domain;

namespace Kiosk.Conversations.Engine;

/// <summary>Everything the engine knows about one chat when an update arrives: its state and the member, if any.</summary>
/// <param name="State">The chat's state; null for a chat the bot has never seen (or that was deleted).</param>
/// <param name="Member">The member; null before the privacy notice was accepted.</param>
public sealed record Conversation(ChatState? State, Member? Member);

/// <summary>The outcome of one turn: the new state and member (null = delete), and what to send.</summary>
/// <param name="State">The chat's new state, or null to forget the chat.</param>
/// <param name="Member">The member to store, or null to delete the member.</param>
/// <param name="Messages">What to send, in order.</param>
public sealed record TurnResult(ChatState? State, Member? Member, IReadOnlyList<Outbound> Messages);
