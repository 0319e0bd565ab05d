using System.Threading.RateLimiting;

namespace Kiosk.Emulator.BotApi;

/// <summary>Telegram's send limits, refusing (never queueing) beyond them, with the wait in retry_after.</summary>
public sealed class SendLimiter : IDisposable
{
    private readonly TokenBucketRateLimiter global;
    private readonly PartitionedRateLimiter<long> perChat;

    /// <summary>Builds the buckets from the options.</summary>
    public SendLimiter(EmulatorOptions options)
    {
        global = new TokenBucketRateLimiter(Bucket(options.MessagesPerSecond, options.MessagesPerSecond, TimeSpan.FromSeconds(1)));
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

        using var globalLease = global.AttemptAcquire();
        if (!globalLease.IsAcquired)
        {
            throw TooMany(globalLease);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        global.Dispose();
        perChat.Dispose();
    }

    private static ApiError TooMany(RateLimitLease lease)
    {
        var seconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 1;
        seconds = Math.Max(1, seconds);
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
