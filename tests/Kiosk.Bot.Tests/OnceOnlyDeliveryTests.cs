using Kiosk.Conversations.Localization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Telegram.Bot.Types.ReplyMarkups;

namespace Kiosk.Bot.Tests;

/// <summary>The whole host (poller, engine, LiteDB file, outbox sender) with Telegram mocked.</summary>
public sealed class OnceOnlyDeliveryTests : IDisposable
{
    private static readonly Localizer Localizer = new(Catalogs.Load(Catalogs.DefaultDirectory), NullLogger<Localizer>.Instance);
    private readonly string directory = Directory.CreateTempSubdirectory("kiosk-host-").FullName;

    private string DatabasePath => Path.Combine(directory, "kiosk.db");

    [Fact]
    public async Task A_redelivered_update_gets_one_reply()
    {
        var telegram = new FakeTelegram();
        using var host = BotHostFactory.Create(DatabasePath, telegram);
        await host.StartAsync();

        telegram.UserWrites(1, 1001, "/start");
        telegram.UserWrites(1, 1001, "/start");
        telegram.UserWrites(2, 1001, "/help");
        var help = Localizer.Text("de", "help.text");
        await Eventually.True(() => telegram.TextsTo(1001).Contains(help), "the reply to /help");
        await host.StopAsync();

        var expected = new[]
        {
            Localizer.Text("de", "onboarding.welcome", ("name", "Amina")),
            Localizer.Text("de", "onboarding.choose_language"),
            help,
        };
        Assert.Equal(expected, telegram.TextsTo(1001));
    }

    [Fact]
    public async Task A_reply_committed_but_not_sent_when_the_host_stops_is_delivered_after_restart()
    {
        var first = new FakeTelegram { BlockSending = true };
        using (var host = BotHostFactory.Create(DatabasePath, first))
        {
            await host.StartAsync();
            first.UserWrites(1, 1001, "/start", "ar");
            await Eventually.True(() => first.SendAttempts > 0, "the reply to be committed and on its way");
            await host.StopAsync();
        }

        Assert.Empty(first.Sent);

        var second = new FakeTelegram();
        using (var host = BotHostFactory.Create(DatabasePath, second))
        {
            await host.StartAsync();
            second.UserWrites(1, 1001, "/start", "ar"); // Telegram redelivers: the offset was never confirmed.
            second.UserWrites(2, 1001, "/help", "ar");
            var help = Localizer.Text("ar", "help.text");
            await Eventually.True(() => second.TextsTo(1001).Contains(help), "the reply to /help after restart");
            await host.StopAsync();
        }

        Assert.Equal(
            [Localizer.Text("ar", "onboarding.welcome", ("name", "Amina")), Localizer.Text("ar", "onboarding.choose_language"), Localizer.Text("ar", "help.text")],
            second.TextsTo(1001));
    }

    [Fact]
    public async Task Onboarding_state_survives_a_restart_mid_conversation()
    {
        var first = new FakeTelegram();
        using (var host = BotHostFactory.Create(DatabasePath, first))
        {
            await host.StartAsync();
            first.UserWrites(1, 1001, "/start", "uk");
            await Eventually.True(() => first.Sent.Count == 2, "the language question");
            await host.StopAsync();
        }

        var languageQuestion = first.Sent.Last();
        var keyboard = Assert.IsType<InlineKeyboardMarkup>(languageQuestion.ReplyMarkup);
        Assert.Equal("lang:uk", keyboard.InlineKeyboard.First().First().CallbackData);

        var second = new FakeTelegram();
        using (var host = BotHostFactory.Create(DatabasePath, second))
        {
            await host.StartAsync();
            second.UserPresses(2, 1001, "lang:uk", messageId: 2);
            var notice = Localizer.Text("uk", "privacy.notice");
            await Eventually.True(() => second.TextsTo(1001).Contains(notice), "the privacy notice in Ukrainian");
            await host.StopAsync();
        }
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
