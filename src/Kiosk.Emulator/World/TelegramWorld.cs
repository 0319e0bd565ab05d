using System.Text.Json.Nodes;
using Kiosk.Emulator.BotApi;

namespace Kiosk.Emulator.World;

/// <summary>What a person sends through the user API.</summary>
public sealed record UserInput(long UserId, string FirstName, string? Username, string? LanguageCode, long ChatId)
{
    /// <summary>Text of the message.</summary>
    public string? Text { get; init; }

    /// <summary>One of "sticker", "photo", "voice", "video", "video_note", "document", "contact", "venue", "location" instead of text.</summary>
    public string? Kind { get; init; }

    /// <summary>The file's size in bytes, for files.</summary>
    public long FileSize { get; init; } = 1000;

    /// <summary>Latitude of a shared location.</summary>
    public double Latitude { get; init; }

    /// <summary>Longitude of a shared location.</summary>
    public double Longitude { get; init; }
}

/// <summary>
/// The emulated Telegram: people, chats, messages, the bot's pending updates and pressed buttons.
/// One lock guards it all; waiters are woken by signals and re-check their condition.
/// </summary>
public sealed class TelegramWorld(EmulatorOptions options, TimeProvider time)
{
    private readonly Lock sync = new();
    private readonly Dictionary<long, EmulatedChat> chats = [];
    private readonly HashSet<long> blocked = [];
    private readonly List<(int Id, string Type, JsonObject Update)> pending = [];
    private readonly Dictionary<string, (long ChatId, bool Answered)> callbackQueries = [];
    // Update ids start from the clock (milliseconds, wrapping every 23 days), so a restarted emulator does
    // not repeat the ids of an earlier run unless that run used more ids than milliseconds passed: the bot
    // keeps handled ids in its inbox and would skip repeats.
    private int lastUpdateId = (int)(time.GetUtcNow().ToUnixTimeMilliseconds() % 2_000_000_000);

    /// <summary>Pulses when an update is queued for the bot.</summary>
    public Signal UpdatesSignal { get; } = new();

    /// <summary>Pulses when any chat changed.</summary>
    public Signal ChatsSignal { get; } = new();

    /// <summary>The bot as a User object.</summary>
    public JsonObject Bot { get; } = TelegramJson.User(BotIdFrom(options.Token), true, options.BotName, options.BotUsername, null);

    /// <summary>Answers of the bot to button presses, newest last, for the web chat's notices.</summary>
    public List<(long ChatId, string Text)> ButtonAnswers { get; } = [];

    private long Now => time.GetUtcNow().ToUnixTimeSeconds();

    /// <summary>A person writes: the message is stored and an update queued. Returns the ids.</summary>
    public (int UpdateId, int MessageId) UserWrites(UserInput input)
    {
        lock (sync)
        {
            var user = new EmulatedUser(input.UserId, input.FirstName, input.Username, input.LanguageCode);
            var chat = ChatFor(input.ChatId, user);
            var text = input.Kind is null ? input.Text : null;
            var content = new JsonObject();
            AddContent(content, input);
            var message = Add(chat, new EmulatedMessage
            {
                MessageId = ++chat.LastMessageId, ChatId = chat.Id, FromBot = false, From = user, Date = Now,
                Text = text ?? (input.Kind is null ? null : $"[{input.Kind}]"), Content = input.Kind is null ? null : (JsonObject)content.DeepClone(),
            });
            var json = new JsonObject
            {
                ["message_id"] = message.MessageId,
                ["from"] = TelegramJson.User(user.Id, false, user.FirstName, user.Username, user.LanguageCode),
                ["chat"] = TelegramJson.Chat(chat),
                ["date"] = message.Date,
            };
            foreach (var (key, value) in content)
            {
                json[key] = value?.DeepClone();
            }
            return (Queue("message", new JsonObject { ["message"] = json }), message.MessageId);
        }
    }

