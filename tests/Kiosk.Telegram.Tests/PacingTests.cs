using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Telegram.Tests;

public sealed class PacingTests
{
    [Fact]
    public void The_budget_lets_exactly_the_limit_through_in_any_second()
    {
        var time = new FakeTimeProvider();
        var budget = new SendBudget(3, time);
        Assert.Equal([TimeSpan.Zero, TimeSpan.Zero], [budget.TryTake(), budget.TryTake()]);
        time.Advance(TimeSpan.FromMilliseconds(400));
        Assert.Equal(TimeSpan.Zero, budget.TryTake());

        Assert.Equal(TimeSpan.FromMilliseconds(600), budget.TryTake());
        time.Advance(TimeSpan.FromMilliseconds(600));
        Assert.Equal(TimeSpan.Zero, budget.TryTake());
        Assert.Equal(TimeSpan.Zero, budget.TryTake());
        Assert.Equal(TimeSpan.FromMilliseconds(400), budget.TryTake());
    }

    [Fact]
    public async Task The_pacer_spreads_messages_evenly_and_a_late_sender_catches_up_only_a_little()
    {
        var time = new FakeTimeProvider();
        var pacer = new Pacer(10, time);
        Assert.True(pacer.WaitAsync(CancellationToken.None).IsCompletedSuccessfully);
        // The first slot after a quiet time lies 20 ms back (the catch-up), so the second is due 80 ms later.
        var second = pacer.WaitAsync(CancellationToken.None);
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(79));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await second;

        // After a long quiet time only 20 ms worth may go at once: at 10/s that is none beyond the one due now.
        time.Advance(TimeSpan.FromSeconds(10));
        Assert.True(pacer.WaitAsync(CancellationToken.None).IsCompletedSuccessfully);
        Assert.False(pacer.WaitAsync(CancellationToken.None).IsCompleted);
    }

    [Fact]
    public async Task A_reply_that_waits_goes_before_an_announcement_that_waits()
    {
        var time = new FakeTimeProvider();
        using var limits = new SendLimits(Options.Create(new TelegramOptions { MessagesPerSecond = 1, PerChatBurst = 10, PerChatPerSecond = 10 }), time);
        await limits.WaitAsync(1, CancellationToken.None);

        var announcement = limits.WaitBulkAsync(2, CancellationToken.None).AsTask();
        var reply = limits.WaitAsync(3, CancellationToken.None).AsTask();
        time.Advance(TimeSpan.FromSeconds(1));
        await reply.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(announcement.IsCompleted, "the announcement must wait for the next free second");

        time.Advance(TimeSpan.FromSeconds(1));
        await announcement.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
