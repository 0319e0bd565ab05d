using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kiosk.Bot;
using Kiosk.Storage;
using Microsoft.Extensions.Configuration;

namespace Kiosk.EndToEnd.Tests;

/// <summary>The bot in webhook mode: the emulator posts each update to the bot's listener with the secret token.</summary>
public sealed class WebhookTests
{
    private const string Secret = "kiosk-test_secret-7";

    [Fact]
    public async Task A_person_onboards_through_the_webhook_and_gets_every_reply_exactly_once()
    {
        var (settings, _) = WebhookSettings();
        await using var kiosk = await KioskUnderTest.StartAsync(botSettings: settings);
        var amina = kiosk.Person(2301, "Amina", "ar");

        await amina.OnboardAsync();
        await amina.WriteAsync("/help");
        await amina.WaitForAsync("help.text");

        string[] expected =
        [
            KioskUnderTest.Localizer.Text("ar", "onboarding.welcome", ("name", "Amina")),
            // Answered questions show the answer under them.
            KioskUnderTest.Answered("ar", KioskUnderTest.Localizer.Text("ar", "onboarding.choose_language"), KioskUnderTest.Localizer.LanguageName("ar")),
            KioskUnderTest.Answered("ar", KioskUnderTest.Localizer.Text("ar", "privacy.notice"), KioskUnderTest.Localizer.Text("ar", "privacy.accept")),
            KioskUnderTest.Localizer.Text("ar", "menu.title"),
            KioskUnderTest.Localizer.Text("ar", "help.text"),
        ];
        Assert.Equal(expected, await amina.BotTextsAsync());
        // Nobody polls: with the webhook set, getUpdates is a conflict.
        Assert.Equal(HttpStatusCode.Conflict, (await kiosk.Http.GetAsync($"/bot{kiosk.Emulator.Options.Token}/getUpdates")).StatusCode);
    }

    [Fact]
    public async Task Back_in_polling_mode_the_bot_removes_a_webhook_left_behind_and_answers()
    {
        await using var kiosk = await KioskUnderTest.StartAsync();
        // The first run answers someone before it stops, so its own deleteWebhook at start is done: otherwise, on a busy
        // machine, that call can still reach the emulator after the webhook below is set (seen once in CI).
        var lena = kiosk.Person(2350, "Lena", "de");
        await lena.WriteAsync("/start");
        await lena.WaitForAsync("onboarding.choose_language");
        await kiosk.StopBotAsync();
        // Left from an earlier run in webhook mode; while it is set, getUpdates is a 409 conflict.
        var token = kiosk.Emulator.Options.Token;
        (await kiosk.Http.PostAsJsonAsync($"/bot{token}/setWebhook", new { url = "http://127.0.0.1:9/telegram/webhook", secret_token = Secret })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Conflict, (await kiosk.Http.GetAsync($"/bot{token}/getUpdates")).StatusCode);

        await kiosk.StartBotAsync();
        var jens = kiosk.Person(2351, "Jens", "de");
        await jens.WriteAsync("/start");
        await jens.WaitForAsync("onboarding.choose_language");
    }

    [Fact]
    public async Task A_forged_call_without_or_with_a_wrong_secret_gets_401_and_changes_nothing()
    {
        var (settings, hook) = WebhookSettings();
        await using var kiosk = await KioskUnderTest.StartAsync(botSettings: settings);
        using var http = new HttpClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(http, hook, Update(900_001, 2401, "/start"), secret: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(http, hook, Update(900_002, 2401, "/start"), secret: Secret + "x")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(http, hook, Update(900_003, 2401, "/start"), secret: "")).StatusCode);

