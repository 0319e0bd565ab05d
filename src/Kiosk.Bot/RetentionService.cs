using Kiosk.Conversations.Delivery;
using Kiosk.Conversations.Engine;
using Kiosk.Storage;
using Kiosk.Telegram;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kiosk.Bot;

/// <summary>At start and then every Storage:RetentionSweepEvery, deletes what was kept for Storage:RetentionDays.</summary>
public sealed class RetentionService(RetentionSweep sweep, KioskTime time, IOptions<StorageOptions> options, StoreFailureShutdown shutdown,
    ILogger<RetentionService> logger) : GuardedLoop(shutdown, logger)
{
    /// <inheritdoc />
    protected override TimeSpan Every => options.Value.RetentionSweepEvery;

    /// <inheritdoc />
    protected override void RunOnce()
    {
        var result = sweep.Run(time.Now, time.Zone, options.Value.RetentionDays);
        if (result.Total > 0)
        {
            logger.LogInformation(
                "Retention sweep deleted {Requests} help requests, {Matches} matches, {Messages} messages, {Updates} update ids, {Deliveries} announcement copies, {Events} events, {Steps} steps, {Records} other records",
                result.Requests, result.Matches, result.Messages, result.Updates, result.Deliveries, result.Events, result.Steps, result.Records);
        }
    }
}
