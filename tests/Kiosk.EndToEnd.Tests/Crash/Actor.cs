using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kiosk.EndToEnd.Tests.Crash;

/// <summary>The whole chat as the emulator's long poll returns it.</summary>
public sealed record ChatChanges(long Version, List<ChatMessage> Messages);

/// <summary>
/// One person of the crash load, acting through the emulator's user API like a script would. Waits are long polls
/// on the chat's changes (edits included) with a deadline, so 200 of them cost the machine almost nothing while idle.
/// Every update id the person caused is kept, to check afterwards that the bot handled each one.
/// </summary>
public sealed class Actor(HttpClient http, long userId, string firstName, string language, ConcurrentBag<int> updates, int timeoutSeconds, Func<string> botState)
{
    private long version = -1;
    private List<ChatMessage> messages = [];
    private int since;

    public long UserId { get; } = userId;

    public string FirstName { get; } = firstName;

    public string Language { get; } = language;

    /// <summary>Messages this person sent (texts and button presses).</summary>
    public int Sent { get; private set; }

    public string T(string key, params (string, object?)[] args) => KioskUnderTest.Localizer.Text(Language, key, args);

    public async Task WriteAsync(string text)
    {
        var response = await http.PostAsJsonAsync("/emulator/messages", new { user_id = UserId, first_name = FirstName, language_code = Language, text });
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        since = answer.GetProperty("message_id").GetInt32();
        Remember(answer);
    }

    /// <summary>Presses the newest button with this data, waiting for it to appear.</summary>
    public async Task PressAsync(string data)
    {
        var message = await WaitAsync(m => m.Buttons.Any(row => row.Any(b => b.CallbackData == data)), $"a button '{data}'", fromStart: true);
        await PressOnAsync(message, data);
    }

    /// <summary>Presses the newest button whose data starts with <paramref name="prefix"/> on a message that matches.</summary>
    public async Task PressStartingWithAsync(string prefix, Func<ChatMessage, bool>? on = null)
    {
        var message = await WaitAsync(m => (on is null || on(m)) && Button(m, prefix) is not null, $"a button '{prefix}…'", fromStart: true);
        await PressOnAsync(message, Button(message, prefix)!);
    }

    /// <summary>Waits for a bot message with exactly the text of <paramref name="key"/> after the person's last action.</summary>
    public Task<ChatMessage> WaitForAsync(string key, params (string, object?)[] args)
    {
        var text = T(key, args);
        return WaitAsync(m => m.Text == text, key);
    }

    /// <summary>Stands for a value not known in advance: a text is compared only up to it.</summary>
    public const string Unknown = "\u0001";

    /// <summary>Waits for a bot message starting with the first line of <paramref name="key"/> (up to an <see cref="Unknown"/> value).</summary>
    public Task<ChatMessage> WaitForStartAsync(string key, bool fromStart, params (string, object?)[] args)
    {
        var start = T(key, args).Split('\n')[0].Split(Unknown)[0];
        return WaitAsync(m => (m.Text ?? "").StartsWith(start, StringComparison.Ordinal), key, fromStart);
    }

    /// <summary>The newest bot message that matches (after the last action unless <paramref name="fromStart"/>), within the deadline.</summary>
    public async Task<ChatMessage> WaitAsync(Func<ChatMessage, bool> match, string what, bool fromStart = false)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var found = messages.LastOrDefault(m => m.FromBot && (fromStart || m.MessageId > since) && match(m));
            if (found is not null)
            {
                return found;
            }

            var remaining = deadline - DateTime.UtcNow;
            Assert.True(remaining > TimeSpan.Zero,
                $"{UserId} ({Language}) never got {what}; the bot wrote:\n{string.Join("\n---\n", messages.Where(m => m.FromBot).Select(m => m.Text))}\n{botState()}");
            var changes = await http.GetFromJsonAsync<ChatChanges>(
                $"/emulator/chats/{UserId}/changes?version={version}&timeout={Math.Min(5, remaining.TotalSeconds):0.#}", KioskUnderTest.Json);
            (version, messages) = (changes!.Version, changes.Messages);
        }
    }

    /// <summary>Everything the bot wrote into this chat, as it is now.</summary>
    public async Task<IReadOnlyList<string>> BotTextsAsync()
    {
        var all = await http.GetFromJsonAsync<List<ChatMessage>>($"/emulator/chats/{UserId}/messages?after=0", KioskUnderTest.Json);
        return all!.Where(m => m.FromBot).Select(m => m.Text ?? "").ToList();
    }

    private static string? Button(ChatMessage message, string prefix) =>
        message.Buttons.SelectMany(row => row).FirstOrDefault(b => b.CallbackData?.StartsWith(prefix, StringComparison.Ordinal) == true)?.CallbackData;

    private async Task PressOnAsync(ChatMessage message, string data)
    {
        since = messages.Max(m => m.MessageId);
        var response = await http.PostAsJsonAsync("/emulator/callbacks", new { user_id = UserId, message_id = message.MessageId, data });
        response.EnsureSuccessStatusCode();
        Remember(await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private void Remember(JsonElement answer)
    {
        updates.Add(answer.GetProperty("update_id").GetInt32());
        Sent++;
    }
}
