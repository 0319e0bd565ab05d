using System.Net;
using Kiosk.Emulator.BotApi;
using Kiosk.Emulator.UserApi;
using Kiosk.Emulator.World;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kiosk.Emulator;

/// <summary>
/// A local Telegram Bot API server with a web chat, on loopback only. Start it, point the bot at
/// <see cref="BaseUrl"/> with <see cref="EmulatorOptions.Token"/>, and talk to the bot as several people.
/// </summary>
public sealed class EmulatorServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private EmulatorServer(WebApplication app, EmulatorOptions options, Uri baseUrl)
    {
        this.app = app;
        Options = options;
        BaseUrl = baseUrl;
    }

    /// <summary>The options it runs with.</summary>
    public EmulatorOptions Options { get; }

    /// <summary>Where it listens, e.g. http://127.0.0.1:5080/.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The emulated Telegram, for tests that look inside.</summary>
    public TelegramWorld World => app.Services.GetRequiredService<TelegramWorld>();

    /// <summary>The counters behind /emulator/stats.</summary>
    public BotApi.EmulatorStats Stats => app.Services.GetRequiredService<BotApi.EmulatorStats>();

    /// <summary>Starts the server on loopback and returns when it listens.</summary>
    public static async Task<EmulatorServer> StartAsync(EmulatorOptions options, ILoggerFactory? loggerFactory = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            // On loopback under heavy load (hundreds of people at once in a test on two busy cores) Kestrel's
            // data-rate guards against slow clients would refuse requests that are merely waiting for a thread.
            kestrel.Limits.MinRequestBodyDataRate = null;
            kestrel.Limits.MinResponseDataRate = null;
        });
        builder.Logging.ClearProviders();
        if (loggerFactory is not null)
        {
            // Request logs name the URL, and with it the token: ASP.NET Core's own logs stay at Warning.
            builder.Logging.AddProvider(new ForwardingLoggerProvider(loggerFactory)).AddFilter("Microsoft", LogLevel.Warning)
                .AddFilter("Microsoft.AspNetCore", LogLevel.Warning).AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        }

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<TelegramWorld>();
        builder.Services.AddSingleton<SendLimiter>();
        builder.Services.AddSingleton<Faults>();
        builder.Services.AddSingleton<EmulatorStats>();
        builder.Services.AddSingleton<FileStore>();
        builder.Services.AddSingleton<BotProfile>();
        builder.Services.AddSingleton<BotApiMethods>();
        builder.Services.AddSingleton<Webhook>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<Webhook>());
        builder.Services.AddHttpClient(nameof(Webhook)).RemoveAllLoggers();

        var app = builder.Build();
        var services = app.Services;
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception exception) when (exception is InvalidOperationException or FormatException or System.Text.Json.JsonException && !context.Response.HasStarted)
            {
                // Malformed input to the user API: say so instead of a 500.
                await Results.Json(new { error = exception.Message }, statusCode: 400).ExecuteAsync(context);
            }
        });
        app.MapBotApi(options, services.GetRequiredService<BotApiMethods>(), services.GetRequiredService<Faults>(), services.GetRequiredService<EmulatorStats>());
        app.MapUserApi(services.GetRequiredService<TelegramWorld>(), services.GetRequiredService<Faults>(), services.GetRequiredService<EmulatorStats>(), services.GetRequiredService<FileStore>(), options);
        app.MapWebChat();
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new EmulatorServer(app, options, new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/"));
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
