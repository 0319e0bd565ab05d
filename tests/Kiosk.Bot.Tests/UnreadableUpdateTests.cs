using System.Text.Json;
using Kiosk.Conversations.Localization;
using Kiosk.Telegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;

namespace Kiosk.Bot.Tests;

/// <summary>Found by the storm of bad updates: one update Telegram.Bot cannot read used to stop polling for everybody.</summary>
public sealed class UnreadableUpdateTests : IDisposable
{
    private static readonly Localizer Localizer = new(Catalogs.Load(Catalogs.DefaultDirectory), NullLogger<Localizer>.Instance);
    private readonly string directory = Directory.CreateTempSubdirectory("kiosk-host-").FullName;

    [Fact]
    public async Task A_batch_with_an_unreadable_update_is_read_update_by_update_and_the_others_are_answered()
    {
        var telegram = new FakeTelegram();
        var calls = 0;
        telegram.Mock.Setup(c => c.SendRequest(It.IsAny<GetUpdatesRequest>(), It.IsAny<CancellationToken>()))
            .Returns((GetUpdatesRequest request, CancellationToken ct) => Interlocked.Increment(ref calls) == 1
                ? throw new RequestException("Required properties not found in response")
                : WaitForever(ct));
        var batch = JsonSerializer.Deserialize<JsonElement[]>("""
            [{"update_id":7,"message":{"message_id":1,"date":-1,"chat":{"id":1001,"type":"private"},"from":{"id":1001,"is_bot":false,"first_name":"Amina"},"text":"x"}},
             {"update_id":8,"message":{"message_id":2,"date":0,"chat":{"id":1001,"type":"private"},"from":{"id":1001,"is_bot":false,"first_name":"Amina","language_code":"de"},"text":"/start"}}]
            """)!;
        telegram.Mock.Setup(c => c.SendRequest(It.Is<RawUpdatesRequest>(r => r.Offset == null), It.IsAny<CancellationToken>())).ReturnsAsync(batch);
        var logs = new CapturingLoggerProvider();
        using var host = BotHostFactory.Create(Path.Combine(directory, "kiosk.db"), telegram, services => services.AddSingleton<ILoggerProvider>(logs));
        await host.StartAsync();

        await Eventually.True(() => telegram.TextsTo(1001).Contains(Localizer.Text("de", "onboarding.choose_language")), "the answer to the readable /start");
        await host.StopAsync();

        Assert.Contains(logs.Lines, line => line.Level == LogLevel.Warning && line.Text.Contains("Update 7 cannot be read", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Level >= LogLevel.Error);
        Assert.True(calls >= 2, "polling went on after the unreadable batch");
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static async Task<Update[]> WaitForever(CancellationToken ct)
    {
        await Task.Delay(Timeout.Infinite, ct);
        return [];
    }
}
