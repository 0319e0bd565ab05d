using Kiosk.Conversations.Delivery;
using Kiosk.Conversations.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Kiosk.Telegram.Tests;

/// <summary>Runs a real OutboxSender over a mocked client and an in-memory outbox until a condition holds.</summary>
public static class SenderRun
{
    private static readonly StoreFailureShutdown Shutdown = new(new FakeLifetime(), NullLogger<StoreFailureShutdown>.Instance);

    private static readonly Localizer Localizer = new(Catalogs.Load(Catalogs.DefaultDirectory), NullLogger<Localizer>.Instance);

    public static async Task UntilAsync(ITelegramBotClient client, IOutbox outbox, Func<bool> done, string because)
    {
        var options = Options.Create(new TelegramOptions { PerChatBurst = 100, PerChatPerSecond = 100, MessagesPerSecond = 1000 });
        using var limits = new SendLimits(options);
        var signal = new OutboxSignal();
        using var sender = new OutboxSender(client, outbox, signal, limits, Localizer, options, Shutdown, NullLogger<OutboxSender>.Instance);
        await sender.StartAsync(CancellationToken.None);
        signal.Notify();
        try
        {
            await Eventually.True(done, because);
        }
        finally
        {
            await sender.StopAsync(CancellationToken.None);
        }
    }
}
