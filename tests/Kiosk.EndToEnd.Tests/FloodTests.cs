using System.Net.Http.Json;
using System.Text.Json;

namespace Kiosk.EndToEnd.Tests;

/// <summary>
/// One person writing hundreds of messages, at Telegram's real pace (one message a second per chat, 100 ms per call):
/// they are told once to slow down, and another person's reply does not wait behind their queue.
/// </summary>
public sealed class FloodTests
{
    [Fact]
    public async Task A_flooding_person_is_told_once_to_slow_down_and_another_person_s_reply_goes_ahead_of_their_queue()
    {
        await using var kiosk = await KioskUnderTest.StartAsync(
            emulator => { emulator.PerChatBurst = 3; emulator.PerChatPerSecond = 1; emulator.ResponseDelayMs = 100; },
            ("Telegram:PerChatBurst", "3"), ("Telegram:PerChatPerSecond", "1"), ("Telegram:UpdatesPerPersonPerMinute", "30"));
        var jens = kiosk.Person(7701, "Jens", "de");
        await jens.OnboardAsync();
        var flooder = kiosk.Person(7702, "Flo", "en");
        await flooder.OnboardAsync(); // 3 of the 30 updates a minute

        await Task.WhenAll(Enumerable.Range(0, 10).Select(async part =>
        {
            for (var i = 0; i < 30; i++)
            {
                await flooder.WriteAsync($"/help {part}-{i}");
            }
        }));
        var repliesToFlooder = (await flooder.BotTextsAsync()).Count;

        await jens.WriteAsync("/help");
        await jens.WaitForStartAsync(KioskUnderTest.Localizer.Text("de", "help.text").Split('\n')[0]);

        // Jens's reply went out while the flooder's replies (paced at one a second) were still waiting.
        var flooderTexts = await flooder.BotTextsAsync();
        var help = KioskUnderTest.Localizer.Text("en", "help.text");
        Assert.True(flooderTexts.Count(text => text == help) < 27, $"Jens waited until all of the flooder's replies were sent ({repliesToFlooder} before)");
        await Eventually.True(() => flooder.BotTextsAsync().Result.Count(text => text == help) == 27, "the 27 admitted messages answered", timeoutSeconds: 90);
        await flooder.WaitForTextAsync(KioskUnderTest.Localizer.Text("en", "input.slow_down"), timeoutSeconds: 30);
        var all = await flooder.BotTextsAsync();
        Assert.Equal(1, all.Count(text => text == KioskUnderTest.Localizer.Text("en", "input.slow_down")));
        using var http = new HttpClient();
        var health = await http.GetFromJsonAsync<JsonElement>(HealthAddress(kiosk));
        Assert.Equal("healthy", health.GetProperty("status").GetString());
    }

    private static Uri HealthAddress(KioskUnderTest kiosk) => new(new Uri(Assert.Single(kiosk.Service<Kiosk.Bot.WebListener>().Addresses)), "/health");
}
