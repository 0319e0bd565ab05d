using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Kiosk.Conversations.Delivery;

/// <summary>
/// Wakes the outbox sender when new messages were committed, instead of polling. A committing turn names the chats it
/// wrote to, so that the sender can serve them without looking through the outbox; anyone else just says "look".
/// </summary>
public sealed class OutboxSignal
{
    private readonly Channel<bool> channel = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    private readonly ConcurrentDictionary<long, bool> named = new();
    private int lookEverywhere = 1; // at start: whatever was left from before

    /// <summary>Says there is something to send, somewhere: the sender looks through the outbox.</summary>
    public void Notify()
    {
        Interlocked.Exchange(ref lookEverywhere, 1);
        channel.Writer.TryWrite(true);
    }

    /// <summary>Says there are new messages for these chats.</summary>
    public void Notify(IEnumerable<long> chatIds)
    {
        foreach (var chatId in chatIds)
        {
            named[chatId] = true;
        }

        channel.Writer.TryWrite(true);
    }

    /// <summary>True, and forgotten, when <paramref name="chatId"/> was named since it was last taken.</summary>
    public bool TakeNamed(long chatId) => named.TryRemove(chatId, out _);

    /// <summary>Wakes the sender without news (a chat was served: a place is free).</summary>
    public void Wake() => channel.Writer.TryWrite(true);

    /// <summary>
    /// The chats named since the last call, except those in <paramref name="busy"/> (they stay named), at most
    /// <paramref name="max"/>; and whether someone asked to look through the whole outbox (reset by this call).
    /// </summary>
    public (IReadOnlyList<long> Chats, bool LookEverywhere) Take(int max, IReadOnlySet<long> busy)
    {
        var everywhere = Interlocked.Exchange(ref lookEverywhere, 0) == 1;
        var chats = new List<long>();
        foreach (var chatId in named.Keys)
        {
            if (chats.Count == max)
            {
                break;
            }

            if (!busy.Contains(chatId) && named.TryRemove(chatId, out _))
            {
                chats.Add(chatId);
            }
        }

        return (chats, everywhere);
    }

    /// <summary>Waits until notified or until <paramref name="timeout"/> passed (then the sender looks everywhere).</summary>
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
            Interlocked.Exchange(ref lookEverywhere, 1);
        }
    }
}
