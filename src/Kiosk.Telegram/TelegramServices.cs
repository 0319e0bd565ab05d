using Kiosk.Conversations.Delivery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Kiosk.Telegram;

/// <summary>Registers the Telegram adapter: client, poller or webhook registration, outbox sender, profile publisher.</summary>
public static class TelegramServices
{
    /// <summary>The named HttpClient of the bot; its loggers are removed because every URL contains the token.</summary>
    public const string HttpClientName = "telegram";

    /// <summary>Adds the adapter and its validated options.</summary>
    public static IServiceCollection AddKioskTelegram(this IServiceCollection services)
    {
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        services.AddSingleton<IValidateOptions<TelegramOptions>, WebhookOptionsValidator>();
        services.AddHttpClient(HttpClientName).RemoveAllLoggers();
        services.AddSingleton<ITelegramBotClient>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
            // RetryCount 0: the outbox owns retries; the client's own 429 retry would block the sender.
            var clientOptions = new TelegramBotClientOptions(options.Token!, options.ApiBaseUrl.TrimEnd('/')) { RetryCount = 0 };
            return new TelegramBotClient(clientOptions, http);
        });
        services.AddSingleton<SendLimits>();
        services.AddSingleton<FloodGate>();
        services.AddSingleton<UpdateIntake>();
        services.AddSingleton<StoreFailureShutdown>();
        // Each of the two returns at once unless its mode (webhook URL set or not) is configured.
        services.AddHostedService<UpdatePoller>();
        services.AddHostedService<WebhookRegistrar>();
        services.AddHostedService<OutboxSender>();
        services.AddHostedService<BroadcastSender>();
        services.AddHostedService<BotProfilePublisher>();
        return services;
    }
}
