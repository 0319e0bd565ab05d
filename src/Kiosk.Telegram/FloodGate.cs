using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Kiosk.Telegram;

/// <summary>What happens to one person's update at the flood gate.</summary>
public enum FloodVerdict
{
    /// <summary>Handled as usual.</summary>
    Admit,

    /// <summary>The first update beyond the limit: the person is told once to slow down.</summary>
    SlowDown,

    /// <summary>Beyond the limit and already told: ignored.</summary>
    Ignore,
}

/// <summary>
/// At most <see cref="TelegramOptions.UpdatesPerPersonPerMinute"/> updates a minute per person (a sliding window), so that
/// one person writing hundreds of messages cannot fill the queue with replies that everybody else waits behind.
/// </summary>
public sealed class FloodGate(IOptions<TelegramOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<long> limiter = PartitionedRateLimiter.Create<long, long>(userId =>
        RateLimitPartition.GetSlidingWindowLimiter(userId, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = options.Value.UpdatesPerPersonPerMinute,
            Window = TimeSpan.FromMinutes(1),
            SegmentsPerWindow = 6,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    // People told to slow down and not admitted since: told only once per flood.
    private readonly ConcurrentDictionary<long, bool> told = new();

    /// <summary>Counts an update of <paramref name="userId"/> and says what to do with it.</summary>
    public FloodVerdict Admit(long userId)
    {
        using var lease = limiter.AttemptAcquire(userId);
        if (lease.IsAcquired)
        {
            told.TryRemove(userId, out _);
            return FloodVerdict.Admit;
        }

        return told.TryAdd(userId, true) ? FloodVerdict.SlowDown : FloodVerdict.Ignore;
    }

    /// <inheritdoc />
    public void Dispose() => limiter.Dispose();
}
