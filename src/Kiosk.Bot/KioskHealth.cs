using System.Text.Json.Serialization;
using Kiosk.Conversations.Delivery;
using Kiosk.Storage;
using Kiosk.Telegram;
using Microsoft.Extensions.Options;

namespace Kiosk.Bot;

/// <summary>What GET /health answers. Holds no token and no personal data.</summary>
public sealed record HealthReport(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("mode")] string Mode,
    [property: JsonPropertyName("database")] bool DatabaseOpens,
    [property: JsonPropertyName("last_contact")] DateTimeOffset? LastContact,
    [property: JsonPropertyName("outbox_backlog")] int? OutboxBacklog)
{
    /// <summary>True for "healthy" (HTTP 200), false for 503.</summary>
    [JsonIgnore]
    public bool IsHealthy => Status == "healthy";
}

/// <summary>
/// Healthy when the database answers and Telegram is reachable: in polling mode a getUpdates succeeded within
/// Health:MaxSilenceSeconds; in webhook mode setWebhook succeeded (webhook calls come only when people write).
/// </summary>
public sealed class KioskHealth(KioskDatabase database, UpdateIntake intake, IOptions<TelegramOptions> telegram, IOptions<HealthOptions> options)
{
    private readonly DateTimeOffset started = DateTimeOffset.UtcNow;

    /// <summary>Checks now.</summary>
    public HealthReport Check()
    {
        int? backlog;
        try
        {
            backlog = database.Outbox.Count(entry => entry.Status == OutboxStatus.Pending);
        }
        catch (Exception)
        {
            backlog = null;
        }

        var webhook = telegram.Value.UsesWebhook;
        var last = intake.LastContact;
        var grace = TimeSpan.FromSeconds(options.Value.MaxSilenceSeconds);
        var reached = webhook
            ? last is not null || DateTimeOffset.UtcNow - started < grace
            : DateTimeOffset.UtcNow - (last ?? started) < grace;
        var healthy = backlog is not null && reached;
        return new HealthReport(healthy ? "healthy" : "unhealthy", webhook ? "webhook" : "polling", backlog is not null, last, backlog);
    }
}
