namespace Kiosk.EndToEnd.Tests;

public sealed class OnboardingTests
{
    [Theory]
    [InlineData("de", "Jens")]
    [InlineData("ar", "أمينة")]
    [InlineData("uk", "Олена")]
    public async Task A_person_starts_picks_their_language_accepts_and_sees_the_menu(string language, string name)
    {
        await using var kiosk = await KioskUnderTest.StartAsync();
        var person = kiosk.Person(2001, name, language);

        await person.WriteAsync("/start");
        await person.WaitForAsync("onboarding.welcome", ("name", name));
        await person.WaitForAsync("onboarding.choose_language");
        var languageQuestion = (await person.MessagesAsync()).Last();
        Assert.Equal($"lang:{language}", languageQuestion.Buttons[0][0].CallbackData);

        await person.PressAsync($"lang:{language}");
        await person.WaitForAsync("privacy.notice");
        await person.PressAsync("privacy:yes");
        await person.WaitForAsync("menu.title");

        var menu = (await person.MessagesAsync()).Last();
        Assert.Equal(["menu:offer", "menu:request", "menu:advice", "menu:about", "menu:language"], menu.Buttons.SelectMany(row => row).Select(b => b.CallbackData ?? "").ToArray());
        Assert.Equal(KioskUnderTest.Localizer.Text(language, "menu.offer"), menu.Buttons[0][0].Text);

        // The pressed questions lost their buttons, so they cannot be pressed twice, and show what was chosen.
        var answered = (await person.MessagesAsync()).Single(m => m.MessageId == languageQuestion.MessageId);
        Assert.Empty(answered.Buttons);
        Assert.StartsWith(languageQuestion.Text!, answered.Text, StringComparison.Ordinal);
        Assert.EndsWith(languageQuestion.Buttons[0][0].Text, answered.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_command_menu_is_published_in_every_language()
    {
        await using var kiosk = await KioskUnderTest.StartAsync();
        foreach (var language in KioskUnderTest.Localizer.Languages)
        {
            var expected = KioskUnderTest.Localizer.Text(language, "commands.help");
            await Eventually.True(() => CommandsOf(kiosk, language).Contains(expected), $"the command menu in {language}");
        }
    }

    private static string CommandsOf(KioskUnderTest kiosk, string language)
    {
        var path = $"/bot{kiosk.Emulator.Options.Token}/getMyCommands?language_code={language}";
        return kiosk.Http.GetStringAsync(path).Result;
    }
}
