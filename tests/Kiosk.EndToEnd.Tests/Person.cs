using System.Net.Http.Json;
using System.Text.Json;

namespace Kiosk.EndToEnd.Tests;

/// <summary>A button as the emulator shows it.</summary>
public sealed record ChatButton(string Text, string? CallbackData, string? Url);

/// <summary>A message as the emulator shows it.</summary>
public sealed record ChatMessage(int MessageId, bool FromBot, string? Text, List<List<ChatButton>> Buttons, bool Edited);

/// <summary>One person talking to the bot through the emulator's user API.</summary>
public sealed class Person(KioskUnderTest kiosk, long userId, string firstName, string language)
{
    // Waits look only at what the bot said after the person's last action, so an old answer never counts.
    private int since;

    public long UserId { get; } = userId;

    public string Language { get; } = language;

    public async Task<int> WriteAsync(string text)
    {
        var response = await kiosk.Http.PostAsJsonAsync("/emulator/messages", new { user_id = UserId, first_name = firstName, language_code = Language, text });
        response.EnsureSuccessStatusCode();
        since = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message_id").GetInt32();
        return since;
    }

    /// <summary>Starts the bot, picks the person's language and accepts the privacy notice.</summary>
    public async Task OnboardAsync()
    {
        await WriteAsync("/start");
        await WaitForAsync("onboarding.choose_language");
        await PressAsync($"lang:{Language}");
        await WaitForAsync("privacy.notice");
        await PressAsync("privacy:yes");
        await WaitForAsync("menu.title");
    }

    /// <summary>Presses the button with this data on the newest bot message that shows it.</summary>
    public async Task PressAsync(string data)
    {
        var message = (await MessagesAsync()).LastOrDefault(m => m.FromBot && m.Buttons.Any(row => row.Any(b => b.CallbackData == data)));
        Assert.True(message is not null, $"No button '{data}' in the chat of {UserId}");
        since = (await MessagesAsync()).Max(m => m.MessageId);
        var response = await kiosk.Http.PostAsJsonAsync("/emulator/callbacks", new { user_id = UserId, message_id = message!.MessageId, data });
        response.EnsureSuccessStatusCode();
    }

    public async Task BlockAsync(bool blocked = true) =>
        (await kiosk.Http.PostAsync($"/emulator/users/{UserId}/{(blocked ? "block" : "unblock")}", null)).EnsureSuccessStatusCode();

    public async Task<IReadOnlyList<ChatMessage>> MessagesAsync() =>
        (await kiosk.Http.GetFromJsonAsync<List<ChatMessage>>($"/emulator/chats/{UserId}/messages?after=0", KioskUnderTest.Json))!;

    public async Task<IReadOnlyList<string>> BotTextsAsync() =>
        (await MessagesAsync()).Where(m => m.FromBot).Select(m => m.Text ?? "").ToList();

    /// <summary>Waits (long polling the emulator) until the bot has said the localized text of <paramref name="key"/>.</summary>
    public Task WaitForAsync(string key, params (string Name, object? Value)[] args) =>
        WaitForTextAsync(KioskUnderTest.Localizer.Text(Language, key, args));

    /// <summary>Waits for a bot message that starts with <paramref name="start"/> and returns its whole text.</summary>
    public async Task<string> WaitForStartAsync(string start)
    {
        await WaitForTextAsync(start, startsWith: true);
        return (await MessagesAsync()).Last(m => m.FromBot && m.MessageId > since && (m.Text ?? "").StartsWith(start, StringComparison.Ordinal)).Text!;
    }

    public async Task WaitForTextAsync(string expected, int timeoutSeconds = 30, bool startsWith = false)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        var seen = 0;
        while (true)
        {
            var messages = await MessagesAsync();
            if (messages.Any(m => m.FromBot && m.MessageId > since && (startsWith ? (m.Text ?? "").StartsWith(expected, StringComparison.Ordinal) : m.Text == expected)))
            {
                return;
            }

            var remaining = deadline - DateTime.UtcNow;
            Assert.True(remaining > TimeSpan.Zero,
                $"{UserId} never got:\n{expected}\nbut got:\n{string.Join("\n---\n", messages.Where(m => m.FromBot).Select(m => m.Text))}");
            seen = messages.Count == 0 ? 0 : messages[^1].MessageId;
            await kiosk.Http.GetAsync($"/emulator/chats/{UserId}/wait?after={seen}&timeout={Math.Min(5, remaining.TotalSeconds):0.#}");
        }
    }
}
