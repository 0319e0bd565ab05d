using Kiosk.Conversations;
using Kiosk.Conversations.Delivery;
using Kiosk.Conversations.Engine;
using Kiosk.Telegram;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kiosk.Bot;

/// <summary>Runs due scheduled steps (timeouts, reminders, feedback questions), also those that fell due while the bot was down.</summary>
public sealed class ScheduleRunner(
    IScheduleStore schedule, ConversationEngine engine, KioskTime time, OutboxSignal signal, IOptions<KioskOptions> options, StoreFailureShutdown shutdown,
    ILogger<ScheduleRunner> logger) : GuardedLoop(shutdown, logger)
{
    /// <inheritdoc />
    protected override TimeSpan Every => TimeSpan.FromSeconds(options.Value.ScheduleCheckSeconds);

    /// <inheritdoc />
    protected override void RunOnce()
    {
        var ran = schedule.RunDue(time.Now, engine.RunStep);
        if (ran > 0)
        {
            logger.LogInformation("Ran {Count} scheduled steps", ran);
            signal.Notify();
        }
    }
}
