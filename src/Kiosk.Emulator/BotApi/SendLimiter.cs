using System.Threading.RateLimiting;

namespace Kiosk.Emulator.BotApi;

/// <summary>
/// Telegram's send limits, refusing (never queueing) beyond them, with the wait in retry_after: overall a token
/// bucket of MessagesPerSecond tokens refilled continuously from the elapsed time (the library's bucket refills on a
/// timer checked against a coarse tick count and now and then skips a refill, refusing a bot that keeps the limit),
/// and the library's token buckets per chat.
/// </summary>
public sealed class SendLimiter : IDisposable
{
    private readonly Lock gate = new();
    private readonly int perSecond;
    private readonly TimeProvider time;
    private readonly PartitionedRateLimiter<long> perChat;
    private double tokens;
    private long refilledAt;

    /// <summary>Builds the limits from the options.</summary>
    public SendLimiter(EmulatorOptions options, TimeProvider time)
    {
        perSecond = options.MessagesPerSecond;
        this.time = time;
        tokens = perSecond;
        refilledAt = time.GetTimestamp();
        perChat = PartitionedRateLimiter.Create<long, long>(chatId => chatId < 0
            ? RateLimitPartition.GetTokenBucketLimiter(chatId, _ => Bucket(options.PerGroupPerMinute, options.PerGroupPerMinute, TimeSpan.FromMinutes(1)))
            : RateLimitPartition.GetTokenBucketLimiter(chatId, _ => Bucket(options.PerChatBurst, options.PerChatPerSecond, TimeSpan.FromSeconds(1))));
    }

    /// <summary>Takes one message's worth from the chat and the global bucket, or throws 429.</summary>
    public void Take(long chatId)
    {
        using var chatLease = perChat.AttemptAcquire(chatId);
        if (!chatLease.IsAcquired)
        {
            throw TooMany(chatLease);
        }

        lock (gate)
        {
            var now = time.GetTimestamp();
            tokens = Math.Min(perSecond, tokens + (time.GetElapsedTime(refilledAt, now).TotalSeconds * perSecond));
            refilledAt = now;
            if (tokens < 1)
            {
                throw TooMany(TimeSpan.FromSeconds((1 - tokens) / perSecond));
            }

            tokens--;
        }
    }

    /// <inheritdoc />
    public void Dispose() => perChat.Dispose();

    private static ApiError TooMany(RateLimitLease lease) =>
        TooMany(lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1));

    // Telegram's retry_after is whole seconds, at least one.
    private static ApiError TooMany(TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        return new ApiError(429, $"Too Many Requests: retry after {seconds}", seconds);
    }

    private static TokenBucketRateLimiterOptions Bucket(int burst, int perPeriod, TimeSpan period) => new()
    {
        TokenLimit = burst,
        TokensPerPeriod = perPeriod,
        ReplenishmentPeriod = period,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