    /// <summary>A person presses a button (any data: the bot must defend itself). Returns the update id.</summary>
    public int UserPresses(long userId, long chatId, int messageId, string data)
    {
        lock (sync)
        {
            var chat = ChatFor(chatId, null);
            var user = chat.User is { } known && known.Id == userId ? known : new EmulatedUser(userId, $"User {userId}", null, null);
            var pressed = chat.Messages.FirstOrDefault(message => message.MessageId == messageId && message.FromBot);
            var id = $"{chatId}-{lastUpdateId + 1}";
            callbackQueries[id] = (chatId, false);
            var query = new JsonObject
            {
                ["id"] = id,
                ["from"] = TelegramJson.User(userId, false, user.FirstName, user.Username, user.LanguageCode),
                ["chat_instance"] = chatId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["data"] = data,
                ["message"] = pressed is null
                    ? new JsonObject { ["message_id"] = messageId, ["chat"] = TelegramJson.Chat(chat), ["date"] = 0 }
                    : TelegramJson.BotMessage(pressed, chat, Bot),
            };
            return Queue("callback_query", new JsonObject { ["callback_query"] = query });
        }
    }

    /// <summary>
    /// Queues an update exactly as given (anything real Telegram could send, malformed too); only a missing
    /// update_id is assigned. The chat it names becomes known, so the bot's answers there are delivered. Returns the id.
    /// </summary>
    public long QueueRaw(JsonObject update)
    {
        lock (sync)
        {
            var type = update.Select(property => property.Key).FirstOrDefault(key => key != "update_id") ?? "unknown";
            foreach (var chatId in ChatIdsIn(update[type]))
            {
                ChatFor(chatId, null);
            }

            if (update["update_id"] is JsonValue given && given.TryGetValue<long>(out var id))
            {
                // A given id is kept as is: ids at or below the bot's offset are dropped, as Telegram would.
                pending.Add(((int)Math.Clamp(id, int.MinValue, int.MaxValue), type, update));
                UpdatesSignal.Pulse();
                return id;
            }

            return Queue(type, update);
        }
    }

    /// <summary>A person who talked to the bot before (their private chat exists), without a new update: for large test set-ups.</summary>
    public void AddPerson(UserInput input)
    {
        lock (sync)
        {
            ChatFor(input.ChatId, new EmulatedUser(input.UserId, input.FirstName, input.Username, input.LanguageCode));
        }
    }

    /// <summary>The person with this id, as they last wrote to the bot; null for someone who never did.</summary>
    public EmulatedUser? Person(long userId)
    {
        lock (sync)
        {
            return chats.Values.Select(chat => chat.User).FirstOrDefault(user => user?.Id == userId);
        }
    }

    /// <summary>The person blocks or unblocks the bot.</summary>
    public void SetBlocked(long userId, bool isBlocked)
    {
        lock (sync)
        {
            if (isBlocked)
            {
                blocked.Add(userId);
            }
            else
            {
                blocked.Remove(userId);
            }
        }
    }

    /// <summary>Updates from <paramref name="offset"/> on; lower ids are confirmed and forgotten, as Telegram does.</summary>
    public IReadOnlyList<JsonObject> TakeUpdates(long? offset, int limit, IReadOnlyCollection<string>? allowed)
    {
        lock (sync)
        {
            if (offset is { } confirmed)
            {
                pending.RemoveAll(update => update.Id < confirmed);
            }

            return pending.Where(update => allowed is null or { Count: 0 } || allowed.Contains(update.Type))
                .Take(limit).Select(update => (JsonObject)update.Update.DeepClone()).ToList();
        }
    }

    /// <summary>True when an update is waiting at or after <paramref name="offset"/>.</summary>
    public bool HasUpdates(long? offset)
    {
        lock (sync)
        {
            return pending.Any(update => offset is null || update.Id >= offset);
        }
    }

    /// <summary>Forgets every pending update (deleteWebhook with drop_pending_updates).</summary>
    public void DropPendingUpdates()
    {
        lock (sync)
        {
            pending.Clear();
        }
    }

    /// <summary>The bot sends a message, photo or document; refused like Telegram for unknown chats and blocked people.</summary>
    public JsonObject BotSends(long chatId, string? text, IReadOnlyList<IReadOnlyList<InlineButton>>? buttons, string? fileKind = null, string? fileUrl = null)
    {
        lock (sync)
        {
            var chat = ReachableChat(chatId);
            var message = Add(chat, new EmulatedMessage
            {
                MessageId = ++chat.LastMessageId, ChatId = chatId, FromBot = true, Date = Now,
                Text = text, Buttons = buttons, FileKind = fileKind, FileUrl = fileUrl,
            });
            return TelegramJson.BotMessage(message, chat, Bot);
        }
    }

