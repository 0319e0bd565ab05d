using Kiosk.Telegram;
using Kiosk.Conversations.Engine;
using Kiosk.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kiosk.Bot;

/// <summary>Every ten minutes (and at start), closes the help requests whose time has passed.</summary>
public sealed class HelpRequestExpiryService(HelpRequestExpiry expiry, KioskTime time, StoreFailureShutdown shutdown, ILogger<HelpRequestExpiryService> logger)
    : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(10);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every);
        do
        {
            try
            {
                var closed = expiry.CloseExpired(time.Now, time.Zone);
                if (closed > 0)
                {
                    logger.LogInformation("Closed {Count} help requests whose time has passed", closed);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                if (shutdown.StopsFor(exception))
                {
                    return;
                }

                // A failed sweep is tried again next time; it must not stop the bot for everybody.
                logger.LogError(exception, "Closing expired help requests failed; trying again later");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
