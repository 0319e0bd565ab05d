using System.Threading.Channels;

namespace Kiosk.Conversations.Delivery;

/// <summary>Wakes the outbox sender when new messages were committed, instead of polling.</summary>
public sealed class OutboxSignal
{
    private readonly Channel<bool> channel = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Says there is something to send.</summary>
    public void Notify() => channel.Writer.TryWrite(true);

    /// <summary>Waits until notified or until <paramref name="timeout"/> passed.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await channel.Reader.ReadAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The timeout passed: look at the outbox anyway (retries, messages from other writers).
        }
    }
}
