using Kiosk.Emulator;
using Kiosk.Emulator.BotApi;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Emulator.Tests;

public sealed class SendLimiterTests
{
    [Fact]
    public void The_overall_limit_refills_from_the_elapsed_time_and_refuses_with_retry_after_in_whole_seconds()
    {
        var time = new FakeTimeProvider();
        using var limiter = new SendLimiter(new EmulatorOptions { MessagesPerSecond = 4, PerChatBurst = 100, PerChatPerSecond = 100 }, time);
        for (var chat = 1; chat <= 4; chat++)
        {
            limiter.Take(chat);
        }

        var refused = Assert.Throws<ApiError>(() => limiter.Take(5));
        Assert.Equal((429, 1), (refused.Code, refused.RetryAfter));

        time.Advance(TimeSpan.FromMilliseconds(250));
        limiter.Take(6);
        Assert.Throws<ApiError>(() => limiter.Take(7));

        time.Advance(TimeSpan.FromSeconds(10));
        for (var chat = 10; chat < 14; chat++)
        {
            limiter.Take(chat);
        }

        Assert.Throws<ApiError>(() => limiter.Take(14));
    }
}
