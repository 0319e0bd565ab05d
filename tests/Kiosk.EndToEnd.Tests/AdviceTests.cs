namespace Kiosk.EndToEnd.Tests;

/// <summary>A newcomer asks the Smart cooperative for advice; a coordinator takes it and answers through the bot.</summary>
public sealed class AdviceTests
{
    private static string T(string language, string key, params (string, object?)[] args) => KioskUnderTest.Localizer.Text(language, key, args);

    [Fact]
    public async Task A_Farsi_newcomer_asks_about_invoicing_and_a_German_coordinator_answers_through_the_bot()
    {
        await using var kiosk = await KioskUnderTest.StartAsync(botSettings: ("Kiosk:Coordinators:0", "7402"));
        var sara = kiosk.Person(7401, "Sara", "fa", username: "sara_secret");
        var jens = kiosk.Person(7402, "Jens", "de", username: "jens_secret");
        await sara.OnboardAsync();
        await jens.OnboardAsync();

        await sara.WriteAsync("/advice");
        await sara.WaitForAsync("advice.ask_topic");
        await sara.PressAsync("advice:topic:invoicing");
        await sara.WaitForAsync("advice.ask_question", ("max", 1000));
        await sara.WriteAsync("برای اولین مشتری‌ام چطور فاکتور بنویسم؟");
        await sara.WaitForAsync("advice.sent");

        var farsi = KioskUnderTest.Localizer.LanguageName("fa");
        await jens.WaitForAsync("advice.new_for_team", ("topic", T("de", "advice.topic_invoicing")), ("language", farsi), ("name", "Sara"));
        await jens.WriteAsync("/queue");
        await jens.WaitForAsync("advice.queue_title", ("count", 1));
        var item = await jens.WaitForStartAsync($"{T("de", "advice.topic_invoicing")} · {farsi} · Sara · ");
        Assert.EndsWith("„\u2068برای اولین مشتری‌ام چطور فاکتور بنویسم؟\u2069“", item, StringComparison.Ordinal);

        await jens.PressStartingWithAsync("coord:adv:take:");
        await jens.WaitForStartAsync(T("de", "advice.taken", ("name", "Sara")).Split('\n')[0]);
        await jens.PressStartingWithAsync("coord:adv:relay:");
        await jens.WaitForAsync("advice.relay_open_team", ("name", "Sara"), ("language", farsi));
        await sara.WaitForAsync("advice.relay_open_person", ("name", "Jens"), ("topic", T("fa", "advice.topic_invoicing")));

        await jens.WriteAsync("Hallo Sara! Auf die Rechnung gehören dein Name, die Adresse des Kunden, das Datum, die Leistung und der Betrag.");
        await sara.WaitForAsync("advice.answer_from", ("name", "Jens"),
            ("text", "Hallo Sara! Auf die Rechnung gehören dein Name, die Adresse des Kunden, das Datum, die Leistung und der Betrag."));
        await sara.WriteAsync("ممنون! شماره مالیاتی هم لازم است؟");
        await jens.WaitForAsync("advice.reply_from", ("name", "Sara"), ("topic", T("de", "advice.topic_invoicing")), ("text", "ممنون! شماره مالیاتی هم لازم است؟"));

        await jens.WriteAsync("/end");
        await jens.WaitForAsync("advice.ended_team", ("name", "Sara"));
        await sara.WaitForAsync("advice.ended_person", ("topic", T("fa", "advice.topic_invoicing")));

        Assert.DoesNotContain("sara_secret", await jens.AllBotTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("jens_secret", await sara.AllBotTextAsync(), StringComparison.Ordinal);
    }
}
