using Kiosk.Conversations.Delivery;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kiosk.Telegram;

/// <summary>
/// A background job that runs at start and then every <see cref="Every"/>: a failed run is logged and tried again
/// at the next turn (the bot keeps answering meanwhile); a failure of the database itself stops the bot
/// (<see cref="StoreFailureShutdown"/>). Subclasses say only what one run does.
/// </summary>
public abstract class GuardedLoop(StoreFailureShutdown shutdown, ILogger logger) : BackgroundService
{
    /// <summary>How long after one run the next one starts.</summary>
    protected abstract TimeSpan Every { get; }

    /// <summary>One run; logs what it did when it did something.</summary>
    protected abstract void RunOnce();

    /// <inheritdoc />
    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every);
        do
        {
            try
            {
                RunOnce();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                if (shutdown.StopsFor(exception))
                {
                    return;
                }

                logger.LogError(exception, "{Loop} failed; trying again in {Every}", GetType().Name, Every);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
