using Kiosk.Conversations.Engine;
using Microsoft.Extensions.Logging;

namespace Kiosk.Conversations.Delivery;

/// <summary>
/// Handles inbounds exactly once: runs the engine inside the store's transaction, then wakes the sender, naming the
/// chats the turns wrote to.
/// </summary>
public sealed class InboundProcessor(ITurnStore store, ConversationEngine engine, OutboxSignal signal, ILogger<InboundProcessor> logger)
{
    /// <summary>Returns false when the update was handled before (a redelivery).</summary>
    public bool Process(Inbound inbound)
    {
        var written = new List<long>();
        var handled = store.Commit(inbound, conversation => Noted(engine.Handle(inbound, conversation), written));
        if (handled)
        {
            signal.Notify(written);
        }
        else
        {
            logger.LogInformation("Update {UpdateId} was handled before; skipped", inbound.UpdateId);
        }

        return handled;
    }

    /// <summary>
    /// After <see cref="Process"/> threw for a reason other than the store: stores the update as handled with only an
    /// apology to the person, so that a failing turn is never swallowed silently. Returns false for a redelivery.
    /// </summary>
    public bool Apologize(Inbound inbound) => Answer(inbound, "input.failed");

    /// <summary>Stores the update as handled with only a request to write more slowly (the person is over the limit).</summary>
    public bool SlowDown(Inbound inbound) => Answer(inbound, "input.slow_down");

    private bool Answer(Inbound inbound, string key)
    {
        var written = new List<long>();
        var handled = store.Commit(inbound, conversation => Noted(engine.Unhandled(inbound, conversation, key), written));
        if (handled)
        {
            signal.Notify(written);
        }

        return handled;
    }

    /// <summary>Handles a batch in one transaction; throws (committing nothing) when any turn throws.</summary>
    public int ProcessAll(IReadOnlyList<Inbound> inbounds)
    {
        var written = new List<long>();
        var handled = store.CommitAll(inbounds, (inbound, conversation) => Noted(engine.Handle(inbound, conversation), written)).Count(isNew => isNew);
        if (handled > 0)
        {
            signal.Notify(written);
        }

        if (handled < inbounds.Count)
        {
            logger.LogInformation("{Count} updates were handled before; skipped", inbounds.Count - handled);
        }

        return handled;
    }

    // The chats a turn writes to, for the sender (a turn that is rolled back only makes the sender look in vain).
    private static TurnResult Noted(TurnResult result, List<long> written)
    {
        written.AddRange(result.Messages.Select(message => message.ChatId));
        return result;
    }
}
