using System.Net.Http.Json;
using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;

namespace Kiosk.Telegram;

/// <summary>
/// getUpdates read as raw JSON: when Telegram.Bot cannot read one update of a batch, the whole batch
/// fails and the same batch would come back forever. Read one by one, only the unreadable update is skipped.
/// </summary>
public sealed class RawUpdatesRequest() : RequestBase<JsonElement[]>("getUpdates")
{
    /// <summary>First update id wanted.</summary>
    public int? Offset { get; init; }

    /// <summary>At most this many updates.</summary>
    public int Limit { get; init; } = 100;

    /// <summary>Update types wanted (Telegram's names).</summary>
    public IReadOnlyList<string> AllowedUpdates { get; init; } = [];

    /// <inheritdoc />
    public override HttpContent ToHttpContent() => JsonContent.Create(new Dictionary<string, object?>
    {
        ["offset"] = Offset, ["limit"] = Limit, ["timeout"] = 0, ["allowed_updates"] = AllowedUpdates,
    });

    /// <summary>True when Telegram answered but Telegram.Bot could not read the answer (not a refusal, not the network).</summary>
    public static bool IsUnreadableBatch(global::Telegram.Bot.Exceptions.RequestException exception) =>
        exception is not global::Telegram.Bot.Exceptions.ApiRequestException && exception.InnerException is not (HttpRequestException or IOException or OperationCanceledException);

    /// <summary>Each update read on its own: the update, or null and why (the exception's type and JSON path, never content).</summary>
    public static IEnumerable<(int Id, Update? Update, string? Problem)> Read(IEnumerable<JsonElement> updates)
    {
        foreach (var raw in updates)
        {
            Update? update;
            string? problem = null;
            try
            {
                update = raw.Deserialize<Update>(JsonBotAPI.Options);
            }
            catch (Exception exception)
            {
                // Whatever the converters throw (JSON, format, overflow, a missing object), the update cannot be read.
                update = null;
                problem = exception is JsonException { Path: { } path } ? $"{nameof(JsonException)} at {path}" : exception.GetType().Name;
            }

            var id = raw.ValueKind == JsonValueKind.Object && raw.TryGetProperty("update_id", out var value) && value.TryGetInt32(out var number) ? number : (int?)null;
            if (id is not null)
            {
                yield return (id.Value, update, problem);
            }
        }
    }
}
