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
    public JsonObject ToJson()
    {
        // ToArray is the dictionary's own snapshot. LINQ over the live dictionary reads Count and then CopyTo,
        // which throws when a chat is added in between (seen as a rare 500 from /emulator/stats under load).
        var delivered = this.delivered.ToArray();
        return new JsonObject
        {
            ["calls"] = Object(calls.ToArray(), key => key),
            ["refusals"] = Object(refusals.ToArray(), key => key.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ["delivered"] = Object(delivered, key => key.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ["messages_delivered"] = delivered.Sum(pair => pair.Value),
        };
    }

    private static JsonObject Object<TKey>(KeyValuePair<TKey, int>[] pairs, Func<TKey, string> name) =>
        new(pairs.OrderBy(pair => pair.Key).Select(pair => KeyValuePair.Create(name(pair.Key), (JsonNode?)pair.Value)));
}
