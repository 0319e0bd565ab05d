using System.Text.Json.Nodes;

namespace Kiosk.Emulator.Tests;

public sealed class BotApiTests
{
    [Fact]
    public async Task A_wrong_token_is_unauthorized_and_the_right_one_gets_the_bot()
    {
        await using var emulator = await EmulatorFixture.StartAsync();

        var (status, body) = await emulator.Bot("getMe", token: "42:wrong");
        Assert.Equal((401, false, 401), (status, body["ok"]!.GetValue<bool>(), body["error_code"]!.GetValue<int>()));

        var (okStatus, me) = await emulator.Bot("getMe");
        Assert.Equal(200, okStatus);
        Assert.Equal(("NaaKioskBot", true), (me["result"]!["username"]!.GetValue<string>(), me["result"]!["is_bot"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Updates_stay_until_a_higher_offset_confirms_them()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        await emulator.Writes(1001, "eins");
        await emulator.Writes(1002, "zwei");

        var first = (await emulator.Bot("getUpdates"))!.Body["result"]!.AsArray();
        var again = (await emulator.Bot("getUpdates"))!.Body["result"]!.AsArray();
        Assert.Equal(2, first.Count);
        Assert.Equal(2, again.Count);

        var lastId = first[1]!["update_id"]!.GetValue<int>();
        var afterFirst = (await emulator.Bot("getUpdates", new { offset = lastId })).Body["result"]!.AsArray();
        Assert.Equal("zwei", Assert.Single(afterFirst)!["message"]!["text"]!.GetValue<string>());

        Assert.Empty((await emulator.Bot("getUpdates", new { offset = lastId + 1 })).Body["result"]!.AsArray());
        Assert.Empty((await emulator.Bot("getUpdates")).Body["result"]!.AsArray());
    }

    [Fact]
    public async Task A_restarted_emulator_never_repeats_update_ids_of_an_earlier_run()
    {
        int lastOfFirstRun;
        await using (var first = await EmulatorFixture.StartAsync())
        {
            for (var i = 0; i < 3; i++)
            {
                lastOfFirstRun = (await first.Writes(1001, "hi"))["update_id"]!.GetValue<int>();
            }

            lastOfFirstRun = (await first.Writes(1001, "last"))["update_id"]!.GetValue<int>();
        }

        await using var second = await EmulatorFixture.StartAsync();
        Assert.True((await second.Writes(1001, "again"))["update_id"]!.GetValue<int>() > lastOfFirstRun);
    }

    [Fact]
    public async Task A_long_poll_returns_as_soon_as_someone_writes()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var poll = emulator.Bot("getUpdates", new { timeout = 50 });
        Assert.False(poll.IsCompleted);

        await emulator.Writes(1001, "hallo");
        var (_, body) = await poll.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal("hallo", body["result"]![0]!["message"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_long_poll_with_nothing_new_ends_empty_at_its_timeout()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var (status, body) = await emulator.Bot("getUpdates", new { timeout = 1 });
        Assert.Equal(200, status);
        Assert.Empty(body["result"]!.AsArray());
    }

    [Theory]
    [InlineData("", "Bad Request: message text is empty")]
    [InlineData("   ", "Bad Request: message text is empty")]
    public async Task Empty_texts_are_refused(string text, string description)
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        await emulator.Writes(1001, "hi");
        var (status, body) = await emulator.Bot("sendMessage", new { chat_id = 1001, text });
        Assert.Equal((400, description), (status, body["description"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Telegram_s_limits_on_text_and_button_data_are_enforced()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        await emulator.Writes(1001, "hi");

        Assert.Equal(200, (await emulator.Bot("sendMessage", new { chat_id = 1001, text = new string('a', 4096) })).Status);
        Assert.Equal(400, (await emulator.Bot("sendMessage", new { chat_id = 1001, text = new string('a', 4097) })).Status);

        var tooLong = new { inline_keyboard = new[] { new[] { new { text = "x", callback_data = new string('d', 65) } } } };
        var (status, body) = await emulator.Bot("sendMessage", new { chat_id = 1001, text = "t", reply_markup = tooLong });
        Assert.Equal((400, "Bad Request: BUTTON_DATA_INVALID"), (status, body["description"]!.GetValue<string>()));

        // 64 bytes of two-byte letters is 32 letters: Telegram counts bytes, not characters.
        var arabic = new { inline_keyboard = new[] { new[] { new { text = "x", callback_data = new string('ع', 33) } } } };
        Assert.Equal(400, (await emulator.Bot("sendMessage", new { chat_id = 1001, text = "t", reply_markup = arabic })).Status);
    }

    [Fact]
    public async Task An_unknown_chat_is_400_and_a_person_who_blocked_the_bot_is_403()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var (unknown, unknownBody) = await emulator.Bot("sendMessage", new { chat_id = 777, text = "hi" });
        Assert.Equal((400, "Bad Request: chat not found"), (unknown, unknownBody["description"]!.GetValue<string>()));

        await emulator.Writes(1001, "hi");
        await emulator.User("users/1001/block", new { });
        var (blocked, blockedBody) = await emulator.Bot("sendMessage", new { chat_id = 1001, text = "hi" });
        Assert.Equal((403, "Forbidden: bot was blocked by the user"), (blocked, blockedBody["description"]!.GetValue<string>()));

        await emulator.User("users/1001/unblock", new { });
        Assert.Equal(200, (await emulator.Bot("sendMessage", new { chat_id = 1001, text = "hi" })).Status);
    }

    [Fact]
    public async Task Beyond_the_per_chat_burst_a_429_says_how_long_to_wait()
    {
        await using var emulator = await EmulatorFixture.StartAsync(o => (o.PerChatBurst, o.PerChatPerSecond) = (3, 1));
        await emulator.Writes(1001, "hi");
        await emulator.Writes(1002, "hi");

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(200, (await emulator.Bot("sendMessage", new { chat_id = 1001, text = $"m{i}" })).Status);
        }

        var (status, body) = await emulator.Bot("sendMessage", new { chat_id = 1001, text = "one too many" });
        Assert.Equal(429, status);
        Assert.InRange(body["parameters"]!["retry_after"]!.GetValue<int>(), 1, 2);
        Assert.Equal(200, (await emulator.Bot("sendMessage", new { chat_id = 1002, text = "other chat" })).Status);
    }

    [Fact]
    public async Task The_global_limit_refuses_across_chats()
    {
        await using var emulator = await EmulatorFixture.StartAsync(o => o.MessagesPerSecond = 5);
        for (var user = 1; user <= 6; user++)
        {
            await emulator.Writes(user, "hi");
        }

        var statuses = new List<int>();
        for (var user = 1; user <= 6; user++)
        {
            statuses.Add((await emulator.Bot("sendMessage", new { chat_id = user, text = "x" })).Status);
        }

        Assert.Equal([200, 200, 200, 200, 200, 429], statuses);
    }

    [Fact]
    public async Task Planned_faults_hit_the_next_calls_of_that_method_only()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        await emulator.Writes(1001, "hi");
        await emulator.User("faults", new { method = "sendMessage", error_code = 429, retry_after = 3, count = 2 });

        var first = await emulator.Bot("sendMessage", new { chat_id = 1001, text = "a" });
        Assert.Equal((429, 3), (first.Status, first.Body["parameters"]!["retry_after"]!.GetValue<int>()));
        Assert.Equal(200, (await emulator.Bot("getMe")).Status);
        Assert.Equal(429, (await emulator.Bot("sendMessage", new { chat_id = 1001, text = "b" })).Status);
        Assert.Equal(200, (await emulator.Bot("sendMessage", new { chat_id = 1001, text = "c" })).Status);

        var stats = await emulator.Get("emulator/stats");
        Assert.Equal(2, stats["refusals"]!["429"]!.GetValue<int>());
        Assert.Equal(3, stats["calls"]!["sendmessage"]!.GetValue<int>());
        Assert.Equal(1, stats["delivered"]!["1001"]!.GetValue<int>());
    }

    [Fact]
    public async Task Parameters_work_as_query_string_and_as_form()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        await emulator.Writes(1001, "hi");

        using var viaGet = await emulator.Http.GetAsync($"/bot{emulator.Token}/sendMessage?chat_id=1001&text=per%20GET");
        using var viaForm = await emulator.Http.PostAsync($"/bot{emulator.Token}/sendMessage",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["chat_id"] = "1001", ["text"] = "per Formular", ["reply_markup"] = """{"inline_keyboard":[[{"text":"OK","callback_data":"ok"}]]}""" }));

        Assert.True(viaGet.IsSuccessStatusCode);
        Assert.True(viaForm.IsSuccessStatusCode);
        var messages = (await emulator.Get("emulator/chats/1001/messages?after=1")).AsArray();
        Assert.Equal(["per GET", "per Formular"], messages.Select(m => m!["text"]!.GetValue<string>()).ToArray());
        Assert.Equal("ok", messages[1]!["buttons"]![0]![0]!["callback_data"]!.GetValue<string>());
    }