        // The bot works meanwhile: a real person is answered, and only their update was stored.
        var jens = kiosk.Person(2402, "Jens", "de");
        await jens.WriteAsync("/start");
        await jens.WaitForAsync("onboarding.choose_language");
        var database = kiosk.Service<KioskDatabase>();
        Assert.All(new[] { 900_001, 900_002, 900_003 }, id => Assert.Null(database.Run(() => database.Inbox.FindById(id))));
        Assert.Null(database.Run(() => database.Chats.FindById(2401)));
    }

    [Fact]
    public async Task The_same_update_delivered_twice_is_handled_once_and_the_200_comes_after_the_commit()
    {
        var (settings, hook) = WebhookSettings();
        await using var kiosk = await KioskUnderTest.StartAsync(botSettings: settings);
        var amina = kiosk.Person(2501, "Amina", "de");
        await amina.OnboardAsync();
        using var http = new HttpClient();
        var database = kiosk.Service<KioskDatabase>();

        var update = Update(900_100, 2501, "/help");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(http, hook, update, Secret)).StatusCode);
        Assert.NotNull(database.Run(() => database.Inbox.FindById(900_100))); // committed before the 200, no waiting
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(http, hook, update, Secret)).StatusCode);

        await amina.WaitForAsync("help.text");
        await Eventually.True(() => Health(http, hook).Result.GetProperty("outbox_backlog").GetInt32() == 0, "the outbox to be empty");
        Assert.Single(await amina.BotTextsAsync(), text => text == KioskUnderTest.Localizer.Text("de", "help.text"));
    }

    [Fact]
    public async Task Health_answers_200_in_webhook_mode_and_the_health_command_exits_0()
    {
        var (settings, hook) = WebhookSettings();
        await using var kiosk = await KioskUnderTest.StartAsync(botSettings: settings);
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(hook, "/health"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = JsonDocument.Parse(body).RootElement;
        Assert.Equal(("healthy", "webhook", true), (report.GetProperty("status").GetString(), report.GetProperty("mode").GetString(), report.GetProperty("database").GetBoolean()));
        Assert.DoesNotContain(kiosk.Emulator.Options.Token, body, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);

        var output = new StringWriter();
        Assert.Equal(0, await HealthCommand.RunAsync(Configuration(settings), output, TextWriter.Null));
        Assert.Contains("\"healthy\"", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_answers_200_in_polling_mode_and_the_command_exits_1_where_no_bot_listens()
    {
        await using var kiosk = await KioskUnderTest.StartAsync();
        var listen = Assert.Single(kiosk.Service<WebListener>().Addresses);
        using var http = new HttpClient();

        await Eventually.True(() => http.GetAsync(new Uri(new Uri(listen), "/health")).Result.StatusCode == HttpStatusCode.OK, "a healthy bot");
        Assert.Equal("polling", (await Health(http, new Uri(listen))).GetProperty("mode").GetString());
        Assert.Equal(0, await HealthCommand.RunAsync(Configuration([("Health:Listen", listen)]), TextWriter.Null, TextWriter.Null));
        Assert.Equal(1, await HealthCommand.RunAsync(Configuration([("Health:Listen", $"http://127.0.0.1:{Kiosk.Bot.LocalEmulator.FreePort()}")]), TextWriter.Null, TextWriter.Null));
    }

    private static ((string, string?)[] Settings, Uri Hook) WebhookSettings()
    {
        var port = Kiosk.Bot.LocalEmulator.FreePort();
        var hook = new Uri($"http://127.0.0.1:{port}/telegram/webhook");
        return ([("Telegram:WebhookUrl", hook.ToString()), ("Telegram:WebhookSecret", Secret), ("Telegram:WebhookListen", $"http://127.0.0.1:{port}")], hook);
    }

    private static IConfiguration Configuration((string Key, string? Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value))).Build();

    private static object Update(int updateId, long userId, string text) => new
    {
        update_id = updateId,
        message = new
        {
            message_id = updateId,
            date = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            chat = new { id = userId, type = "private" },
            from = new { id = userId, is_bot = false, first_name = "Mallory", language_code = "de" },
            text,
        },
    };

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, Uri hook, object update, string? secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, hook) { Content = JsonContent.Create(update) };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        return await http.SendAsync(request);
    }

    private static async Task<JsonElement> Health(HttpClient http, Uri listener) =>
        await http.GetFromJsonAsync<JsonElement>(new Uri(listener, "/health"));

}
