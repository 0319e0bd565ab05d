using Kiosk.Telegram;
using Kiosk.Conversations;
using Kiosk.Conversations.Delivery;
using Kiosk.Conversations.Engine;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kiosk.Bot;

/// <summary>Runs due scheduled steps (timeouts, reminders, feedback questions), also those that fell due while the bot was down.</summary>
public sealed class ScheduleRunner(
    IScheduleStore schedule, ConversationEngine engine, KioskTime time, OutboxSignal signal, IOptions<KioskOptions> options, StoreFailureShutdown shutdown,
    ILogger<ScheduleRunner> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.ScheduleCheckSeconds));
        do
        {
            try
            {
                var ran = schedule.RunDue(time.Now, engine.RunStep);
                if (ran > 0)
                {
                    logger.LogInformation("Ran {Count} scheduled steps", ran);
                    signal.Notify();
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                if (shutdown.StopsFor(exception))
                {
                    return;
                }

                logger.LogError(exception, "Running scheduled steps failed; trying again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
