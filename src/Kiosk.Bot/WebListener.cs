using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kiosk.Telegram;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Kiosk.Bot;

/// <summary>
/// The bot's HTTP side: GET /health and the coordinators' desk (/app/, <see cref="Desk.DeskApi"/>) always, and in webhook mode POST {path of Telegram:WebhookUrl}, which answers
/// 200 only after the update is committed (so Telegram redelivers if the bot dies first) and 401 without the secret.
/// Registered before the Telegram services, so it listens before setWebhook.
/// </summary>
public sealed class WebListener(KioskHealth health, UpdateIntake intake, Desk.DeskApi desk, IOptions<TelegramOptions> telegram, IOptions<HealthOptions> options, ILogger<WebListener> logger)
    : IHostedService, IAsyncDisposable
{
    private WebApplication? app;

    /// <summary>The addresses it listens on once started (with the real port when the configured one was 0).</summary>
    public IReadOnlyList<string> Addresses { get; private set; } = [];

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var webhook = telegram.Value.UsesWebhook;
        var (key, listen) = webhook ? ("Telegram:WebhookListen", telegram.Value.WebhookListen) : ("Health:Listen", options.Value.Listen);
        if (string.IsNullOrWhiteSpace(listen))
        {
            return;
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.WebHost.UseUrls(listen);
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapGet("/health", () =>
        {
            var report = health.Check();
            return Results.Json(report, statusCode: report.IsHealthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        desk.Map(app);
        if (webhook)
        {
            app.MapPost(new Uri(telegram.Value.WebhookUrl!).AbsolutePath, ReceiveAsync);
        }

        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException exception) when (webhook)
        {
            throw new InvalidOperationException($"{key} (env {key.Replace(":", "__", StringComparison.Ordinal)}) {listen} cannot be used ({exception.Message}); choose another address", exception);
        }
        catch (IOException exception)
        {
            // Without the health endpoint the bot still serves people; Docker's HEALTHCHECK will say so.
            logger.LogWarning("Health:Listen {Listen} cannot be used ({Reason}); no health endpoint", listen, exception.Message);
            await DisposeAsync();
            return;
        }

        Addresses = [.. app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []];
        logger.LogInformation("Listening on {Addresses} for {What}", Addresses, webhook ? "the Telegram webhook, /health and the desk (/app/)" : "/health and the desk (/app/)");
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (app is not null)
        {
            await app.StopAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
            app = null;
        }
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!HasSecret(request.Headers["X-Telegram-Bot-Api-Secret-Token"].ToString()))
        {
            logger.LogWarning("Webhook call without the right secret token refused");
            return Results.Unauthorized();
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(request.Body, JsonBotAPI.Options, cancellationToken);
        }
        catch (JsonException)
        {
            update = null;
        }

        if (update is null)
        {
            return Results.BadRequest();
        }

        intake.Touch();
        intake.Handle(update);
        return Results.Ok();
    }

    // Compared in constant time, so the secret cannot be guessed byte by byte from response times.
    private bool HasSecret(string given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(telegram.Value.WebhookSecret ?? ""))
        && given.Length > 0;
}
