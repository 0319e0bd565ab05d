using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Kiosk.Emulator.World;

/// <summary>The bot's command menus and descriptions, per scope and language, as set by the bot.</summary>
public sealed class BotProfile
{
    private readonly ConcurrentDictionary<string, JsonArray> commands = new();
    private readonly ConcurrentDictionary<string, string> descriptions = new();

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
