using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Kiosk.Emulator.Tests;

/// <summary>The real Telegram.Bot client against the emulator: what it sends parses, what comes back deserializes.</summary>
public sealed class TelegramClientCompatibilityTests
{
    [Fact]
    public async Task The_client_reads_updates_of_every_kind_the_bot_handles()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var client = Client(emulator);
        await emulator.User("messages", new { user_id = 1001, first_name = "Amina", language_code = "ar", text = "/start ar_offer" });
        await emulator.User("messages", new { user_id = 1001, sticker = true });
        var sent = await client.SendMessage(1001, "اختر", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("العربية", "lang:ar")));
        await emulator.User("callbacks", new { user_id = 1001, message_id = sent.MessageId, data = "lang:ar" });

        var updates = await client.GetUpdates(timeout: 0);

        Assert.Equal([UpdateType.Message, UpdateType.Message, UpdateType.CallbackQuery], updates.Select(u => u.Type).ToArray());
        Assert.Equal(("/start ar_offer", "ar", ChatType.Private), (updates[0].Message!.Text, updates[0].Message!.From!.LanguageCode, updates[0].Message!.Chat.Type));
        Assert.NotNull(updates[1].Message!.Sticker);
        Assert.Equal(("lang:ar", sent.MessageId), (updates[2].CallbackQuery!.Data, updates[2].CallbackQuery!.Message!.MessageId));
        Assert.Equal("العربية", sent.ReplyMarkup!.InlineKeyboard.Single().Single().Text);
    }

    [Fact]
    public async Task CopyMessage_repeats_a_persons_voice_message_and_file_in_another_chat_without_the_sender()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var client = Client(emulator);
        await emulator.Writes(2002, "hi");
        await emulator.User("messages", new { user_id = 1001, first_name = "Jens", voice = true });
        await emulator.User("messages", new { user_id = 1001, first_name = "Jens", document = true, file_size = 5_000_000 });
        var updates = await client.GetUpdates(timeout: 0);
        var voice = updates.Single(update => update.Message?.Voice is not null).Message!;
        Assert.Equal(5_000_000, updates.Single(update => update.Message?.Document is not null).Message!.Document!.FileSize);

        var copy = await client.CopyMessage(2002, 1001, voice.MessageId, replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("💬", "phrase:open:m1")));

        var shown = (await emulator.Get("emulator/chats/2002/messages?after=1")).AsArray().Single()!;
        Assert.Equal((copy.Id, "voice", true), (shown["message_id"]!.GetValue<int>(), shown["kind"]!.GetValue<string>(), shown["from_bot"]!.GetValue<bool>()));
        var missing = await Assert.ThrowsAsync<ApiRequestException>(() => client.CopyMessage(2002, 1001, 999));
        Assert.Equal(400, missing.ErrorCode);
    }

    [Fact]
    public async Task Refusals_become_ApiRequestExceptions_with_retry_after()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var client = Client(emulator);
        await emulator.Writes(1001, "hi");
        await emulator.User("faults", new { method = "sendMessage", error_code = 429, retry_after = 7, count = 1 });

        var tooMany = await Assert.ThrowsAsync<ApiRequestException>(() => client.SendMessage(1001, "x"));
        Assert.Equal((429, 7), (tooMany.ErrorCode, tooMany.Parameters?.RetryAfter));

        await emulator.User("users/1001/block", new { });
        var blocked = await Assert.ThrowsAsync<ApiRequestException>(() => client.SendMessage(1001, "x"));
        Assert.Equal(403, blocked.ErrorCode);
    }

    [Fact]
    public async Task Photos_upload_as_multipart_and_show_in_the_chat()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var client = Client(emulator);
        await emulator.Writes(1001, "hi");
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3];

        var message = await client.SendPhoto(1001, InputFile.FromStream(new MemoryStream(png), "poster.png"), caption: "QR");

        Assert.Equal("QR", message.Caption);
        var shown = (await emulator.Get("emulator/chats/1001/messages?after=1")).AsArray().Single()!;
        var url = shown["photo"]!.GetValue<string>();
        Assert.Equal(png, await emulator.Http.GetByteArrayAsync(url));
    }

    [Fact]
    public async Task Commands_and_descriptions_set_by_the_client_can_be_read_back()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var client = Client(emulator);

        await client.SetMyCommands([new BotCommand("menu", "Меню")], languageCode: "uk");
        await client.SetMyDescription("Опис", languageCode: "uk");

        Assert.Equal("Меню", (await client.GetMyCommands(languageCode: "uk")).Single().Description);
        Assert.Equal("Опис", (await client.GetMyDescription("uk")).Description);
    }

    private static TelegramBotClient Client(EmulatorFixture emulator) =>
        new(new TelegramBotClientOptions(emulator.Token, emulator.Server.BaseUrl.ToString().TrimEnd('/')) { RetryCount = 0 }, emulator.Http);
}
