using System.Text;
using System.Text.Json.Nodes;
using Kiosk.Emulator.World;

namespace Kiosk.Emulator.BotApi;

/// <summary>Reads and checks an inline keyboard the way Telegram does.</summary>
public static class Keyboards
{
    /// <summary>The rows of reply_markup's inline_keyboard; null without one. 400 for invalid buttons.</summary>
    public static IReadOnlyList<IReadOnlyList<InlineButton>>? Read(JsonNode? markup)
    {
        if (markup is not JsonObject { } json || json["inline_keyboard"] is not JsonArray rows)
        {
            return null;
        }

        var result = new List<IReadOnlyList<InlineButton>>();
        foreach (var row in rows)
        {
            if (row is not JsonArray buttons)
            {
                throw ApiError.BadRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
            }

            result.Add(buttons.Select(Button).ToList());
        }

        return result;
    }

    private static InlineButton Button(JsonNode? node)
    {
        var text = node?["text"]?.GetValue<string>();
        var data = node?["callback_data"]?.GetValue<string>();
        var url = node?["url"]?.GetValue<string>();
        // Telegram opens Mini Apps over https only; the emulator also takes the bot's own loopback listener.
        var app = node?["web_app"]?["url"]?.GetValue<string>();
        if (app is not null && !(Uri.TryCreate(app, UriKind.Absolute, out var appUri) && (appUri.Scheme == Uri.UriSchemeHttps || appUri.IsLoopback)))
        {
            throw ApiError.BadRequest("BUTTON_URL_INVALID");
        }

        if (string.IsNullOrEmpty(text))
        {
            throw ApiError.BadRequest("can't parse inline keyboard button: Text must be non-empty");
        }

        if (data is not null && Encoding.UTF8.GetByteCount(data) is < 1 or > 64)
        {
            throw ApiError.BadRequest("BUTTON_DATA_INVALID");
        }

        if (data is null && url is null && app is null)
        {
            throw ApiError.BadRequest("can't parse inline keyboard button: Can't find field \"callback_data\"");
        }

        return new InlineButton(text, data, url, app);
    }
}
