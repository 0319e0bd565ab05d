using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Kiosk.Emulator.BotApi;

/// <summary>Counters for /emulator/stats: calls per method, refusals per code, messages delivered per chat.</summary>
public sealed class EmulatorStats
{
    private readonly ConcurrentDictionary<string, int> calls = new();
    private readonly ConcurrentDictionary<int, int> refusals = new();
    private readonly ConcurrentDictionary<long, int> delivered = new();

    /// <summary>Counts a call.</summary>
    public void Call(string method) => calls.AddOrUpdate(method, 1, (_, n) => n + 1);

    /// <summary>Counts a refusal.</summary>
    public void Refused(int code) => refusals.AddOrUpdate(code, 1, (_, n) => n + 1);

    /// <summary>Counts a message that reached a chat.</summary>
    public void Delivered(long chatId) => delivered.AddOrUpdate(chatId, 1, (_, n) => n + 1);

    /// <summary>The counters as JSON.</summary>
    public JsonObject ToJson() => new()
    {
        ["calls"] = new JsonObject(calls.OrderBy(p => p.Key).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
        ["refusals"] = new JsonObject(refusals.OrderBy(p => p.Key).Select(p => KeyValuePair.Create(p.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), (JsonNode?)p.Value))),
        ["delivered"] = new JsonObject(delivered.OrderBy(p => p.Key).Select(p => KeyValuePair.Create(p.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), (JsonNode?)p.Value))),
        ["messages_delivered"] = delivered.Values.Sum(),
    };
}
