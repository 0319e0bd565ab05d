using System.Text.Json;

namespace Kiosk.EndToEnd.Tests;

public sealed class DeliveryUnderPressureTests
{
    [Fact]
    public async Task In_a_429_storm_every_reply_arrives_once_and_in_order()
    {
        await using var kiosk = await KioskUnderTest.StartAsync(o => o.MessagesPerSecond = 1000);
        await kiosk.PlanFaultAsync("sendMessage", 429, retryAfter: 1, count: 5);
        var people = Enumerable.Range(0, 5).Select(i => kiosk.Person(4001 + i, $"P{i}", "tr")).ToList();

        foreach (var person in people)
        {
            await person.WriteAsync("/start");
        }

        foreach (var person in people)
        {
            await person.WaitForAsync("onboarding.choose_language");
            Assert.Equal(
                [KioskUnderTest.Localizer.Text("tr", "onboarding.welcome", ("name", $"P{person.UserId - 4001}")), KioskUnderTest.Localizer.Text("tr", "onboarding.choose_language")],
                await person.BotTextsAsync());
        }

        var stats = await kiosk.StatsAsync();
        Assert.Equal(5, stats.GetProperty("refusals").GetProperty("429").GetInt32());
        Assert.Equal(10, stats.GetProperty("messages_delivered").GetInt32());
    }

    [Fact]
    public async Task A_burst_of_200_people_is_answered_completely_in_order_within_the_limits()
    {
        // Telegram's limits scaled up tenfold so the test takes seconds; per chat they stay Telegram's.
        await using var kiosk = await KioskUnderTest.StartAsync(o => o.MessagesPerSecond = 300, ("Telegram:MessagesPerSecond", "300"));
        var people = Enumerable.Range(0, 200).Select(i => kiosk.Person(10_000 + i, $"N{i}", i % 2 == 0 ? "de" : "fa")).ToList();

        await Task.WhenAll(people.Select(person => person.WriteAsync("/start")));
        await Eventually.True(() => Delivered(kiosk) >= 400, "400 replies", timeoutSeconds: 60);

        foreach (var person in people)
        {
            var texts = await person.BotTextsAsync();
            Assert.Equal([
                KioskUnderTest.Localizer.Text(person.Language, "onboarding.welcome", ("name", $"N{person.UserId - 10_000}")),
                KioskUnderTest.Localizer.Text(person.Language, "onboarding.choose_language"),
            ], texts);
        }

        Assert.Equal(400, Delivered(kiosk));
    }

    private static int Delivered(KioskUnderTest kiosk) => kiosk.StatsAsync().Result.GetProperty("messages_delivered").GetInt32();
}
