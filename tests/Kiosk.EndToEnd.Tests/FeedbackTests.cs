namespace Kiosk.EndToEnd.Tests;

/// <summary>/feedback through the real host, HTTP client and LiteDB file: stored, shown to the team, answered across a restart.</summary>
public sealed class FeedbackTests
{
    private static string T(string language, string key, params (string, object?)[] args) => KioskUnderTest.Localizer.Text(language, key, args);

    [Fact]
    public async Task Arabic_feedback_reaches_the_German_coordinator_who_answers_after_a_restart()
    {
        await using var kiosk = await KioskUnderTest.StartAsync(botSettings: ("Kiosk:Coordinators:0", "7502"));
        var amina = kiosk.Person(7501, "Amina", "ar");
        var jens = kiosk.Person(7502, "Jens", "de");
        await amina.OnboardAsync();
        await jens.OnboardAsync();

        await amina.WriteAsync("/feedback");
        await amina.WaitForAsync("feedback.ask");
        await amina.WriteAsync("بدنا خريطة أوضح للكشك، Neues Amt ما لقيناه");
        await amina.WaitForAsync("feedback.thanks");

        var card = await jens.WaitForStartAsync(T("de", "feedback.to_team", ("name", "Amina"), ("language", T("de", "spoken.ar")), ("text", "")).Split('\n')[0]);
        Assert.Contains("\u2068بدنا خريطة أوضح للكشك، Neues Amt ما لقيناه\u2069", card, StringComparison.Ordinal);
        await jens.PressStartingWithAsync("feedback:answer:");
        await jens.WaitForAsync("feedback.answer_ask");

        // The coordinator's half-done answer is in the chat's state, stored with its type: it survives a restart.
        await kiosk.StopBotAsync();
        await kiosk.StartBotAsync();
        await jens.WriteAsync("Danke! Wir hängen ein Schild an die Tür.");
        await jens.WaitForAsync("feedback.answer_sent", ("name", "Amina"));
        await amina.WaitForStartAsync(T("ar", "feedback.answer_to_writer", ("text", "")).Split('\n')[0]);
        Assert.Contains("\u2068Danke! Wir hängen ein Schild an die Tür.\u2069", await amina.AllBotTextAsync(), StringComparison.Ordinal);
    }
}
