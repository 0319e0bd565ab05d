using System.Net;
using System.Net.Sockets;
using Kiosk.Emulator;
using Kiosk.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kiosk.Bot;

/// <summary>
/// With no Telegram token the bot starts the local Telegram emulator in-process and talks to it, so
/// the bot runs offline on a fresh machine. Registered before the Telegram services, so it listens
/// before the first getUpdates.
/// </summary>
public sealed class LocalEmulator(EmulatorOptions options, ILoggerFactory loggers, ILogger<LocalEmulator> logger) : IHostedService, IAsyncDisposable
{
    private EmulatorServer? server;

    /// <summary>True when the configuration has no token (and the emulator is not switched off).</summary>
    public static bool IsWanted(IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration["Telegram:Token"]) && configuration.GetValue("Emulator:Enabled", true);

    /// <summary>Registers the emulator and points the Telegram options at it.</summary>
    public static void Register(IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(EmulatorOptions.Section).Get<EmulatorOptions>() ?? new EmulatorOptions();
        if (options.Port == 0)
        {
            options.Port = FreePort();
        }

        services.AddSingleton(options);
        services.AddHostedService<LocalEmulator>();
        services.PostConfigure<TelegramOptions>(telegram =>
        {
            telegram.Token = options.Token;
            telegram.ApiBaseUrl = $"http://127.0.0.1:{options.Port}";
        });

        // The web chat's "Coordinator (de)" is on the team when nobody else is (only here: the emulator is not Telegram).
        // And the desk is on the bot's own listener, opened from the web chat as a Mini App.
        var listen = configuration["Health:Listen"] ?? new HealthOptions().Listen;
        services.PostConfigure<Kiosk.Conversations.KioskOptions>(kiosk =>
        {
            if (kiosk.Coordinators.Count == 0)
            {
                kiosk.Coordinators.Add(DemoCoordinator);
            }

            if (string.IsNullOrWhiteSpace(kiosk.DeskUrl) && Uri.TryCreate(listen, UriKind.Absolute, out var address) && address.Port != 0)
            {
                kiosk.DeskUrl = new Uri(address, "/app/").AbsoluteUri;
            }
        });
    }

    /// <summary>The web chat's preset coordinator (its "Coordinator (de)" button).</summary>
    public const long DemoCoordinator = 1003;

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            server = await EmulatorServer.StartAsync(options, loggers, cancellationToken);
        }
        catch (IOException exception)
        {
            throw new InvalidOperationException($"Emulator:Port (env Emulator__Port) {options.Port} cannot be used ({exception.Message}); choose another port", exception);
        }

        logger.LogInformation("No Telegram token set: the bot talks to the local Telegram emulator. Open the web chat at {Url}", server.BaseUrl);
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (server is not null)
        {
            await server.DisposeAsync();
            server = null;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None);

    /// <summary>A loopback port free right now (for the emulator, and for tests that give the bot's listener a port of its own).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
