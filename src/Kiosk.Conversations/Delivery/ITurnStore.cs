using Kiosk.Conversations.Engine;

namespace Kiosk.Conversations.Delivery;

/// <summary>
/// Commits one turn atomically: the update id (inbox), the chat's new state, the member and the
/// outgoing messages (outbox) in one transaction. Implemented by storage. A failure of the store itself is thrown
/// as <see cref="StoreFailedException"/>; anything else comes from the turn.
/// </summary>
public interface ITurnStore
{
    /// <summary>
    /// Loads the chat's conversation, runs <paramref name="turn"/> on it and commits the result with the
    /// update id. Returns false, without running the turn, when the update id was handled before.
    /// </summary>
    bool Commit(Inbound inbound, Func<Conversation, TurnResult> turn);

    /// <summary>
    /// Commits several turns, in order, in one transaction (one write for a whole batch of updates); an exception in
    /// any of them commits none. Returns, per inbound, whether it was new.
    /// </summary>
    IReadOnlyList<bool> CommitAll(IReadOnlyList<Inbound> inbounds, Func<Inbound, Conversation, TurnResult> turn);
}
