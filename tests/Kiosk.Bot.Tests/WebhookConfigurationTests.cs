using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kiosk.Bot.Tests;

public sealed class WebhookConfigurationTests : IDisposable
{
    private const string Url = "https://kiosk.example/telegram/webhook";
    private readonly string directory = Directory.CreateTempSubdirectory("kiosk-webhook-config-").FullName;

    [Theory]
    [InlineData(Url, null, "http://0.0.0.0:8080", "Telegram:WebhookSecret (env Telegram__WebhookSecret) is missing")]
    [InlineData(Url, "no spaces allowed", "http://0.0.0.0:8080", "Telegram:WebhookSecret (env Telegram__WebhookSecret) may only have")]
    [InlineData("http://kiosk.example/telegram/webhook", "s3cret", "http://0.0.0.0:8080", "Telegram:WebhookUrl (env Telegram__WebhookUrl) must be a public https URL")]
    [InlineData("/telegram/webhook", "s3cret", "http://0.0.0.0:8080", "Telegram:WebhookUrl (env Telegram__WebhookUrl) must be a public https URL")]
    [InlineData(Url, "s3cret", "0.0.0.0:8080", "Telegram:WebhookListen (env Telegram__WebhookListen) must be an http address")]
    public void A_bad_webhook_setting_fails_at_start_with_one_line_naming_its_key(string url, string? secret, string listen, string expected)
    {
        using var host = BotHostFactory.Create(Path.Combine(directory, "kiosk.db"), settings:
            [("Telegram:WebhookUrl", url), ("Telegram:WebhookSecret", secret), ("Telegram:WebhookListen", listen)]);
        var exception = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IStartupValidator>().Validate());
        var failure = Assert.Single(exception.Failures);
        Assert.StartsWith(expected, failure, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure);
    }

    [Fact]
    public void A_secret_of_256_allowed_characters_is_fine_and_257_are_too_many()
    {
        string[] Failures(string secret)
        {
            using var host = BotHostFactory.Create(Path.Combine(directory, "kiosk.db"), settings: [("Telegram:WebhookUrl", Url), ("Telegram:WebhookSecret", secret)]);
            try
            {
                host.Services.GetRequiredService<IStartupValidator>().Validate();
                return [];
            }
            catch (OptionsValidationException exception)
            {
                return [.. exception.Failures];
            }
        }

        Assert.Empty(Failures(new string('a', 250) + "_-Z9x0"));
        Assert.Single(Failures(new string('a', 257)));
    }

    [Fact]
    public async Task The_bot_with_a_webhook_but_no_secret_stops_with_one_line_and_exit_code_2()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Kiosk.Bot.dll")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = directory,
            Environment =
            {
                ["Telegram__Token"] = BotHostFactory.Token,
                ["Telegram__WebhookUrl"] = Url,
                ["Storage__DatabasePath"] = Path.Combine(directory, "kiosk.db"),
                ["Health__Listen"] = "",
            },
        };
        using var bot = Process.Start(start)!;
        var error = bot.StandardError.ReadToEndAsync();
        var output = bot.StandardOutput.ReadToEndAsync();
        await bot.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);

        Assert.Equal(2, bot.ExitCode);
        var line = Assert.Single((await error).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Configuration error: Telegram:WebhookSecret (env Telegram__WebhookSecret) is missing", line, StringComparison.Ordinal);
        Assert.DoesNotContain(BotHostFactory.Token, await error + await output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
