namespace Kiosk.Telegram;

/// <summary>
/// At most <c>limit</c> messages in any one second, exactly: the send times of the last <c>limit</c> messages are
/// kept, and the next may go once the oldest of them is a second old. (The token buckets of
/// System.Threading.RateLimiting refill on a timer checked against a coarse tick count and now and then skip a
/// refill; a strict server answers the resulting bursts with 429 and a pause of a second.)
/// </summary>
public sealed class SendBudget(int limit, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Lock gate = new();
    private readonly Queue<long> sent = new();

    /// <summary>Waits until one more message fits into the last second, and counts it.</summary>
    public ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        var wait = TryTake();
        return wait == TimeSpan.Zero ? ValueTask.CompletedTask : WaitLongerAsync(wait, cancellationToken);
    }

    /// <summary>Counts one message now and returns zero, or returns how long until one fits.</summary>
    public TimeSpan TryTake()
    {
        lock (gate)
        {
            var now = time.GetTimestamp();
            while (sent.Count > 0 && time.GetElapsedTime(sent.Peek(), now) >= Window)
            {
                sent.Dequeue();
            }

            if (sent.Count < limit)
            {
                sent.Enqueue(now);
                return TimeSpan.Zero;
            }

            return Window - time.GetElapsedTime(sent.Peek(), now);
        }
    }

    private async ValueTask WaitLongerAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        do
        {
            await Task.Delay(wait, time, cancellationToken);
        }
        while ((wait = TryTake()) > TimeSpan.Zero);
    }
}
