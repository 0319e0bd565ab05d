using Kiosk.Telegram;
using Kiosk.Conversations.Engine;
using Kiosk.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kiosk.Bot;

/// <summary>At start and then every Storage:RetentionSweepEvery, deletes what was kept for Storage:RetentionDays.</summary>
public sealed class RetentionService(RetentionSweep sweep, KioskTime time, IOptions<StorageOptions> options, StoreFailureShutdown shutdown,
    ILogger<RetentionService> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RetentionSweepEvery);
        do
        {
            try
            {
                var result = sweep.Run(time.Now, time.Zone, options.Value.RetentionDays);
                if (result.Total > 0)
                {
                    logger.LogInformation(
                        "Retention sweep deleted {Requests} help requests, {Matches} matches, {Messages} messages, {Updates} update ids, {Deliveries} announcement copies, {Events} events, {Steps} steps",
                        result.Requests, result.Matches, result.Messages, result.Updates, result.Deliveries, result.Events, result.Steps);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                if (shutdown.StopsFor(exception))
                {
                    return;
                }

                // A failed sweep is tried again next time; the bot keeps answering meanwhile.
                logger.LogError(exception, "Retention sweep failed; trying again later");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
