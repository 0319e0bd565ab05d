using Kiosk.Telegram;
using Microsoft.Extensions.Configuration;

namespace Kiosk.Bot;

/// <summary>
/// <c>health</c>: asks the running bot's GET /health (on the address its configuration names) and exits 0 when it
/// answers 200, else 1. For Docker's HEALTHCHECK: the runtime image has no curl.
/// </summary>
public static class HealthCommand
{
    /// <summary>Runs the check against the bot configured by <paramref name="configuration"/>; returns the exit code.</summary>
    public static async Task<int> RunAsync(IConfiguration configuration, TextWriter output, TextWriter error)
    {
        var telegram = configuration.GetSection(TelegramOptions.Section).Get<TelegramOptions>() ?? new TelegramOptions();
        var health = configuration.GetSection(HealthOptions.Section).Get<HealthOptions>() ?? new HealthOptions();
        var listen = telegram.UsesWebhook ? telegram.WebhookListen : health.Listen;
        if (!HealthOptions.IsListenAddress(listen))
        {
            await error.WriteLineAsync($"health: no health endpoint is configured ('{listen}')");
            return 1;
        }

        var url = LocalAddress(new Uri(listen));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(new Uri(url, "/health"));
            await output.WriteLineAsync(await response.Content.ReadAsStringAsync());
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            await error.WriteLineAsync($"health: {url} does not answer ({exception.GetType().Name})");
            return 1;
        }
    }

    // The bot listens on every address (0.0.0.0, *, +, ::) in a container; the check asks it on loopback.
    private static Uri LocalAddress(Uri listen) =>
        listen.Host is "0.0.0.0" or "*" or "+" or "[::]" or "::" ? new UriBuilder(listen) { Host = "127.0.0.1" }.Uri : listen;
}
