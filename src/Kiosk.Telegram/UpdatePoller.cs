using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Types.Enums;

namespace Kiosk.Telegram;

/// <summary>
/// Long polling (when no webhook URL is set): fetches updates and hands each to the intake, which commits it before
/// the next getUpdates confirms it to Telegram (offset). A crash in between means a redelivery, which the inbox skips.
/// </summary>
public sealed class UpdatePoller(
    ITelegramBotClient client, UpdateIntake intake, IOptions<TelegramOptions> options, ILogger<UpdatePoller> logger) : BackgroundService
{
    /// <summary>The update kinds the bot asks Telegram for, by polling or webhook.</summary>
    public static readonly UpdateType[] Wanted =
        [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery, UpdateType.ChannelPost, UpdateType.MyChatMember];

    private static readonly TimeSpan[] Backoff = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15)];

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.UsesWebhook)
        {
            return;
        }

        int? offset = null;
        var failures = 0;
        var webhookDeleted = false;
        var oneByOne = false;
        logger.LogInformation("Polling Telegram for updates");
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!webhookDeleted)
                {
                    // A webhook left from webhook mode makes every getUpdates a 409 conflict.
                    await client.SendRequest(new DeleteWebhookRequest(), stoppingToken);
                    webhookDeleted = true;
                }

                if (oneByOne)
                {
                    offset = await SkipUnreadableAsync(offset, stoppingToken);
                    oneByOne = false;
                    continue;
                }

                var request = new GetUpdatesRequest { Offset = offset, Limit = 100, Timeout = options.Value.PollTimeoutSeconds, AllowedUpdates = Wanted };
                var updates = await client.SendRequest(request, stoppingToken);
                failures = 0;
                intake.Touch();
                if (updates.Length > 0)
                {
                    intake.HandleAll(updates);
                    offset = updates[^1].Id + 1;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (RequestException exception) when (!oneByOne && RawUpdatesRequest.IsUnreadableBatch(exception))
            {
                logger.LogWarning("A batch of updates could not be read; reading it update by update");
                oneByOne = true;
            }
            catch (Exception exception) when (exception is RequestException or HttpRequestException or TaskCanceledException)
            {
                var wait = Backoff[Math.Min(failures++, Backoff.Length - 1)];
                logger.LogWarning("{Method} failed ({Error}: {Reason}); retrying in {Seconds} s", webhookDeleted ? "getUpdates" : "deleteWebhook", exception.GetType().Name, Describe(exception), wait.TotalSeconds);
                await Task.Delay(wait, stoppingToken);
            }
        }
    }

    // The batch arrived but one of its updates cannot be read: read them one by one and skip only that one.
    private async Task<int?> SkipUnreadableAsync(int? offset, CancellationToken stoppingToken)
    {
        var request = new RawUpdatesRequest { Offset = offset, AllowedUpdates = [.. Wanted.Select(TelegramName)] };
        foreach (var (id, update, problem) in RawUpdatesRequest.Read(await client.SendRequest(request, stoppingToken)))
        {
            if (update is null)
            {
                logger.LogWarning("Update {UpdateId} cannot be read ({Problem}); skipped", id, problem);
            }
            else
            {
                intake.Handle(update);
            }

            offset = id + 1;
        }

        return offset;
    }

    private static string TelegramName(UpdateType type) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(type.ToString());

    // Exception messages of the HTTP stack may carry the request URL, and with it the token: only the code.
    internal static string Describe(Exception exception) => exception switch
    {
        ApiRequestException api => $"error {api.ErrorCode}",
        HttpRequestException http => http.StatusCode?.ToString() ?? http.HttpRequestError.ToString(),
        RequestException { InnerException: { } inner } => Describe(inner),
        TaskCanceledException => "timeout",
        _ => exception.GetType().Name,
    };
}
