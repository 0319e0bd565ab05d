namespace Kiosk.EndToEnd.Tests;

public sealed class RestartTests
{
    [Fact]
    public async Task A_conversation_goes_on_after_the_bot_restarts_with_nothing_lost_or_doubled()
    {
        await using var kiosk = await KioskUnderTest.StartAsync();
        var amina = kiosk.Person(3001, "Amina", "ar");

        await amina.WriteAsync("/start");
        await amina.WaitForAsync("onboarding.choose_language");
        await amina.PressAsync("lang:ar");
        await amina.WaitForAsync("privacy.notice");

        await kiosk.StopBotAsync();
        await amina.PressAsync("privacy:yes"); // pressed while the bot is down
        await amina.WriteAsync("/help");
        await kiosk.StartBotAsync();

        await amina.WaitForAsync("help.text");
        var texts = await amina.BotTextsAsync();
        string[] expected =
        [
            KioskUnderTest.Localizer.Text("ar", "onboarding.welcome", ("name", "Amina")),
            // Answered questions show the answer under them.
            KioskUnderTest.Answered("ar", KioskUnderTest.Localizer.Text("ar", "onboarding.choose_language"), KioskUnderTest.Localizer.LanguageName("ar")),
            KioskUnderTest.Answered("ar", KioskUnderTest.Localizer.Text("ar", "privacy.notice"), KioskUnderTest.Localizer.Text("ar", "privacy.accept")),
            KioskUnderTest.Localizer.Text("ar", "menu.title"),
            KioskUnderTest.Localizer.Text("ar", "help.text"),
        ];
        Assert.Equal(expected, texts);
    }
}
