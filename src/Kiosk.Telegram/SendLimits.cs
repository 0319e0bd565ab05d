using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Kiosk.Telegram;

/// <summary>
/// Telegram's send limits: about 30 messages in any second overall (<see cref="SendBudget"/>), 1/s per private
/// chat after a short burst and 20/min per group (token buckets per chat). Waiting here keeps the bot under the
/// limits, so a 429 is the exception rather than the pacing mechanism. Replies to people go before announcements:
/// an announcement waits while a reply waits, and announcements are evenly paced below the limit, which leaves
/// room for replies. A 429 pauses everything for its retry_after.
/// </summary>
public sealed class SendLimits : IDisposable
{
    /// <summary>
    /// Share of the global limit that announcements use, evenly spread: Telegram counts seconds on its own clock and
    /// messages arrive with some jitter, so sending right at the limit would now and then put one too many into one
    /// of Telegram's seconds and cost a 429 and a pause of at least a second.
    /// </summary>
    public const double BulkShare = 0.97;

    private readonly TimeProvider time;
    private readonly SendBudget global;
    private readonly Pacer bulk;
    private readonly PartitionedRateLimiter<long> perChat;
    private readonly Lock gate = new();
    private int repliesWaiting;
    private TaskCompletionSource noReplyWaiting = Done();
    private DateTimeOffset pausedUntil = DateTimeOffset.MinValue;

    /// <summary>Builds the limiters from the options (tests pass their own clock).</summary>
    public SendLimits(IOptions<TelegramOptions> options, TimeProvider? time = null)
    {
        var o = options.Value;
        this.time = time ?? TimeProvider.System;
        global = new SendBudget(o.MessagesPerSecond, this.time);
        bulk = new Pacer(BulkShare * o.MessagesPerSecond, this.time);
        perChat = PartitionedRateLimiter.Create<long, long>(chatId => chatId < 0
            ? RateLimitPartition.GetTokenBucketLimiter(chatId, _ => BucketOptions(o.PerGroupPerMinute, o.PerGroupPerMinute, TimeSpan.FromMinutes(1)))
            : RateLimitPartition.GetTokenBucketLimiter(chatId, _ => BucketOptions(o.PerChatBurst, o.PerChatPerSecond, TimeSpan.FromSeconds(1))));
    }

    /// <summary>Waits until one more reply may go to <paramref name="chatId"/>.</summary>
    public async ValueTask WaitAsync(long chatId, CancellationToken cancellationToken)
    {
        await WaitChatAsync(chatId, cancellationToken);
        await WaitGlobalAsync(cancellationToken);
    }

    /// <summary>Waits for <paramref name="chatId"/>'s own pace only; <see cref="WaitGlobalAsync"/> must follow before sending.</summary>
    public async ValueTask WaitChatAsync(long chatId, CancellationToken cancellationToken)
    {
        using var chatLease = await perChat.AcquireAsync(chatId, 1, cancellationToken);
    }

    /// <summary>Waits for the global budget only (edits of earlier messages are not new messages in the chat).</summary>
    public async ValueTask WaitGlobalAsync(CancellationToken cancellationToken)
    {
        EnterReply();
        try
        {
            await WaitForPauseAsync(cancellationToken);
            await global.WaitAsync(cancellationToken);
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
        await WaitForPauseAsync(cancellationToken);
        await bulk.WaitAsync(cancellationToken);
        while (true)
        {
            // Looked at again before every try: a reply that started waiting meanwhile takes the next place.
            Task replies;
            lock (gate)
            {
                replies = noReplyWaiting.Task;
            }

            await replies.WaitAsync(cancellationToken);
            var wait = global.TryTake();
            if (wait == TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>Telegram said 429: nothing is sent for <paramref name="wait"/>.</summary>
    public void PauseFor(TimeSpan wait)
    {
        var until = time.GetUtcNow() + wait;
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
            remaining = pausedUntil - time.GetUtcNow();
        }

        if (remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining, time, cancellationToken);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
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
