namespace Kiosk.EndToEnd.Tests;

/// <summary>The kiosk team approves new offers and deals with reports; what they decide reaches the others in their languages.</summary>
public sealed class ModerationTests
{
    private static string T(string language, string key, params (string, object?)[] args) => KioskUnderTest.Localizer.Text(language, key, args);

    [Fact]
    public async Task An_Arabic_newcomer_s_offer_waits_for_the_coordinator_and_then_finds_a_neighbour()
    {
        await using var kiosk = await KioskUnderTest.StartAsync(null, ("Kiosk:Coordinators:0", "7701"), ("Kiosk:Moderation", "true"));
        var jonas = kiosk.Person(7701, "Jonas", "de");
        var amina = kiosk.Person(7702, "Amina", "ar", username: "amina_secret");
        var jens = kiosk.Person(7703, "Jens", "de");
        await jonas.OnboardAsync();

        await OfferBikeRepair(amina);
        await amina.WaitForAsync("moderation.offer_waiting");
        var card = await jonas.WaitForStartAsync(T("de", "moderation.offer_card", ("name", "Amina")).Split('\n')[0]);
        Assert.Contains("أصلح الدراجات", card, StringComparison.Ordinal);
        Assert.DoesNotContain("amina_secret", card, StringComparison.Ordinal);
        Assert.DoesNotContain("7702", card, StringComparison.Ordinal);

        await AskForHelp(jens, "Kann jemand mein Fahrrad reparieren? In Ottensen, egal wann");
        await jens.WaitForAsync("request.saved_none");

        await jonas.PressStartingWithAsync("coord:mod:ok:");
        await jonas.WaitForAsync("moderation.approved_done", ("name", "Amina"));
        await amina.WaitForAsync("moderation.approved", ("category", T("ar", "categories.bikes.name")));
        await jens.WaitForStartAsync(T("de", "match.new_offer", ("request", "Kann jemand mein Fahrrad reparieren? In Ottensen, egal wann")));
        await jens.PressStartingWithAsync("match:ask:");
        await amina.ButtonStartingWithAsync("match:yes:");
    }

    [Fact]
    public async Task A_card_Telegram_refused_before_the_coordinator_started_the_bot_reaches_them_once_they_write()
    {
        await using var kiosk = await KioskUnderTest.StartAsync(null, ("Kiosk:Coordinators:0", "7711"), ("Kiosk:Moderation", "true"));
        var jonas = kiosk.Person(7711, "Jonas", "de");
        var amina = kiosk.Person(7712, "Amina", "ar");

        await OfferBikeRepair(amina);
        await amina.WaitForAsync("moderation.offer_waiting");
        // Telegram does not know Jonas's chat yet: the card is refused ("chat not found") and kept.
        await Eventually.True(() => kiosk.Log.Lines.Any(line => line.Text.Contains("has not started the bot", StringComparison.Ordinal)), "the card to be refused");

        await jonas.OnboardAsync();

        var card = await jonas.WaitForStartAsync(T("de", "moderation.offer_card", ("name", "Amina")).Split('\n')[0]);
        Assert.Contains("أصلح الدراجات", card, StringComparison.Ordinal);
        await jonas.PressStartingWithAsync("coord:mod:ok:");
        await amina.WaitForAsync("moderation.approved", ("category", T("ar", "categories.bikes.name")));
    }

    [Fact]
    public async Task After_a_report_the_coordinator_bans_and_the_banned_newcomer_s_offer_is_not_proposed_any_more()
    {
        await using var kiosk = await KioskUnderTest.StartAsync(null, ("Kiosk:Coordinators:0", "7801"));
        var jonas = kiosk.Person(7801, "Jonas", "en");
        var amina = kiosk.Person(7802, "Amina", "ar");
        var jens = kiosk.Person(7803, "Jens", "de");
        var lena = kiosk.Person(7804, "Lena", "de");
        await jonas.OnboardAsync();
        await OfferBikeRepair(amina);
        await amina.WaitForAsync("offer.saved");
        await AskForHelp(jens, "Kann jemand mein Fahrrad reparieren? In Ottensen, egal wann");
        await jens.PressOnMessageAsync("👤 Amina");
        await amina.PressStartingWithAsync("match:yes:");
        await jens.PressStartingWithAsync("match:relay:");
        await jens.WaitForAsync("match.relay_open", ("name", "Amina"));

        await jens.WriteAsync("/report");
        await jens.WaitForAsync("match.reported");
        await jonas.WaitForStartAsync(T("en", "moderation.report_card", ("reporter", "Jens"), ("reported", "Amina"), ("category", T("en", "categories.bikes.name"))));
        await jonas.PressStartingWithAsync("coord:mod:ban:");
        await jonas.WaitForAsync("moderation.done_ban", ("name", "Amina"));
        await amina.WaitForAsync("moderation.banned_notice");

        await amina.WriteAsync("/myoffers");
        await amina.WaitForAsync("moderation.banned_answer");
        await AskForHelp(lena, "Kann jemand mein Fahrrad reparieren? In Ottensen, egal wann");
        await lena.WaitForAsync("request.saved_none");
        Assert.DoesNotContain("👤 Amina", await lena.AllBotTextAsync(), StringComparison.Ordinal);
    }

    private static Task AskForHelp(Person neighbour, string request) => neighbour.AskForHelpAsync(request);

    private static Task OfferBikeRepair(Person newcomer) => newcomer.OfferBikeRepairAsync(words: "أصلح الدراجات ولدي أدواتي");
}
