namespace Kiosk.Telegram;

/// <summary>
/// Spreads messages evenly: one slot every 1/<c>perSecond</c> seconds, so that announcements never arrive in a
/// burst at the edge of Telegram's second. Slots are counted, not measured, so late timers do not lower the rate;
/// a sender that fell behind may catch up by 20 ms worth of slots.
/// </summary>
public sealed class Pacer
{
    private readonly TimeProvider time;
    private readonly long interval;
    private readonly long catchUp;
    private readonly Lock gate = new();
    private long next;

    /// <summary>A pacer for <paramref name="perSecond"/> messages per second.</summary>
    public Pacer(double perSecond, TimeProvider time)
    {
        this.time = time;
        interval = (long)(time.TimestampFrequency / perSecond);
        catchUp = time.TimestampFrequency / 50;
    }

    /// <summary>Waits for the next slot.</summary>
    public ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        long now, slot;
        lock (gate)
        {
            now = time.GetTimestamp();
            next = Math.Max(next, now - catchUp);
            slot = next;
            next += interval;
        }

        return slot <= now ? ValueTask.CompletedTask : new ValueTask(Task.Delay(time.GetElapsedTime(now, slot), time, cancellationToken));
    }
}
