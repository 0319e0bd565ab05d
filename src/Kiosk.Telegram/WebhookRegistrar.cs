using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;

namespace Kiosk.Telegram;

/// <summary>
/// In webhook mode, tells Telegram at start where to post updates (setWebhook with the secret token and the
/// wanted update kinds), retrying until it works. The listener itself is started by the host before this.
/// </summary>
public sealed class WebhookRegistrar(ITelegramBotClient client, UpdateIntake intake, IOptions<TelegramOptions> options, ILogger<WebhookRegistrar> logger) : BackgroundService
{
    private static readonly TimeSpan[] Backoff = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15)];

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var telegram = options.Value;
        if (!telegram.UsesWebhook)
        {
            return;
        }

        var request = new SetWebhookRequest { Url = telegram.WebhookUrl!, SecretToken = telegram.WebhookSecret, AllowedUpdates = UpdatePoller.Wanted };
        for (var failures = 0; !stoppingToken.IsCancellationRequested; failures++)
        {
            try
            {
                await client.SendRequest(request, stoppingToken);
                intake.Touch();
                logger.LogInformation("Webhook set: Telegram posts updates to {Url}", telegram.WebhookUrl);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is RequestException or HttpRequestException or TaskCanceledException)
            {
                var wait = Backoff[Math.Min(failures, Backoff.Length - 1)];
                logger.LogWarning("setWebhook failed ({Error}: {Reason}); retrying in {Seconds} s", exception.GetType().Name, UpdatePoller.Describe(exception), wait.TotalSeconds);
                await Task.Delay(wait, stoppingToken);
            }
        }
    }
}
