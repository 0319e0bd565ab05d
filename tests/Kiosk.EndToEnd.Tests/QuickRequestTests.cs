namespace Kiosk.EndToEnd.Tests;

public sealed class QuickRequestTests
{
    [Fact]
    public async Task A_neighbour_s_one_message_becomes_a_saved_help_request_that_survives_a_restart()
    {
        await using var kiosk = await KioskUnderTest.StartAsync();
        var irina = kiosk.Person(6001, "Ирина", "ru");
        await irina.OnboardAsync();

        // Category, day and district in one message: straight to the summary.
        await irina.WriteAsync("Нужна помощь с компьютером в субботу в Оттензене");
        var summary = await irina.WaitForStartAsync(KioskUnderTest.Localizer.Text("ru", "form.summary"));
        Assert.Contains(KioskUnderTest.Localizer.Text("ru", "categories.computers.name"), summary, StringComparison.Ordinal);
        Assert.Contains("Ottensen", summary, StringComparison.Ordinal);

        await kiosk.StopBotAsync();
        await kiosk.StartBotAsync();
        await irina.PressAsync("form:confirm");
        await irina.WaitForAsync("request.saved_none");

        await irina.WriteAsync("/myrequests");
        await irina.WaitForAsync("request.list_title");
    }
}
