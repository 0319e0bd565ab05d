using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Kiosk.Telegram.Tests;

public sealed class SendLimitsTests
{
    [Fact]
    public async Task A_private_chat_gets_its_burst_at_once_and_then_waits()
    {
        using var limits = new SendLimits(Options.Create(new TelegramOptions { PerChatBurst = 3, PerChatPerSecond = 1, MessagesPerSecond = 1000 }));

        for (var i = 0; i < 3; i++)
        {
            Assert.True(limits.WaitAsync(1, CancellationToken.None).IsCompletedSuccessfully, $"message {i + 1} of the burst had to wait");
        }

        var fourth = limits.WaitAsync(1, CancellationToken.None);
        Assert.False(fourth.IsCompleted, "the fourth message in the same second must wait");
        Assert.True(limits.WaitAsync(2, CancellationToken.None).IsCompletedSuccessfully, "another chat is not slowed by the first");
        await fourth;
    }

    [Fact]
    public void Groups_have_their_own_per_minute_budget()
    {
        using var limits = new SendLimits(Options.Create(new TelegramOptions { PerGroupPerMinute = 2, MessagesPerSecond = 1000 }));
        Assert.True(limits.WaitAsync(-100, CancellationToken.None).IsCompletedSuccessfully);
        Assert.True(limits.WaitAsync(-100, CancellationToken.None).IsCompletedSuccessfully);
        Assert.False(limits.WaitAsync(-100, CancellationToken.None).IsCompleted);
    }
}
