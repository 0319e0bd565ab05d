using System.Net.Http.Json;
using System.Text.Json;

namespace Kiosk.EndToEnd.Tests;

/// <summary>A button as the emulator shows it.</summary>
public sealed record ChatButton(string Text, string? CallbackData, string? Url);

/// <summary>A message as the emulator shows it.</summary>
public sealed record ChatMessage(int MessageId, bool FromBot, string? Text, List<List<ChatButton>> Buttons, bool Edited, string? Kind = null);

/// <summary>One person talking to the bot through the emulator's user API.</summary>
public sealed class Person(KioskUnderTest kiosk, long userId, string firstName, string language, string? username = null)
{
    // Waits look only at what the bot said after the person's last action, so an old answer never counts.
    private int since;

    public long UserId { get; } = userId;

    public string Language { get; } = language;

    public async Task<int> WriteAsync(string text)
    {
        var response = await kiosk.Http.PostAsJsonAsync("/emulator/messages", new { user_id = UserId, first_name = firstName, username, language_code = Language, text });
        response.EnsureSuccessStatusCode();
        since = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message_id").GetInt32();
        return since;
    }

    /// <summary>Sends a photo, voice message, file, contact card, ... ("photo", "voice", "document", "contact", ...).</summary>
    public async Task SendMediaAsync(string kind, long fileSize = 1000)
    {
        var body = new System.Text.Json.Nodes.JsonObject
        {
            ["user_id"] = UserId, ["first_name"] = firstName, ["language_code"] = Language, ["file_size"] = fileSize,
        };
        body[kind] = kind is "location" or "venue" ? new System.Text.Json.Nodes.JsonObject { ["latitude"] = 53.5503, ["longitude"] = 9.9356 } : true;
        var response = await kiosk.Http.PostAsJsonAsync("/emulator/messages", body);
        response.EnsureSuccessStatusCode();
        since = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message_id").GetInt32();
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

    /// <summary>Onboards, writes a help request in one message and confirms the summary.</summary>
    public async Task AskForHelpAsync(string request)
    {
        await OnboardAsync();
        await WriteAsync(request);
        await WaitForStartAsync(KioskUnderTest.Localizer.Text(Language, "form.summary"));
        await PressAsync("form:confirm");
    }

    /// <summary>Onboards and offers bike repair any time for free, without a description or with <paramref name="words"/>, and confirms.</summary>
    public async Task OfferBikeRepairAsync(string district = "ottensen", string? words = null)
    {
        await OnboardAsync();
        await PressAsync("menu:offer");
        await PressAsync("form:category=bikes");
        if (words is null)
        {
            await PressAsync("form:description=-");
        }
        else
        {
            await WaitForAsync("offer.ask_description");
            await WriteAsync(words);
        }

        foreach (var data in new[] { "form:when=always", $"form:district={district}", "form:languages=done", "form:price=free" })
        {
            await PressAsync(data);
        }

        await WaitForStartAsync(KioskUnderTest.Localizer.Text(Language, "form.summary"));
        await PressAsync("form:confirm");
    }

    /// <summary>Presses the button with this data on the newest bot message that shows it (waiting for it to appear).</summary>
    public async Task PressAsync(string data)
    {
        ChatMessage? message = null;
        await Eventually.True(() =>
        {
            message = MessagesAsync().Result.LastOrDefault(m => m.FromBot && m.Buttons.Any(row => row.Any(b => b.CallbackData == data)));
            return message is not null;
        }, $"a button '{data}' in the chat of {UserId}", timeoutSeconds: 30);
        since = (await MessagesAsync()).Max(m => m.MessageId);
        var response = await kiosk.Http.PostAsJsonAsync("/emulator/callbacks", new { user_id = UserId, message_id = message!.MessageId, data });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Presses the newest button whose data starts with <paramref name="prefix"/>; returns its data.</summary>
    public async Task<string> PressStartingWithAsync(string prefix)
    {
        var data = await ButtonStartingWithAsync(prefix);
        await PressAsync(data);
        return data;
    }

    /// <summary>Presses the button of the bot message that starts with <paramref name="textStart"/>.</summary>
    public async Task PressOnMessageAsync(string textStart)
    {
        await WaitForTextAsync(textStart, startsWith: true);
        var message = (await MessagesAsync()).Last(m => m.FromBot && (m.Text ?? "").StartsWith(textStart, StringComparison.Ordinal));
        await PressAsync(message.Buttons[0][0].CallbackData!);
    }

    /// <summary>Waits for a button whose data starts with <paramref name="prefix"/> and returns its data.</summary>
    public async Task<string> ButtonStartingWithAsync(string prefix)
    {
        string? data = null;
        await Eventually.True(() =>
        {
            data = MessagesAsync().Result.Where(m => m.FromBot).SelectMany(m => m.Buttons.SelectMany(row => row)).LastOrDefault(b => b.CallbackData?.StartsWith(prefix, StringComparison.Ordinal) == true)?.CallbackData;
            return data is not null;
        }, $"a button '{prefix}…' for {UserId}", timeoutSeconds: 30);
        return data!;
    }

    /// <summary>Presses data the bot never showed this person (anyone can send any button data).</summary>
    public async Task PressForgedAsync(string data)
    {
        var last = (await MessagesAsync()).Last(m => m.FromBot);
        since = (await MessagesAsync()).Max(m => m.MessageId);
        (await kiosk.Http.PostAsJsonAsync("/emulator/callbacks", new { user_id = UserId, message_id = last.MessageId, data })).EnsureSuccessStatusCode();
    }

    /// <summary>Everything the bot wrote to this person, joined.</summary>
    public async Task<string> AllBotTextAsync() => string.Join("\n", await BotTextsAsync());

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

    public async Task WaitForTextAsync(string expected, int timeoutSeconds = 30, bool startsWith = false, bool contains = false)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        var seen = 0;
        while (true)
        {
            var messages = await MessagesAsync();
            if (messages.Any(m => m.FromBot && m.MessageId > since && (startsWith ? (m.Text ?? "").StartsWith(expected, StringComparison.Ordinal) : contains ? (m.Text ?? "").Contains(expected, StringComparison.Ordinal) : m.Text == expected)))
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
