using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kiosk.Bot.Tests;

public sealed class HealthTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("kiosk-health-").FullName;

    [Fact]
    public async Task When_Telegram_cannot_be_reached_for_too_long_health_is_503_and_the_command_exits_1()
    {
        // Port 9 on loopback (discard) is closed here: no getUpdates ever succeeds.
        using var host = BotHostFactory.Create(Path.Combine(directory, "kiosk.db"), settings: [("Telegram:ApiBaseUrl", "http://127.0.0.1:9"), ("Health:MaxSilenceSeconds", "1")]);
        await host.StartAsync();
        var listen = Assert.Single(host.Services.GetRequiredService<WebListener>().Addresses);
        using var http = new HttpClient();

        await Eventually.True(() => http.GetAsync(new Uri(new Uri(listen), "/health")).Result.StatusCode == HttpStatusCode.ServiceUnavailable, "an unhealthy bot");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([KeyValuePair.Create("Health:Listen", (string?)listen)]).Build();
        var output = new StringWriter();
        Assert.Equal(1, await HealthCommand.RunAsync(configuration, output, TextWriter.Null));
        Assert.Contains("\"unhealthy\"", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("\"database\":true", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(BotHostFactory.Token, output.ToString(), StringComparison.Ordinal);
        await host.StopAsync();
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
