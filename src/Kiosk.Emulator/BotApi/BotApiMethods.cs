using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kiosk.Emulator.World;

namespace Kiosk.Emulator.BotApi;

/// <summary>The Bot API methods the kiosk bot uses, with Telegram's validation.</summary>
public sealed partial class BotApiMethods(
    TelegramWorld world, SendLimiter limiter, EmulatorStats stats, FileStore files, BotProfile profile, Webhook webhook, EmulatorOptions options)
{
    /// <summary>Runs a method by its lower-case name.</summary>
    public async Task<JsonNode?> InvokeAsync(string method, BotApiParameters p, CancellationToken cancellationToken) => method switch
    {
        "getme" => world.Bot.DeepClone(),
        "getupdates" => await GetUpdatesAsync(p, cancellationToken),
        "sendmessage" => Send(p, Text(p, "text", required: true), null, null),
        "sendphoto" => Send(p, Caption(p), "photo", StoreFile(p, "photo", "image/png")),
        "senddocument" => Send(p, Caption(p), "document", StoreFile(p, "document", "application/octet-stream")),
        "copymessage" => world.BotCopies(p.RequiredLong("chat_id"), p.RequiredLong("from_chat_id"), (int)p.RequiredLong("message_id"), Keyboards.Read(p.Json("reply_markup"))),
        "editmessagetext" => world.BotEdits(p.RequiredLong("chat_id"), (int)p.RequiredLong("message_id"), Text(p, "text", required: true), Keyboards.Read(p.Json("reply_markup")), textEdit: true),
        "editmessagereplymarkup" => world.BotEdits(p.RequiredLong("chat_id"), (int)p.RequiredLong("message_id"), null, Keyboards.Read(p.Json("reply_markup")), textEdit: false),
        "deletemessage" => Done(() => world.Delete(p.RequiredLong("chat_id"), (int)p.RequiredLong("message_id"))),
        "answercallbackquery" => Done(() => world.AnswerCallback(p.String("callback_query_id") ?? throw ApiError.BadRequest("query is too old and response timeout expired or query ID is invalid"), p.String("text"))),
        "setmycommands" => Done(() => profile.SetCommands(Scope(p), p.String("language_code"), Commands(p))),
        "getmycommands" => profile.GetCommands(Scope(p), p.String("language_code")),
        "deletemycommands" => Done(() => profile.DeleteCommands(Scope(p), p.String("language_code"))),
        "setmydescription" => Done(() => profile.SetDescription("description", p.String("language_code"), Limited(p, "description", 512))),
        "getmydescription" => new JsonObject { ["description"] = profile.GetDescription("description", p.String("language_code")) },
        "setmyshortdescription" => Done(() => profile.SetDescription("short_description", p.String("language_code"), Limited(p, "short_description", 120))),
        "getmyshortdescription" => new JsonObject { ["short_description"] = profile.GetDescription("short_description", p.String("language_code")) },
        "setwebhook" => Done(() => webhook.Set(p.String("url") ?? "", p.String("secret_token"), p.Bool("drop_pending_updates"))),
        "deletewebhook" => Done(() => webhook.Delete(p.Bool("drop_pending_updates"))),
        "getwebhookinfo" => webhook.Info(),
        "setchatmenubutton" => Done(() => profile.SetMenuButton(p.Long("chat_id") ?? 0, p.Json("menu_button") as JsonObject)),
        "getchatmenubutton" => profile.GetMenuButton(p.Long("chat_id") ?? 0),
        _ => throw new ApiError(404, "Not Found"),
    };

    private static JsonNode Done(Action action)
    {
        action();
        return true;
    }

    private async Task<JsonNode> GetUpdatesAsync(BotApiParameters p, CancellationToken cancellationToken)
    {
        if (webhook.IsActive)
        {
            throw new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
        }

        var offset = p.Long("offset");
        var limit = (int)Math.Clamp(p.Long("limit") ?? 100, 1, 100);
        var timeout = TimeSpan.FromSeconds(Math.Clamp(p.Long("timeout") ?? 0, 0, options.MaxPollSeconds));
        var allowed = p.Json("allowed_updates") is JsonArray types ? types.Select(t => t!.GetValue<string>()).ToHashSet() : null;
        world.TakeUpdates(offset, 0, allowed); // Confirms everything below the offset right away.
        if (timeout > TimeSpan.Zero)
        {
            await world.UpdatesSignal.WaitUntilAsync(() => world.HasUpdates(offset), timeout, cancellationToken);
        }

        return new JsonArray(world.TakeUpdates(offset, limit, allowed).Select(update => (JsonNode)update).ToArray());
    }

    private JsonObject Send(BotApiParameters p, string? text, string? fileKind, string? fileUrl)
    {
        var chatId = ChatId(p);
        var keyboard = Keyboards.Read(p.Json("reply_markup"));
        limiter.Take(chatId);
        var message = world.BotSends(chatId, text, keyboard, fileKind, fileUrl);
        stats.Delivered(chatId);
        return message;
    }

    private static long ChatId(BotApiParameters p) =>
        long.TryParse(p.String("chat_id"), out var id) ? id : throw ApiError.BadRequest("chat not found");

    private static string Text(BotApiParameters p, string name, bool required)
    {
        var text = p.String(name) ?? "";
        if (required && text.Trim().Length == 0)
        {
            throw ApiError.BadRequest("message text is empty");
        }

        return text.Length > 4096 ? throw ApiError.BadRequest("message is too long") : text;
    }

    private static string? Caption(BotApiParameters p) =>
        p.String("caption") is { Length: > 1024 } ? throw ApiError.BadRequest("message caption is too long") : p.String("caption");

    private string StoreFile(BotApiParameters p, string field, string contentType)
    {
        // Multipart uploads name their file part directly or through "attach://part".
        var reference = p.String(field);
        var part = reference?.StartsWith("attach://", StringComparison.Ordinal) == true ? reference["attach://".Length..] : field;
        if (p.Files.TryGetValue(part, out var content))
        {
            return files.Add(content, contentType);
        }

        return reference is { Length: > 0 } && part == field ? reference : throw ApiError.BadRequest($"there is no {field} in the request");
    }

    private static string Scope(BotApiParameters p) => p.Json("scope") switch
    {
        JsonObject scope => scope["type"]?.GetValue<string>() + (scope["chat_id"] is { } chat ? ":" + chat.ToJsonString() : "") + (scope["user_id"] is { } user ? ":" + user.ToJsonString() : ""),
        _ => "default",
    };

    private static JsonArray Commands(BotApiParameters p)
    {
        if (p.Json("commands") is not JsonArray commands || commands.Count > 100)
        {
            throw ApiError.BadRequest("parameter \"commands\" is required");
        }

        foreach (var command in commands)
        {
            var name = command?["command"]?.GetValue<string>() ?? "";
            var description = command?["description"]?.GetValue<string>() ?? "";
            if (!CommandName().IsMatch(name))
            {
                throw ApiError.BadRequest("BOT_COMMAND_INVALID");
            }

            if (description.Length is < 1 or > 256)
            {
                throw ApiError.BadRequest("command description is invalid");
            }
        }

        return (JsonArray)commands.DeepClone();
    }

    private static string Limited(BotApiParameters p, string name, int max) =>
        (p.String(name) ?? "") is var text && text.Length <= max ? text : throw ApiError.BadRequest($"{name} is too long");

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandName();
}
