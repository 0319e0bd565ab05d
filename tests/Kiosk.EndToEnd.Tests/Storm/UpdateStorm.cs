using System.Text.Json.Nodes;

namespace Kiosk.EndToEnd.Tests.Storm;

/// <summary>
/// A seeded storm of random and malformed Telegram updates: every update type, missing fields and wrong
/// types, odd ids, nasty texts and forged button data. Strangers never write as the protected people
/// (that is Telegram's guarantee), but they do name the protected people's ids and chats.
/// </summary>
public sealed class UpdateStorm(int seed, IReadOnlyCollection<long> protectedPeople, IReadOnlyList<string> realIds)
{
    private static readonly string[] OtherTypes =
    [
        "inline_query", "chosen_inline_result", "shipping_query", "pre_checkout_query", "poll", "poll_answer", "chat_member",
        "chat_join_request", "message_reaction", "message_reaction_count", "chat_boost", "removed_chat_boost", "business_connection",
        "business_message", "edited_business_message", "deleted_business_messages", "purchased_paid_media", "some_future_update",
    ];

    // What a regular stranger does, step by step, so that the nasty input also meets people in the middle of forms.
    private static readonly string[] Script =
    [
        "/start", "#lang:de", "#privacy:yes", "#menu:request", "Fahrrad reparieren Samstag Ottensen", "#form:confirm", "#menu:offer",
        "#form:category=bikes", "#form:description=-", "#form:when=always", "#form:district=ottensen", "#form:languages=done",
        "#form:price=free", "#form:confirm", "/menu", "#menu:offer", "#form:category=sewing",
    ];

    private readonly Random random = new(seed);
    private readonly Dictionary<long, int> regulars = [];