    [Fact]
    public async Task Edits_show_in_the_chat_and_an_edit_that_changes_nothing_is_refused()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        await emulator.Writes(1001, "hi");
        var keyboard = new { inline_keyboard = new[] { new[] { new { text = "A", callback_data = "a" } } } };
        var sent = await emulator.Bot("sendMessage", new { chat_id = 1001, text = "Frage", reply_markup = keyboard });
        var id = sent.Body["result"]!["message_id"]!.GetValue<int>();

        Assert.Equal(400, (await emulator.Bot("editMessageText", new { chat_id = 1001, message_id = id, text = "Frage", reply_markup = keyboard })).Status);
        Assert.Equal(200, (await emulator.Bot("editMessageReplyMarkup", new { chat_id = 1001, message_id = id })).Status);
        Assert.Equal(200, (await emulator.Bot("editMessageText", new { chat_id = 1001, message_id = id, text = "Antwort" })).Status);
        Assert.Equal(400, (await emulator.Bot("editMessageText", new { chat_id = 1001, message_id = 999, text = "x" })).Status);

        var message = (await emulator.Get("emulator/chats/1001/messages?after=1")).AsArray().Single()!;
        Assert.Equal(("Antwort", true, 0), (message["text"]!.GetValue<string>(), message["edited"]!.GetValue<bool>(), message["buttons"]!.AsArray().Count));

