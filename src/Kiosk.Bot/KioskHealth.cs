using System.Text.Json.Serialization;
using Kiosk.Conversations.Delivery;
using Kiosk.Storage;
using Kiosk.Telegram;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Kiosk.Bot;

/// <summary>What GET /health answers. Holds no token and no personal data.</summary>
public sealed record HealthReport(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("mode")] string Mode,
    [property: JsonPropertyName("database")] bool DatabaseOpens,
    [property: JsonPropertyName("last_contact")] DateTimeOffset? LastContact,
    [property: JsonPropertyName("outbox_backlog")] int? OutboxBacklog,
    [property: JsonPropertyName("oldest_reply_waiting_seconds")] double? OldestReplyWaitingSeconds = null)
{
    /// <summary>True for "healthy" (HTTP 200), false for 503.</summary>
    [JsonIgnore]
    public bool IsHealthy => Status == "healthy";
}

/// <summary>
/// Healthy when the database answers, Telegram is reachable (in polling mode a getUpdates succeeded within
/// Health:MaxSilenceSeconds; in webhook mode setWebhook succeeded, webhook calls come only when people write) and no
/// reply has waited longer than Health:MaxReplyWaitSeconds.
/// </summary>
public sealed class KioskHealth(KioskDatabase database, UpdateIntake intake, IOptions<TelegramOptions> telegram, IOptions<HealthOptions> options, IClock clock)
{
    // A database that does not answer in this time is as good as closed.
    private static readonly TimeSpan DatabaseWait = TimeSpan.FromSeconds(5);
    private readonly DateTimeOffset started = DateTimeOffset.UtcNow;

    /// <summary>Checks now.</summary>
    public HealthReport Check()
    {
        (int Backlog, Instant? Oldest)? outbox;
        try
        {
            var read = database.RunAsync(() => (
                database.Outbox.Count(entry => entry.Status == OutboxStatus.Pending),
                database.Outbox.Find(entry => entry.Status == OutboxStatus.Pending).Where(entry => entry.Priority == 0).Select(entry => (Instant?)entry.CreatedAt).Min()));
            outbox = read.Wait(DatabaseWait) ? read.Result : null;
        }
        catch (Exception)
        {
            outbox = null;
        }

        var webhook = telegram.Value.UsesWebhook;
        var last = intake.LastContact;
        var grace = TimeSpan.FromSeconds(options.Value.MaxSilenceSeconds);
        var reached = webhook
            ? last is not null || DateTimeOffset.UtcNow - started < grace
            : DateTimeOffset.UtcNow - (last ?? started) < grace;
        var waiting = outbox?.Oldest is { } oldest ? Math.Max(0, (clock.GetCurrentInstant() - oldest).TotalSeconds) : (double?)null;
        var repliesFlow = waiting is null || waiting <= options.Value.MaxReplyWaitSeconds;
        var healthy = outbox is not null && reached && repliesFlow;
        return new HealthReport(healthy ? "healthy" : "unhealthy", webhook ? "webhook" : "polling", outbox is not null, last, outbox?.Backlog, waiting is null ? null : Math.Round(waiting.Value, 1));
    }
}
