using Kiosk.Conversations.Delivery;
using Kiosk.Conversations.Engine;
using Kiosk.Storage;
using Kiosk.Telegram;
using Microsoft.Extensions.Logging;

namespace Kiosk.Bot;

/// <summary>Every ten minutes (and at start), closes the help requests whose time has passed.</summary>
public sealed class HelpRequestExpiryService(HelpRequestExpiry expiry, KioskTime time, StoreFailureShutdown shutdown, ILogger<HelpRequestExpiryService> logger)
    : GuardedLoop(shutdown, logger)
{
    /// <inheritdoc />
    protected override TimeSpan Every => TimeSpan.FromMinutes(10);

    /// <inheritdoc />
    protected override void RunOnce()
    {
        var closed = expiry.CloseExpired(time.Now, time.Zone);
        if (closed > 0)
        {
            logger.LogInformation("Closed {Count} help requests whose time has passed", closed);
        }
    }
}
