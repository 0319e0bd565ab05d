using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kiosk.Bot.Tests;

public sealed class HostConfigurationTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("kiosk-config-").FullName;

    [Theory]
    [InlineData("Telegram:ApiBaseUrl", "localhost:5080", "Telegram:ApiBaseUrl (env Telegram__ApiBaseUrl) must be an http(s) URL")]
    [InlineData("Kiosk:TimeZone", "Europe/Altona", "Kiosk:TimeZone (env Kiosk__TimeZone) 'Europe/Altona' is not a time zone")]
    [InlineData("Storage:DatabasePath", " ", "Storage:DatabasePath (env Storage__DatabasePath) is empty")]
    [InlineData("Storage:RetentionDays", "0", "Storage:RetentionDays (env Storage__RetentionDays) 0 is out of range")]
    [InlineData("Storage:RetentionDays", "3651", "Storage:RetentionDays (env Storage__RetentionDays) 3651 is out of range")]
    [InlineData("Kiosk:OpeningHours:Monday", "10-18", "Kiosk:OpeningHours:Monday (env Kiosk__OpeningHours__Monday) '10-18' does not read")]
    [InlineData("Kiosk:Exceptions:24.12.", "closed", "Kiosk:Exceptions:24.12. (env Kiosk__Exceptions__24.12.) is not a date")]
    public void A_bad_setting_fails_at_start_with_one_line_naming_its_key(string key, string value, string expected)
    {
        using var host = BotHostFactory.Create(Path.Combine(directory, "kiosk.db"), settings: (key, value));
        var exception = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IStartupValidator>().Validate());
        var failure = Assert.Single(exception.Failures);
        Assert.StartsWith(expected, failure, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure);
    }

    [Fact]
    public void An_encrypted_database_without_its_password_is_one_configuration_line_naming_the_setting()
    {
        var path = Path.Combine(directory, "kiosk.db");
        new Kiosk.Storage.KioskDatabase(path, "the-right-one").Dispose();
        using var host = BotHostFactory.Create(path, settings: ("Storage:Password", "a-wrong-one"));

        var exception = Assert.Throws<Kiosk.Storage.StorageOpenException>(() => host.Services.GetRequiredService<Kiosk.Storage.KioskDatabase>());

        Assert.StartsWith("Storage:Password (env Storage__Password) does not open", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("a-wrong-one", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_token_and_with_the_emulator_switched_off_the_missing_token_is_named()
    {
        using var host = BotHostFactory.Create(Path.Combine(directory, "kiosk.db"), settings: [("Telegram:Token", ""), ("Emulator:Enabled", "false")]);
        var exception = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IStartupValidator>().Validate());
        Assert.StartsWith("Telegram:Token (env Telegram__Token) is missing", Assert.Single(exception.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_token_the_bot_points_itself_at_the_local_emulator()
    {
        using var host = BotHostFactory.Create(Path.Combine(directory, "kiosk.db"), settings: [("Telegram:Token", ""), ("Emulator:Port", "5123")]);
        var telegram = host.Services.GetRequiredService<IOptions<Kiosk.Telegram.TelegramOptions>>().Value;
        Assert.Equal(("http://127.0.0.1:5123", new Kiosk.Emulator.EmulatorOptions().Token), (telegram.ApiBaseUrl, telegram.Token));
        Assert.Contains(host.Services.GetServices<IHostedService>(), service => service is LocalEmulator);
    }

    [Fact]
    public void With_the_emulator_the_web_chat_s_coordinator_is_on_the_team_unless_coordinators_are_set()
    {
        using (var emulated = BotHostFactory.Create(Path.Combine(directory, "kiosk.db"), settings: [("Telegram:Token", ""), ("Emulator:Port", "5124"), ("Health:Listen", "http://127.0.0.1:5126")]))
        {
            var kiosk = emulated.Services.GetRequiredService<IOptions<Kiosk.Conversations.KioskOptions>>().Value;
            Assert.Equal([LocalEmulator.DemoCoordinator], kiosk.Coordinators);
            Assert.Equal("http://127.0.0.1:5126/app/", kiosk.DeskUrl);
        }

        using (var chosen = BotHostFactory.Create(Path.Combine(directory, "kiosk2.db"), settings: [("Telegram:Token", ""), ("Emulator:Port", "5125"), ("Kiosk:Coordinators:0", "4242")]))
        {
            Assert.Equal([4242L], chosen.Services.GetRequiredService<IOptions<Kiosk.Conversations.KioskOptions>>().Value.Coordinators);
        }

        using var real = BotHostFactory.Create(Path.Combine(directory, "kiosk3.db"));
        Assert.Empty(real.Services.GetRequiredService<IOptions<Kiosk.Conversations.KioskOptions>>().Value.Coordinators);
    }

    [Fact]
    public async Task At_start_the_log_names_the_database_file_and_the_coordinators_who_cannot_get_cards_yet()
    {
        var path = Path.Combine(directory, "kiosk.db");
        var logs = new CapturingLoggerProvider();
        using var host = BotHostFactory.Create(path, services: s => s.AddLogging(l => l.AddProvider(logs)),
            settings: [("Telegram:ApiBaseUrl", "http://127.0.0.1:9"), ("Kiosk:Coordinators:0", "4242"), ("Kiosk:Coordinators:1", "4343")]);
        var database = host.Services.GetRequiredService<Kiosk.Storage.KioskDatabase>();
        database.Run(() => database.Members.Insert(new Kiosk.Domain.Member { Id = 4343, FirstName = "Jonas", Language = "de" }));

        await host.StartAsync();
        await host.StopAsync();

        Assert.Contains(logs.Lines, line => line.Text == $"Database: {Path.GetFullPath(path)}");
        Assert.Contains(logs.Lines, line => line.Text.StartsWith("Coordinator 4242 has not started the bot yet", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Text.StartsWith("Coordinator 4343", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Text.Contains("Jonas", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_token_never_reaches_the_logs_even_when_Telegram_cannot_be_reached()
    {
        var logs = new CapturingLoggerProvider();
        // Port 9 on loopback (discard) is closed here: every call fails, and failures are what get logged.
        using var host = BotHostFactory.Create(Path.Combine(directory, "kiosk.db"), services: s => s.AddLogging(l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)),
            settings: ("Telegram:ApiBaseUrl", "http://127.0.0.1:9"));
        await host.StartAsync();
        await Eventually.True(() => logs.Lines.Any(line => line.Text.Contains(" failed (", StringComparison.Ordinal)), "a logged deleteWebhook or getUpdates failure");
        await Eventually.True(() => logs.Lines.Any(line => line.Text.Contains("published", StringComparison.Ordinal)), "the profile publisher to give up");
        await host.StopAsync();

        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, line => line.Text.Contains(BotHostFactory.Token, StringComparison.Ordinal) || line.Text.Contains("TEST-token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task At_start_the_retention_sweep_deletes_messages_older_than_the_retention_period()
    {
        using var host = BotHostFactory.Create(Path.Combine(directory, "kiosk.db"), settings: [("Telegram:ApiBaseUrl", "http://127.0.0.1:9"), ("Storage:RetentionDays", "30")]);
        var database = host.Services.GetRequiredService<Kiosk.Storage.KioskDatabase>();
        var now = NodaTime.SystemClock.Instance.GetCurrentInstant();
        foreach (var (days, text) in new[] { (31, "old"), (29, "recent") })
        {
            database.Run(() => database.Outbox.Insert(new Kiosk.Conversations.Delivery.OutboxEntry
            {
                ChatId = 42, Status = Kiosk.Conversations.Delivery.OutboxStatus.Sent, CreatedAt = now - NodaTime.Duration.FromDays(days),
                Message = new Kiosk.Conversations.Engine.Outbound { ChatId = 42, Text = text },
            }));
        }

        await host.StartAsync();
        await Eventually.True(() => database.Run(() => database.Outbox.Count()) == 1, "the old message to be swept");
        await host.StopAsync();

        Assert.Equal("recent", Assert.Single(database.Run(() => database.Outbox.FindAll().ToList())).Message.Text);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
