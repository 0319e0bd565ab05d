using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Kiosk.Telegram;

/// <summary>
/// Telegram's send limits as token buckets: about 30 messages/s overall, 1/s per private chat after a
/// short burst, 20/min per group (negative chat ids). Waiting here keeps the bot under the limits, so
/// a 429 is the exception rather than the pacing mechanism.
/// </summary>
public sealed class SendLimits : IDisposable
{
    private readonly TokenBucketRateLimiter global;
    private readonly PartitionedRateLimiter<long> perChat;

    /// <summary>Builds the limiters from the options.</summary>
    public SendLimits(IOptions<TelegramOptions> options)
    {
        var o = options.Value;
        global = Bucket(o.MessagesPerSecond, o.MessagesPerSecond, TimeSpan.FromSeconds(1));
        perChat = PartitionedRateLimiter.Create<long, long>(chatId => chatId < 0
            ? RateLimitPartition.GetTokenBucketLimiter(chatId, _ => BucketOptions(o.PerGroupPerMinute, o.PerGroupPerMinute, TimeSpan.FromMinutes(1)))
            : RateLimitPartition.GetTokenBucketLimiter(chatId, _ => BucketOptions(o.PerChatBurst, o.PerChatPerSecond, TimeSpan.FromSeconds(1))));
    }

    /// <summary>Waits until one more message may go to <paramref name="chatId"/>.</summary>
    public async ValueTask WaitAsync(long chatId, CancellationToken cancellationToken)
    {
        using var chatLease = await perChat.AcquireAsync(chatId, 1, cancellationToken);
        using var globalLease = await global.AcquireAsync(1, cancellationToken);
    }

    /// <summary>Waits for the global budget only (edits of earlier messages are not new messages in the chat).</summary>
    public async ValueTask WaitGlobalAsync(CancellationToken cancellationToken)
    {
        using var globalLease = await global.AcquireAsync(1, cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        global.Dispose();
        perChat.Dispose();
    }

    private static TokenBucketRateLimiter Bucket(int burst, int perPeriod, TimeSpan period) => new(BucketOptions(burst, perPeriod, period));

    private static TokenBucketRateLimiterOptions BucketOptions(int burst, int perPeriod, TimeSpan period) => new()
    {
        TokenLimit = burst,
        TokensPerPeriod = perPeriod,
        ReplenishmentPeriod = period,
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    };
}