    /// <summary>The updates as JSON texts, ready to post to <c>/emulator/updates</c> (lone surrogates escaped).</summary>
    public IEnumerable<string> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var update = Next();
            var json = update.ToJsonString();
            yield return json.Replace(StormTexts.LoneHigh, "\\ud83d", StringComparison.Ordinal).Replace(StormTexts.LoneLow, "\\udc00", StringComparison.Ordinal);
        }
    }

    private JsonObject Next()
    {
        var roll = random.Next(100);
        var update = roll switch
        {
            < 15 => Regular(),
            < 35 => new JsonObject { ["message"] = Message() },
            < 45 => new JsonObject { ["edited_message"] = Message(edit: true) },
            < 50 => new JsonObject { [random.Next(2) == 0 ? "channel_post" : "edited_channel_post"] = Message(channel: true) },
            < 75 => new JsonObject { ["callback_query"] = ButtonPress() },
            < 80 => new JsonObject { ["my_chat_member"] = MemberChange() },
            < 92 => Other(),
            _ => new JsonObject { ["message"] = Malformed(Message()) },
        };
        return random.Next(20) == 0 ? Malformed(update) : update;
    }

    // The next step of one of 40 regular strangers; once through the script, anything nasty from an onboarded person.
    private JsonObject Regular()
    {
        var id = 6_000_000 + random.Next(40);
        var step = regulars[id] = regulars.GetValueOrDefault(id) + 1;
        var chat = Chat("private", id);
        var from = new JsonObject { ["id"] = id, ["is_bot"] = false, ["first_name"] = "Regular", ["language_code"] = "de" };
        var line = step <= Script.Length ? Script[step - 1] : random.Next(2) == 0 ? "#" + StormTexts.ButtonData(random, realIds) : StormTexts.Text(random);
        if (line.StartsWith('#'))
        {
            var message = new JsonObject { ["message_id"] = random.Next(1, 100), ["date"] = 1_700_000_000, ["chat"] = chat, ["text"] = "?" };
            return new JsonObject { ["callback_query"] = new JsonObject { ["id"] = $"r{id}-{step}", ["from"] = from, ["chat_instance"] = "r", ["data"] = line[1..], ["message"] = message } };
        }

        return new JsonObject { ["message"] = new JsonObject { ["message_id"] = step, ["date"] = 1_700_000_000, ["chat"] = chat, ["from"] = from, ["text"] = line } };
    }

    private JsonObject Message(bool channel = false, bool edit = false)
    {
        var sender = Stranger();
        var message = new JsonObject
        {
            ["message_id"] = Pick(1, 2, 0, -1, int.MaxValue, random.Next(1, 100_000)),
            ["date"] = random.Next(50) == 0 ? Pick(-1L, long.MaxValue) : Pick(0L, 1_700_000_000L, 4_102_444_800L), // before 1970 or past 9999 cannot be read
            ["chat"] = channel ? Chat("channel", -1_001_000_000_000 - random.Next(1000)) : ChatOf(sender),
        };
        if (!channel || random.Next(4) == 0)
        {
            message["from"] = User(sender);
        }

        if (edit)
        {
            message["edit_date"] = 1_700_000_100L;
        }

        AddContent(message);
        if (random.Next(10) == 0)
        {
            message["reply_to_message"] = new JsonObject { ["message_id"] = 1, ["date"] = 0, ["chat"] = message["chat"]!.DeepClone(), ["text"] = StormTexts.Text(random) };
        }

        // Missing fields: Telegram always sends chat, date and message_id, but a storm does not care.
        if (random.Next(8) == 0)
        {
            message.Remove(Pick("from", "chat", "date", "message_id", "text"));
        }

        return message;
    }

    private void AddContent(JsonObject message)
    {
        switch (random.Next(14))
        {
            case 0: message["sticker"] = new JsonObject { ["file_id"] = "s", ["file_unique_id"] = "s", ["type"] = "regular", ["width"] = 512, ["height"] = 512, ["is_animated"] = false, ["is_video"] = false, ["emoji"] = "🦄" }; break;
            case 1: message["photo"] = new JsonArray(new JsonObject { ["file_id"] = "p", ["file_unique_id"] = "p", ["width"] = 1, ["height"] = 1 }); message["caption"] = StormTexts.Text(random); break;
            case 2: message["voice"] = new JsonObject { ["file_id"] = "v", ["file_unique_id"] = "v", ["duration"] = Pick(0, -5, int.MaxValue) }; break;
            case 3: message["document"] = new JsonObject { ["file_id"] = "d", ["file_unique_id"] = "d", ["file_name"] = StormTexts.Text(random) }; break;
            case 4: message["contact"] = new JsonObject { ["phone_number"] = "+49 40 " + random.Next(), ["first_name"] = StormTexts.Text(random), ["user_id"] = Stranger() }; break;
            case 5: message["location"] = new JsonObject { ["latitude"] = Pick(0.0, 90.0, -90.0, 91.5, -1e308, 1e308, 53.55), ["longitude"] = Pick(0.0, 180.0, -180.0, 540.0, 1e308, 9.93, double.Epsilon) }; break;
            case 6: message["venue"] = new JsonObject { ["location"] = new JsonObject { ["latitude"] = 53.55, ["longitude"] = 9.93 }, ["title"] = StormTexts.Text(random), ["address"] = "" }; break;
            case 7: message["dice"] = new JsonObject { ["emoji"] = "🎲", ["value"] = 7 }; break;
            case 8: message["new_chat_members"] = new JsonArray(User(Stranger())); break;
            default:
                message["text"] = StormTexts.Text(random);
                if (random.Next(5) == 0)
                {
                    message["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = Pick(0, -1, 5000), ["length"] = Pick(0, 1, 100_000) });
                }

                break;
        }
    }

    private JsonObject ButtonPress()
    {
        var sender = Stranger();
        var press = new JsonObject
        {
            ["id"] = Pick("", "1", StormTexts.Text(random), random.NextInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ["from"] = User(sender),
            ["chat_instance"] = "storm",
        };
        if (random.Next(10) == 0)
        {
            press["game_short_name"] = "game";
        }
        else
        {
            press["data"] = StormTexts.ButtonData(random, realIds);
        }

        press["message"] = random.Next(5) switch
        {
            0 => null,
            1 => new JsonObject { ["message_id"] = 1, ["date"] = 0, ["chat"] = ChatOf(sender) }, // inaccessible message
            2 => new JsonObject { ["message_id"] = random.Next(), ["date"] = 1_700_000_000, ["chat"] = Chat(Pick("group", "supergroup"), -random.Next(1, 1_000_000)), ["text"] = "x" },
            _ => new JsonObject { ["message_id"] = random.Next(1, 50), ["date"] = 1_700_000_000, ["chat"] = ChatOf(sender), ["text"] = StormTexts.Text(random) },
        };
        if (press["message"] is null)
        {
            press.Remove("message");
            press["inline_message_id"] = "inline-" + random.Next();
        }

        return press;
    }

    private JsonObject MemberChange()
    {
        var sender = Stranger();
        return new JsonObject
        {
            ["chat"] = random.Next(2) == 0 ? ChatOf(sender) : Chat("supergroup", -1_000_000_000_000 - random.Next(1000)),
            ["from"] = User(sender),
            ["date"] = 1_700_000_000,
            ["old_chat_member"] = new JsonObject { ["status"] = "member", ["user"] = User(sender) },
            ["new_chat_member"] = new JsonObject { ["status"] = Pick("kicked", "left", "administrator", "restricted", "martian"), ["user"] = User(sender), ["until_date"] = 0 },
        };
    }

    private JsonObject Other()
    {
        var type = Pick(OtherTypes);
        var sender = Stranger();
        JsonNode content = type switch
        {
            "inline_query" => new JsonObject { ["id"] = "iq", ["from"] = User(sender), ["query"] = StormTexts.Text(random), ["offset"] = "" },
            "chosen_inline_result" => new JsonObject { ["result_id"] = "r", ["from"] = User(sender), ["query"] = StormTexts.Text(random) },
            "poll_answer" => new JsonObject { ["poll_id"] = "p", ["user"] = User(sender), ["option_ids"] = new JsonArray(0, -1, 999) },
            "message_reaction" => new JsonObject { ["chat"] = ChatOf(sender), ["message_id"] = 1, ["user"] = User(sender), ["date"] = 0, ["old_reaction"] = new JsonArray(), ["new_reaction"] = new JsonArray(new JsonObject { ["type"] = "emoji", ["emoji"] = "👍" }) },
            "business_message" or "edited_business_message" => Business(Message(edit: type.StartsWith("edited", StringComparison.Ordinal))),
            "chat_join_request" => new JsonObject { ["chat"] = Chat("supergroup", -100_123), ["from"] = User(sender), ["user_chat_id"] = sender, ["date"] = 0 },
            _ => new JsonObject { ["id"] = StormTexts.Text(random), ["from"] = User(sender), ["chat"] = ChatOf(sender), ["weird"] = new JsonArray(1, "two", null) },
        };
        return new JsonObject { [type] = content };
    }

    private JsonObject Business(JsonObject message)
    {
        message["business_connection_id"] = "bc-" + random.Next();
        return message;
    }

    // Wrong types and nulls where Telegram promises objects and numbers.
    private JsonObject Malformed(JsonObject update)
    {
        var content = update.Select(property => property.Value).OfType<JsonObject>().FirstOrDefault();
        if (content is null)
        {
            return update;
        }

        switch (random.Next(7))
        {
            case 0: content["chat"] = "not a chat"; break;
            case 1: content["from"] = new JsonObject { ["id"] = "abc", ["is_bot"] = "maybe" }; break;
            case 2: content["text"] = 12345; break;
            case 3: content["date"] = "yesterday"; break;
            case 4: content["message_id"] = 1.5; break;
            case 5: content["from"] = null; break;
            default: content["chat"] = new JsonObject { ["id"] = 1e30, ["type"] = 7 }; break;
        }

        return update;
    }

    private long Stranger()
    {
        while (true)
        {
            var id = random.Next(10) switch
            {
                0 => -random.NextInt64(1, long.MaxValue),
                1 => long.MaxValue,
                2 => 9_007_199_254_740_993, // 2^53 + 1: not exact in a double
                3 => random.Next(1, 100),
                _ => 5_000_000 + random.Next(3000),
            };
            if (!protectedPeople.Contains(id))
            {
                return id;
            }
        }
    }

    private JsonObject User(long id) => new()
    {
        ["id"] = id,
        ["is_bot"] = random.Next(20) == 0,
        ["first_name"] = random.Next(4) == 0 ? StormTexts.Text(random) : "Stranger",
        ["language_code"] = Pick("de", "ar", "fa", "xx", "", "pt-br", "prs", "zh-hans", "\u202Ear", null),
        ["username"] = random.Next(3) == 0 ? null : "u" + random.Next(),
    };

    // A stranger's chat: private (their own id), or a group, supergroup or channel; sometimes a protected person's chat id as a group.
    private JsonObject ChatOf(long sender) => random.Next(6) switch
    {
        0 => Chat("group", -random.Next(1, 1_000_000)),
        1 => Chat("supergroup", -1_000_000_000_000 - random.Next(1000)),
        2 when protectedPeople.Count > 0 => Chat("supergroup", -protectedPeople.ElementAt(random.Next(protectedPeople.Count))),
        _ => Chat("private", sender),
    };

    private JsonObject Chat(string type, long id) => new() { ["id"] = id, ["type"] = type, ["title"] = type == "private" ? null : StormTexts.Text(random) };

    private T Pick<T>(params T[] items) => items[random.Next(items.Length)];
}
