using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;

namespace Kiosk.Bot.Tests;

/// <summary>The real host, built by the bot's own builder, with test configuration and optionally a fake Telegram.</summary>
public static class BotHostFactory
{
    public const string Token = "123456:TEST-token_never_logged";

    public static IHost Create(string databasePath, FakeTelegram? telegram = null, Action<IServiceCollection>? services = null, params (string Key, string? Value)[] settings)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["Telegram:Token"] = Token,
            ["Telegram:PollTimeoutSeconds"] = "0",
            ["Storage:DatabasePath"] = databasePath,
            ["Health:Listen"] = "http://127.0.0.1:0", // tests run side by side: each bot's /health on a port of its own
        };
        foreach (var (key, value) in settings)
        {
            configuration[key] = value;
        }

        var builder = KioskHost.CreateBuilder([], configuration);
        builder.Logging.ClearProviders();
        if (Environment.GetEnvironmentVariable("KIOSK_TEST_LOGS") == "1")
        {
            builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Debug);
        }
        if (telegram is not null)
        {
            builder.Services.AddSingleton<ITelegramBotClient>(telegram.Mock.Object);
        }

        services?.Invoke(builder.Services);
        return builder.Build();
    }
}
