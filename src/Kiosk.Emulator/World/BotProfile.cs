using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Kiosk.Emulator.World;

/// <summary>The bot's command menus and descriptions, per scope and language, as set by the bot.</summary>
public sealed class BotProfile
{
    private readonly ConcurrentDictionary<string, JsonArray> commands = new();
    private readonly ConcurrentDictionary<string, string> descriptions = new();
    private readonly ConcurrentDictionary<long, JsonObject> menuButtons = new();

    /// <summary>Sets a chat's menu button (0: the default for every chat); a "default" button removes it.</summary>
    public void SetMenuButton(long chatId, JsonObject? button)
    {
        if (button is null || button["type"]?.GetValue<string>() == "default")
        {
            menuButtons.TryRemove(chatId, out _);
            return;
        }

        var type = button["type"]?.GetValue<string>();
        var url = button["web_app"]?["url"]?.GetValue<string>();
        if (type == "web_app" && (string.IsNullOrEmpty(button["text"]?.GetValue<string>()) || !Uri.TryCreate(url, UriKind.Absolute, out var app) || !(app.Scheme == Uri.UriSchemeHttps || app.IsLoopback)))
        {
            throw BotApi.ApiError.BadRequest("BUTTON_URL_INVALID");
        }

        menuButtons[chatId] = (JsonObject)button.DeepClone();
    }

    /// <summary>A chat's menu button, else the default one, else Telegram's default (the command list).</summary>
    public JsonObject GetMenuButton(long chatId) =>
        (JsonObject)(menuButtons.GetValueOrDefault(chatId) ?? menuButtons.GetValueOrDefault(0) ?? new JsonObject { ["type"] = "default" }).DeepClone();

    /// <summary>Sets the commands of a scope and language.</summary>
    public void SetCommands(string scope, string? language, JsonArray list) => commands[Key(scope, language)] = list;

    /// <summary>The commands of a scope and language, falling back to the scope's default as Telegram does.</summary>
    public JsonArray GetCommands(string scope, string? language) =>
        (JsonArray)(commands.GetValueOrDefault(Key(scope, language)) ?? commands.GetValueOrDefault(Key(scope, null)) ?? []).DeepClone();

    /// <summary>Removes the commands of a scope and language.</summary>
    public void DeleteCommands(string scope, string? language) => commands.TryRemove(Key(scope, language), out _);

    /// <summary>Sets a description ("description" or "short_description") for a language.</summary>
    public void SetDescription(string kind, string? language, string text) => descriptions[Key(kind, language)] = text;

    /// <summary>A description for a language, else the default one.</summary>
    public string GetDescription(string kind, string? language) =>
        descriptions.GetValueOrDefault(Key(kind, language)) ?? descriptions.GetValueOrDefault(Key(kind, null)) ?? "";

    private static string Key(string scope, string? language) => $"{scope}|{language ?? ""}";
}
