using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kiosk.Conversations.Delivery;

/// <summary>
/// When the database itself fails, the bot stops with exit code 3 instead of retrying forever against a closed LiteDB
/// engine (5.0.21 can close it after an internal race, or leak transactions until none can start): run with a restart
/// policy (`docker run --restart unless-stopped`), and it starts again with the database reopened.
/// </summary>
public sealed class StoreFailureShutdown(IHostApplicationLifetime lifetime, ILogger<StoreFailureShutdown> logger)
{
    /// <summary>The process's exit code after the store failed.</summary>
    public const int ExitCode = 3;

    /// <summary>
    /// True, and the bot stopping, when <paramref name="exception"/> is a failure of the store; the caller then ends
    /// its loop. Anything else is the caller's to handle.
    /// </summary>
    public bool StopsFor(Exception exception)
    {
        if (!StoreFailedException.IsStoreFailure(exception))
        {
            return false;
        }

        if (!lifetime.ApplicationStopping.IsCancellationRequested)
        {
            logger.LogCritical(exception, "The database failed; stopping so that the bot starts again with it reopened (no update is skipped)");
            Environment.ExitCode = ExitCode;
            lifetime.StopApplication();
        }

        return true;
    }
}
