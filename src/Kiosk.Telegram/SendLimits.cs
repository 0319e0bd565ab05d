using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Kiosk.Telegram;

/// <summary>
/// Telegram's send limits as token buckets: about 30 messages/s overall, 1/s per private chat after a
/// short burst, 20/min per group (negative chat ids). Waiting here keeps the bot under the limits, so
/// a 429 is the exception rather than the pacing mechanism. Replies to people go before announcements:
/// an announcement waits while a reply waits. A 429 pauses everything for its retry_after.
/// </summary>
public sealed class SendLimits : IDisposable
{
    /// <summary>
    /// Share of the global limit that announcements use, evenly spread: Telegram counts per second from its own
    /// clock, so a bot that sends its whole second's worth at once straddles Telegram's second now and then and
    /// gets a 429 (and a pause of at least a second). At 96 % with a small buffer, no second of Telegram's sees more than the limit.
    /// </summary>
    public const double BulkShare = 0.96;

    private readonly TokenBucketRateLimiter global;
    private readonly TokenBucketRateLimiter bulk;
    private readonly PartitionedRateLimiter<long> perChat;
    private readonly Lock gate = new();
    private int repliesWaiting;
    private TaskCompletionSource noReplyWaiting = Done();
    private DateTimeOffset pausedUntil = DateTimeOffset.MinValue;

    /// <summary>Builds the limiters from the options.</summary>
    public SendLimits(IOptions<TelegramOptions> options)
    {
        var o = options.Value;
        global = Bucket(o.MessagesPerSecond, o.MessagesPerSecond, TimeSpan.FromSeconds(1));
        // Refilled in steps of at least 10 ms; the buffer (4 % of a second) absorbs the sender's pauses between chunks.
        var perStep = (int)Math.Ceiling(BulkShare * o.MessagesPerSecond / 100);
        bulk = Bucket(Math.Max(perStep, o.MessagesPerSecond / 25), perStep, TimeSpan.FromSeconds(perStep / (BulkShare * o.MessagesPerSecond)));
        perChat = PartitionedRateLimiter.Create<long, long>(chatId => chatId < 0
            ? RateLimitPartition.GetTokenBucketLimiter(chatId, _ => BucketOptions(o.PerGroupPerMinute, o.PerGroupPerMinute, TimeSpan.FromMinutes(1)))
            : RateLimitPartition.GetTokenBucketLimiter(chatId, _ => BucketOptions(o.PerChatBurst, o.PerChatPerSecond, TimeSpan.FromSeconds(1))));
    }

    /// <summary>Waits until one more reply may go to <paramref name="chatId"/>.</summary>
    public async ValueTask WaitAsync(long chatId, CancellationToken cancellationToken)
    {
        using var chatLease = await perChat.AcquireAsync(chatId, 1, cancellationToken);
        await WaitGlobalAsync(cancellationToken);
    }

    /// <summary>Waits for the global budget only (edits of earlier messages are not new messages in the chat).</summary>
    public async ValueTask WaitGlobalAsync(CancellationToken cancellationToken)
    {
        EnterReply();
        try
        {
            await WaitForPauseAsync(cancellationToken);
            using var globalLease = await global.AcquireAsync(1, cancellationToken);
        }
        finally
        {
            LeaveReply();
        }
    }

    /// <summary>Waits until one announcement copy may go to <paramref name="chatId"/>: after every waiting reply.</summary>
    public async ValueTask WaitBulkAsync(long chatId, CancellationToken cancellationToken)
    {
        using var chatLease = await perChat.AcquireAsync(chatId, 1, cancellationToken);
        Task replies;
        lock (gate)
        {
            replies = noReplyWaiting.Task;
        }

        await replies.WaitAsync(cancellationToken);
        await WaitForPauseAsync(cancellationToken);
        using var bulkLease = await bulk.AcquireAsync(1, cancellationToken);
        using var globalLease = await global.AcquireAsync(1, cancellationToken);
    }

    /// <summary>Telegram said 429: nothing is sent for <paramref name="wait"/>.</summary>
    public void PauseFor(TimeSpan wait)
    {
        var until = DateTimeOffset.UtcNow + wait;
        lock (gate)
        {
            if (until > pausedUntil)
            {
                pausedUntil = until;
            }
        }
    }

    /// <summary>Waits out a pause after a 429.</summary>
    public async Task WaitForPauseAsync(CancellationToken cancellationToken)
    {
        TimeSpan remaining;
        lock (gate)
        {
            remaining = pausedUntil - DateTimeOffset.UtcNow;
        }

        if (remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining, cancellationToken);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        global.Dispose();
        bulk.Dispose();
        perChat.Dispose();
    }

    private void EnterReply()
    {
        lock (gate)
        {
            if (repliesWaiting++ == 0)
            {
                noReplyWaiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    private void LeaveReply()
    {
        lock (gate)
        {
            if (--repliesWaiting == 0)
            {
                noReplyWaiting.TrySetResult();
            }
        }
    }

    private static TaskCompletionSource Done()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
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
