using System.Text.Json.Nodes;

namespace Kiosk.Emulator.World;

/// <summary>Bot API objects as JSON, in Telegram's snake_case shape.</summary>
public static class TelegramJson
{
    /// <summary>A User object.</summary>
    public static JsonObject User(long id, bool isBot, string firstName, string? username, string? languageCode)
    {
        var user = new JsonObject { ["id"] = id, ["is_bot"] = isBot, ["first_name"] = firstName };
        if (username is not null)
        {
            user["username"] = username;
        }

        if (languageCode is not null)
        {
            user["language_code"] = languageCode;
        }

        return user;
    }

    /// <summary>A Chat object.</summary>
    public static JsonObject Chat(EmulatedChat chat) => chat.IsPrivate
        ? new JsonObject { ["id"] = chat.Id, ["type"] = "private", ["first_name"] = chat.User?.FirstName ?? "", ["username"] = chat.User?.Username }
        : new JsonObject { ["id"] = chat.Id, ["type"] = "supergroup", ["title"] = $"Group {-chat.Id}" };

    /// <summary>An InlineKeyboardMarkup object.</summary>
    public static JsonObject Keyboard(IReadOnlyList<IReadOnlyList<InlineButton>> rows) => new()
    {
        ["inline_keyboard"] = new JsonArray(rows.Select(row => (JsonNode)new JsonArray(row.Select(button =>
        {
            var json = new JsonObject { ["text"] = button.Text };
            if (button.CallbackData is not null)
            {
                json["callback_data"] = button.CallbackData;
            }

            if (button.Url is not null)
            {
                json["url"] = button.Url;
            }

            if (button.WebAppUrl is not null)
            {
                json["web_app"] = new JsonObject { ["url"] = button.WebAppUrl };
            }

            return (JsonNode)json;
        }).ToArray())).ToArray()),
    };

    /// <summary>A Message object for a message the bot wrote.</summary>
    public static JsonObject BotMessage(EmulatedMessage message, EmulatedChat chat, JsonObject bot)
    {
        var json = new JsonObject
        {
            ["message_id"] = message.MessageId,
            ["from"] = bot.DeepClone(),
            ["chat"] = Chat(chat),
            ["date"] = message.Date,
        };
        if (message.Content is { } content)
        {
            foreach (var (key, value) in content)
            {
                json[key] = value?.DeepClone();
            }
        }
        else if (message.FileKind == "photo")
        {
            json["photo"] = new JsonArray(new JsonObject { ["file_id"] = message.FileUrl, ["file_unique_id"] = message.FileUrl, ["width"] = 512, ["height"] = 512 });
            if (message.Text is not null)
            {
                json["caption"] = message.Text;
            }
        }
        else if (message.FileKind == "document")
        {
            json["document"] = new JsonObject { ["file_id"] = message.FileUrl, ["file_unique_id"] = message.FileUrl };
            if (message.Text is not null)
            {
                json["caption"] = message.Text;
            }
        }
        else
        {
            json["text"] = message.Text;
        }

        if (message.EditDate is { } edited)
        {
            json["edit_date"] = edited;
        }

        if (message.Buttons is { Count: > 0 } rows)
        {
            json["reply_markup"] = Keyboard(rows);
        }

        return json;
    }
}