        Assert.Equal(200, (await emulator.Bot("deleteMessage", new { chat_id = 1001, message_id = id })).Status);
        Assert.Empty((await emulator.Get("emulator/chats/1001/messages?after=1")).AsArray());
    }

    [Fact]
    public async Task A_button_press_is_an_update_and_can_be_answered_once()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        await emulator.Writes(1001, "hi");
        var sent = await emulator.Bot("sendMessage", new { chat_id = 1001, text = "?", reply_markup = new { inline_keyboard = new[] { new[] { new { text = "Ja", callback_data = "yes" } } } } });
        var messageId = sent.Body["result"]!["message_id"]!.GetValue<int>();

        await emulator.User("callbacks", new { user_id = 1001, message_id = messageId, data = "forged:anything" });
        var update = (await emulator.Bot("getUpdates")).Body["result"]!.AsArray().Last()!;
        var query = update["callback_query"]!;
        Assert.Equal(("forged:anything", messageId), (query["data"]!.GetValue<string>(), query["message"]!["message_id"]!.GetValue<int>()));

        var queryId = query["id"]!.GetValue<string>();
        Assert.Equal(200, (await emulator.Bot("answerCallbackQuery", new { callback_query_id = queryId })).Status);
        Assert.Equal(400, (await emulator.Bot("answerCallbackQuery", new { callback_query_id = queryId })).Status);
    }

    [Fact]
    public async Task Commands_are_kept_per_language_with_the_default_as_fallback()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        await emulator.Bot("setMyCommands", new { commands = new[] { new { command = "start", description = "Starten" } } });
        await emulator.Bot("setMyCommands", new { commands = new[] { new { command = "start", description = "ابدأ" } }, language_code = "ar" });

        var arabic = (await emulator.Bot("getMyCommands", new { language_code = "ar" })).Body["result"]![0]!["description"]!.GetValue<string>();
        var turkish = (await emulator.Bot("getMyCommands", new { language_code = "tr" })).Body["result"]![0]!["description"]!.GetValue<string>();
        Assert.Equal(("ابدأ", "Starten"), (arabic, turkish));

        Assert.Equal(400, (await emulator.Bot("setMyCommands", new { commands = new[] { new { command = "Bad Command", description = "x" } } })).Status);
        Assert.Equal(400, (await emulator.Bot("setMyShortDescription", new { short_description = new string('x', 121) })).Status);
        Assert.Equal(404, (await emulator.Bot("sendDice", new { chat_id = 1 })).Status);
    }

    [Fact]
    public async Task Stickers_voice_locations_and_groups_arrive_in_Telegram_s_shape()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        await emulator.User("messages", new { user_id = 1001, sticker = true });
        await emulator.User("messages", new { user_id = 1001, voice = true });
        await emulator.User("messages", new { user_id = 1001, location = new { latitude = 53.55, longitude = 9.93 } });
        await emulator.User("messages", new { user_id = 1001, chat_id = -100, text = "/start@NaaKioskBot" });

        var updates = (await emulator.Bot("getUpdates")).Body["result"]!.AsArray().Select(u => u!["message"]!).ToList();
        Assert.NotNull(updates[0]["sticker"]);
        Assert.NotNull(updates[1]["voice"]);
        Assert.Equal(53.55, updates[2]["location"]!["latitude"]!.GetValue<double>());
        Assert.Equal(("supergroup", -100L), (updates[3]["chat"]!["type"]!.GetValue<string>(), updates[3]["chat"]!["id"]!.GetValue<long>()));
    }

    [Fact]
    public async Task Wait_returns_when_the_bot_writes_and_is_empty_at_the_timeout()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var written = await emulator.Writes(1001, "hi");
        var after = written["message_id"]!.GetValue<int>();

        Assert.Empty((await emulator.Get($"emulator/chats/1001/wait?after={after}&timeout=0.2")).AsArray());

        var wait = emulator.Get($"emulator/chats/1001/wait?after={after}&timeout=30");
        await emulator.Bot("sendMessage", new { chat_id = 1001, text = "Antwort" });
        var messages = (await wait.WaitAsync(TimeSpan.FromSeconds(20))).AsArray();
        Assert.Equal("Antwort", Assert.Single(messages)!["text"]!.GetValue<string>());
        Assert.True(messages[0]!["from_bot"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Bad_input_to_the_user_api_is_a_400_not_a_crash()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        using var noUser = await emulator.Http.PostAsync("emulator/messages", EmulatorFixture.Json("""{"text":"hi"}"""));
        using var notJson = await emulator.Http.PostAsync("emulator/messages", EmulatorFixture.Json("{{{"));
        using var wrongType = await emulator.Http.PostAsync("emulator/messages", EmulatorFixture.Json("""{"user_id":"abc","text":"x"}"""));
        Assert.Equal([400, 400, 400], new[] { (int)noUser.StatusCode, (int)notJson.StatusCode, (int)wrongType.StatusCode });
    }
}
