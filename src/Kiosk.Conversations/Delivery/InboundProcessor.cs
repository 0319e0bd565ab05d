using Kiosk.Conversations.Engine;
using Microsoft.Extensions.Logging;

namespace Kiosk.Conversations.Delivery;

/// <summary>Handles inbounds exactly once: runs the engine inside the store's transaction, then wakes the sender.</summary>
public sealed class InboundProcessor(ITurnStore store, ConversationEngine engine, OutboxSignal signal, ILogger<InboundProcessor> logger)
{
    /// <summary>Returns false when the update was handled before (a redelivery).</summary>
    public bool Process(Inbound inbound)
    {
        var handled = store.Commit(inbound, conversation => engine.Handle(inbound, conversation));
        if (handled)
        {
            signal.Notify();
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
        var handled = store.Commit(inbound, conversation => engine.Unhandled(inbound, conversation, key));
        if (handled)
        {
            signal.Notify();
        }

        return handled;
    }

    /// <summary>Handles a batch in one transaction; throws (committing nothing) when any turn throws.</summary>
    public int ProcessAll(IReadOnlyList<Inbound> inbounds)
    {
        var handled = store.CommitAll(inbounds, engine.Handle).Count(isNew => isNew);
        if (handled > 0)
        {
            signal.Notify();
        }

        if (handled < inbounds.Count)
        {
            logger.LogInformation("{Count} updates were handled before; skipped", inbounds.Count - handled);
        }

        return handled;
    }
}