    /// <summary>copyMessage: the bot repeats a message of another chat here, without its sender. Returns the new message id.</summary>
    public JsonObject BotCopies(long chatId, long fromChatId, int messageId, IReadOnlyList<IReadOnlyList<InlineButton>>? buttons)
    {
        lock (sync)
        {
            var source = chats.TryGetValue(fromChatId, out var from) ? from.Messages.FirstOrDefault(message => message.MessageId == messageId) : null;
            if (source is null)
            {
                throw ApiError.BadRequest("message to copy not found");
            }

            var chat = ReachableChat(chatId);
            var copy = Add(chat, new EmulatedMessage
            {
                MessageId = ++chat.LastMessageId, ChatId = chatId, FromBot = true, Date = Now,
                Text = source.Text, Buttons = buttons, FileKind = source.FileKind, FileUrl = source.FileUrl, Content = (JsonObject?)source.Content?.DeepClone(),
            });
            return new JsonObject { ["message_id"] = copy.MessageId };
        }
    }

    /// <summary>Edits the text (and keyboard) or only the keyboard of a bot message.</summary>
    public JsonObject BotEdits(long chatId, int messageId, string? newText, IReadOnlyList<IReadOnlyList<InlineButton>>? buttons, bool textEdit)
    {
        lock (sync)
        {
            var chat = ReachableChat(chatId);
            var message = chat.Messages.FirstOrDefault(m => m.MessageId == messageId && m.FromBot)
                ?? throw ApiError.BadRequest("message to edit not found");
            var sameButtons = Same(message.Buttons, buttons);
            if ((textEdit ? message.Text == newText : true) && sameButtons)
            {
                throw ApiError.BadRequest("message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
            }

            if (textEdit)
            {
                message.Text = newText;
            }

            message.Buttons = buttons;
            message.EditDate = Now;
            Changed(chat);
            return TelegramJson.BotMessage(message, chat, Bot);
        }
    }

    /// <summary>Deletes a message of the chat.</summary>
    public void Delete(long chatId, int messageId)
    {
        lock (sync)
        {
            var chat = chats.GetValueOrDefault(chatId) ?? throw ApiError.BadRequest("chat not found");
            if (chat.Messages.RemoveAll(m => m.MessageId == messageId) == 0)
            {
                throw ApiError.BadRequest("message to delete not found");
            }

            Changed(chat);
        }
    }

    /// <summary>Answers a button press once; a second answer or an unknown id is refused like Telegram.</summary>
    public void AnswerCallback(string id, string? text)
    {
        lock (sync)
        {
            if (!callbackQueries.TryGetValue(id, out var query) || query.Answered)
            {
                throw ApiError.BadRequest("query is too old and response timeout expired or query ID is invalid");
            }

            callbackQueries[id] = (query.ChatId, true);
            if (!string.IsNullOrEmpty(text))
            {
                ButtonAnswers.Add((query.ChatId, text));
            }
        }
    }

    /// <summary>A copy of the chat's messages after <paramref name="after"/>, and the chat's version.</summary>
    public (IReadOnlyList<EmulatedMessage> Messages, long Version) Read(long chatId, int after)
    {
        lock (sync)
        {
            return chats.TryGetValue(chatId, out var chat)
                ? (chat.Messages.Where(m => m.MessageId > after).ToList(), chat.Version)
                : ([], 0);
        }
    }

    /// <summary>True when the bot wrote in the chat after <paramref name="after"/>.</summary>
    public bool BotWroteAfter(long chatId, int after)
    {
        lock (sync)
        {
            return chats.TryGetValue(chatId, out var chat) && chat.Messages.Any(m => m.FromBot && m.MessageId > after);
        }
    }

    /// <summary>The chat's version (0 for an unknown chat).</summary>
    public long VersionOf(long chatId)
    {
        lock (sync)
        {
            return chats.TryGetValue(chatId, out var chat) ? chat.Version : 0;
        }
    }

    private static long BotIdFrom(string token) =>
        long.TryParse(token.Split(':')[0], out var id) ? id : 1;

    private static bool Same(IReadOnlyList<IReadOnlyList<InlineButton>>? a, IReadOnlyList<IReadOnlyList<InlineButton>>? b) =>
        (a is null or { Count: 0 } && b is null or { Count: 0 }) ||
        (a is not null && b is not null && a.Count == b.Count && a.Zip(b).All(rows => rows.First.SequenceEqual(rows.Second)));

    private static void AddContent(JsonObject json, UserInput input)
    {
        switch (input.Kind)
        {
            case "sticker":
                json["sticker"] = new JsonObject { ["file_id"] = "sticker1", ["file_unique_id"] = "s1", ["type"] = "regular", ["width"] = 512, ["height"] = 512, ["is_animated"] = false, ["is_video"] = false, ["emoji"] = "👍" };
                break;
            case "photo":
                json["photo"] = new JsonArray(new JsonObject { ["file_id"] = "photo1", ["file_unique_id"] = "p1", ["width"] = 640, ["height"] = 480 });
                break;
            case "voice":
                json["voice"] = new JsonObject { ["file_id"] = "voice1", ["file_unique_id"] = "v1", ["duration"] = 3 };
                break;
            case "location":
                json["location"] = new JsonObject { ["latitude"] = input.Latitude, ["longitude"] = input.Longitude };
                break;
            case "video":
                json["video"] = new JsonObject { ["file_id"] = "video1", ["file_unique_id"] = "vi1", ["width"] = 640, ["height"] = 480, ["duration"] = 5, ["file_size"] = input.FileSize };
                break;
            case "video_note":
                json["video_note"] = new JsonObject { ["file_id"] = "note1", ["file_unique_id"] = "n1", ["length"] = 240, ["duration"] = 5, ["file_size"] = input.FileSize };
                break;
            case "document":
                json["document"] = new JsonObject { ["file_id"] = "document1", ["file_unique_id"] = "d1", ["file_name"] = "file.pdf", ["file_size"] = input.FileSize };
                break;
            case "contact":
                json["contact"] = new JsonObject { ["phone_number"] = "+49 40 1234567", ["first_name"] = input.FirstName };
                break;
            case "venue":
                json["location"] = new JsonObject { ["latitude"] = input.Latitude, ["longitude"] = input.Longitude };
                json["venue"] = new JsonObject
                {
                    ["location"] = new JsonObject { ["latitude"] = input.Latitude, ["longitude"] = input.Longitude }, ["title"] = "Kiosk", ["address"] = "Altona",
                };
                break;
            default:
                json["text"] = input.Text ?? "";
                break;
        }
    }

    // The chat of a message, or of the message a button or membership change belongs to.
    private static IEnumerable<long> ChatIdsIn(JsonNode? content)
    {
        foreach (var holder in new[] { content, content?["message"] })
        {
            if (holder is JsonObject { } item && item["chat"] is JsonObject chat && chat["id"] is JsonValue value && value.TryGetValue<long>(out var chatId) && chatId != 0)
            {
                yield return chatId;
            }
        }
    }

    private EmulatedChat ChatFor(long chatId, EmulatedUser? user)
    {
        if (!chats.TryGetValue(chatId, out var chat))
        {
            chats[chatId] = chat = new EmulatedChat(chatId);
        }

        if (user is not null)
        {
            chat.User = user;
        }

        return chat;
    }

    private EmulatedChat ReachableChat(long chatId)
    {
        if (!chats.TryGetValue(chatId, out var chat))
        {
            throw ApiError.BadRequest("chat not found");
        }

        if (chat.IsPrivate && blocked.Contains(chatId))
        {
            throw new ApiError(403, "Forbidden: bot was blocked by the user");
        }

        return chat;
    }

    private EmulatedMessage Add(EmulatedChat chat, EmulatedMessage message)
    {
        chat.Messages.Add(message);
        Changed(chat);
        return message;
    }

    private void Changed(EmulatedChat chat)
    {
        chat.Version++;
        ChatsSignal.Pulse();
    }

    private int Queue(string type, JsonObject update)
    {
        update["update_id"] = ++lastUpdateId;
        pending.Add((lastUpdateId, type, update));
        UpdatesSignal.Pulse();
        return lastUpdateId;
    }
}
