using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kiosk.Emulator.BotApi;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kiosk.Emulator.World;

/// <summary>
/// setWebhook/deleteWebhook and delivery: while a webhook is set, each update is POSTed in order to its
/// URL with the secret in X-Telegram-Bot-Api-Secret-Token, and confirmed by a 2xx answer.
/// </summary>
public sealed partial class Webhook(TelegramWorld world, IHttpClientFactory http, ILogger<Webhook> logger) : BackgroundService
{
    private readonly Lock sync = new();
    private string? url;
    private string? secret;
    private long nextUpdate;
    private string? lastError;

    /// <summary>True while a webhook URL is set.</summary>
    public bool IsActive
    {
        get
        {
            lock (sync)
            {
                return url is not null;
            }
        }
    }

    /// <summary>Sets the webhook; an empty URL removes it, as in Telegram.</summary>
    public void Set(string newUrl, string? secretToken, bool dropPending)
    {
        if (newUrl.Length == 0)
        {
            Delete(dropPending);
            return;
        }

        if (!Uri.TryCreate(newUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw ApiError.BadRequest("bad webhook: An HTTPS URL must be provided for webhook");
        }

        if (secretToken is not null && !SecretShape().IsMatch(secretToken))
        {
            throw ApiError.BadRequest("bad webhook: secret token contains unallowed characters");
        }

        if (dropPending)
        {
            world.DropPendingUpdates();
        }

        lock (sync)
        {
            (url, secret) = (newUrl, secretToken);
        }

        world.UpdatesSignal.Pulse();
    }

    /// <summary>Removes the webhook; getUpdates works again.</summary>
    public void Delete(bool dropPending)
    {
        if (dropPending)
        {
            world.DropPendingUpdates();
        }

        lock (sync)
        {
            (url, secret) = (null, null);
        }
    }

    /// <summary>getWebhookInfo.</summary>
    public JsonObject Info()
    {
        lock (sync)
        {
            var info = new JsonObject { ["url"] = url ?? "", ["has_custom_certificate"] = false, ["pending_update_count"] = world.HasUpdates(nextUpdate) ? 1 : 0 };
            if (lastError is not null)
            {
                info["last_error_message"] = lastError;
                info["last_error_date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            }

            return info;
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var client = http.CreateClient(nameof(Webhook));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DeliverNextAsync(client, stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Webhook delivery loop failed; going on");
            }
        }
    }

    private async Task DeliverNextAsync(HttpClient client, CancellationToken stoppingToken)
    {
        await world.UpdatesSignal.WaitUntilAsync(() => IsActive && world.HasUpdates(nextUpdate), TimeSpan.FromSeconds(1), stoppingToken);
        string? target;
        string? token;
        lock (sync)
        {
            (target, token) = (url, secret);
        }

        var update = world.TakeUpdates(nextUpdate, 1, null).FirstOrDefault();
        if (target is null || update is null)
        {
            return;
        }

        if (await DeliverAsync(client, target, token, update, stoppingToken))
        {
            nextUpdate = update["update_id"]!.GetValue<int>() + 1;
            world.TakeUpdates(nextUpdate, 0, null);
        }
        else
        {
            await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
        }
    }

    private async Task<bool> DeliverAsync(HttpClient client, string target, string? token, JsonObject update, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, target)
        {
            Content = new StringContent(update.ToJsonString(BotApiEndpoints.Json), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", token);
        }

        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return true;
            }

            lastError = $"Wrong response from the webhook: {(int)response.StatusCode}";
        }
        catch (HttpRequestException exception)
        {
            lastError = $"Connection failed: {exception.HttpRequestError}";
        }

        logger.LogWarning("Webhook delivery failed ({Error}); retrying", lastError);
        return false;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretShape();
}
