namespace Kiosk.EndToEnd.Tests;

/// <summary>Request, proposal, yes or no, and talking through the bot, between people writing different languages.</summary>
public sealed class MatchingTests
{
    // Direction marks the bot adds to right-to-left lines (Bidi.MarkRightToLeft).
    private static string NoMarks(string text) => text.Replace("\u200E", "", StringComparison.Ordinal).Replace("\u200F", "", StringComparison.Ordinal);

    private static string T(string language, string key, params (string, object?)[] args) => KioskUnderTest.Localizer.Text(language, key, args);

    [Fact]
    public async Task A_German_neighbour_and_an_Arabic_newcomer_are_matched_and_talk_through_the_bot_without_seeing_contact_data()
    {
        await using var kiosk = await KioskUnderTest.StartAsync();
        var amina = kiosk.Person(7001, "Amina", "ar", username: "amina_secret");
        var jens = kiosk.Person(7002, "Jens", "de", username: "jens_secret");
        await OfferBikeRepair(amina);

        await AskForHelp(jens, "Kann jemand morgen mein Fahrrad reparieren? In Ottensen");
        await jens.WaitForAsync("match.proposals");
        var card = await jens.WaitForStartAsync("👤 Amina");
        Assert.Contains(T("de", "match.reason_same_district"), card, StringComparison.Ordinal);

        await jens.PressStartingWithAsync("match:ask:");
        await jens.WaitForAsync("match.asked", ("name", "Amina"));
        var asked = await amina.WaitForStartAsync(T("ar", "match.request_for_you", ("category", "x"), ("when", "x"), ("district", "x"), ("details", "x")).Split('\n')[0]);
        Assert.Contains("Kann jemand morgen mein Fahrrad reparieren? In Ottensen", asked, StringComparison.Ordinal);
        Assert.Contains(T("ar", "categories.bikes.name"), asked, StringComparison.Ordinal);

        await amina.PressStartingWithAsync("match:yes:");
        await amina.WaitForStartAsync(T("ar", "match.accepted_newcomer", ("name", "Jens")).Split('\n')[0]);
        await jens.WaitForStartAsync(T("de", "match.accepted_neighbour", ("name", "Amina")).Split('\n')[0]);

        await jens.PressStartingWithAsync("match:relay:");
        await jens.WaitForAsync("match.relay_open", ("name", "Amina"));
        await amina.WaitForAsync("match.relay_open", ("name", "Jens"));

        // Written text passes as written, isolated, with the language it is in.
        await jens.WriteAsync("Hallo Amina, passt dir Samstag um 17 Uhr? Ich komme dann zu dir nach Hause.");
        await amina.WaitForTextAsync("\u2068Hallo Amina, passt dir Samstag um 17 Uhr? Ich komme dann zu dir nach Hause.\u2069", contains: true);
        Assert.Contains(T("ar", "phrases.wrote_in", ("name", "Jens"), ("language", T("ar", "spoken.de")), ("text", "")).Split('\n')[0], NoMarks(await amina.AllBotTextAsync()), StringComparison.Ordinal);
        await amina.WriteAsync("نعم، الساعة 17 مناسبة");
        await jens.WaitForTextAsync("\u2068نعم، الساعة 17 مناسبة\u2069", contains: true);
        Assert.Contains(T("de", "phrases.wrote_in", ("name", "Amina"), ("language", T("de", "spoken.ar")), ("text", "")).Split('\n')[0], NoMarks(await jens.AllBotTextAsync()), StringComparison.Ordinal);

        // A phrase chosen in Arabic arrives in German.
        var matchId = (await amina.PressStartingWithAsync("phrase:open:")).Split(':')[2];
        await amina.WaitForAsync("phrases.intro", ("name", "Jens"));
        await amina.PressAsync($"phrase:group:{matchId}:time");
        await amina.PressAsync($"phrase:say:{matchId}:time.on_my_way");
        await amina.WaitForAsync("phrases.sent", ("name", "Jens"), ("phrase", T("ar", "phrases.time.on_my_way")));
        await jens.WaitForAsync("phrases.received", ("name", "Amina"), ("phrase", T("de", "phrases.time.on_my_way")));

        // A photo of the broken bike goes over as a copy (copyMessage), after a line saying whose it is.
        await jens.SendMediaAsync("photo");
        await amina.WaitForAsync("relay.media_from", ("name", "Jens"));
        await Eventually.True(() => amina.MessagesAsync().Result.Any(m => m.FromBot && m.Kind == "photo"), "the copied photo in Amina's chat", timeoutSeconds: 30);
        // Amina answers with a voice message and the place as a pin.
        await amina.SendMediaAsync("voice");
        await jens.WaitForAsync("relay.media_from", ("name", "Amina"));
        await Eventually.True(() => jens.MessagesAsync().Result.Any(m => m.FromBot && m.Kind == "voice"), "the copied voice message in Jens's chat", timeoutSeconds: 30);
        await amina.SendMediaAsync("location");
        await Eventually.True(() => jens.MessagesAsync().Result.Any(m => m.FromBot && m.Kind == "location"), "the copied location in Jens's chat", timeoutSeconds: 30);
        // A contact card does not pass before both agreed to share contact details.
        await jens.SendMediaAsync("contact");
        await jens.WaitForAsync("relay.contact_wait");
        Assert.DoesNotContain(await amina.MessagesAsync(), m => m.FromBot && m.Kind == "contact");

        // A day and time written in German arrives in Arabic with yes/no; yes agrees it for both.
        await jens.PressAsync($"propose:start:{matchId}");
        await jens.WriteAsync("Samstag um 10 Uhr");
        await amina.WaitForTextAsync(NoMarks(T("ar", "propose.to_other")).Split('{')[0], startsWith: false, contains: true);
        await amina.PressAsync($"propose:yes:{matchId}");
        await jens.WaitForTextAsync(T("de", "propose.agreed").Split('{')[0], contains: true);

        // Where to meet, by buttons: Amina proposes her place; Jens reads "at Amina's place" in German and agrees.
        await amina.PressAsync($"place:start:{matchId}");
        await amina.PressAsync($"place:mine:{matchId}");
        await jens.WaitForAsync("place.to_other", ("name", "Amina"), ("place", T("de", "place.home_of", ("name", "Amina"))));
        await jens.PressAsync($"place:yes:{matchId}");
        await amina.WaitForAsync("place.agreed", ("name", "Jens"), ("place", T("ar", "place.your_home")));

        await jens.WriteAsync("/end");
        await jens.WaitForAsync("match.ended", ("name", "Amina"));
        await amina.WaitForAsync("match.ended", ("name", "Jens"));

        Assert.DoesNotContain("amina_secret", await jens.AllBotTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("jens_secret", await amina.AllBotTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("7001", await jens.AllBotTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_who_share_no_language_get_someone_who_speaks_both_and_any_of_the_three_can_end_it()
    {
        await using var kiosk = await KioskUnderTest.StartAsync();
        var amina = kiosk.Person(7001, "Amina", "ar", username: "amina_secret");
        var jens = kiosk.Person(7002, "Jens", "de", username: "jens_secret");
        var karim = kiosk.Person(7003, "Karim", "ar", username: "karim_secret");
        var outsider = kiosk.Person(7004, "Tom", "de");
        await OfferTranslation(karim, "de", "ar");
        await outsider.OnboardAsync();
        await OfferBikeRepair(amina);
        await AskForHelp(jens, "Kann jemand morgen mein Fahrrad reparieren? In Ottensen");
        await jens.PressStartingWithAsync("match:ask:");
        await amina.PressStartingWithAsync("match:yes:");
        await jens.PressStartingWithAsync("match:relay:");
        await amina.WaitForAsync("match.relay_open", ("name", "Jens"));

        // Jens asks, Amina agrees; only then is Karim (German and Arabic) invited, without names.
        var matchId = (await jens.PressStartingWithAsync("interpreter:ask:")).Split(':')[2];
        await jens.WaitForAsync("interpreter.asked", ("name", "Amina"));
        await amina.WaitForAsync("interpreter.consent", ("name", "Jens"));
        Assert.DoesNotContain(await karim.MessagesAsync(), m => m.Buttons.Any(row => row.Any(b => b.CallbackData?.StartsWith("interpreter:", StringComparison.Ordinal) == true)));
        await amina.PressAsync($"interpreter:yes:{matchId}");
        await jens.WaitForAsync("interpreter.searching");
        await karim.WaitForAsync("interpreter.invite", ("first", T("ar", "spoken.de")), ("second", T("ar", "spoken.ar")), ("category", T("ar", "categories.bikes.name")));

        // Someone who was not invited cannot join.
        await outsider.PressForgedAsync($"interpreter:join:{matchId}");
        await outsider.WaitForAsync("input.old_button");

        await karim.PressAsync($"interpreter:join:{matchId}");
        await karim.WaitForAsync("interpreter.joined_you", ("first", "Jens"), ("second", "Amina"));
        await jens.WaitForAsync("interpreter.joined", ("name", "Karim"));
        await amina.WaitForAsync("interpreter.joined", ("name", "Karim"));

        // Karim reads what Jens writes and his translation reaches both.
        await jens.WriteAsync("Passt dir Samstag um 10 Uhr?");
        await karim.WaitForTextAsync("\u2068Passt dir Samstag um 10 Uhr?\u2069", contains: true);
        await amina.WaitForTextAsync("\u2068Passt dir Samstag um 10 Uhr?\u2069", contains: true);
        await karim.WriteAsync("هل يناسبك يوم السبت الساعة العاشرة؟");
        await amina.WaitForAsync("interpreter.from", ("name", "Karim"), ("text", "\u2068هل يناسبك يوم السبت الساعة العاشرة؟\u2069"));
        await jens.WaitForAsync("interpreter.from", ("name", "Karim"), ("text", "\u2068هل يناسبك يوم السبت الساعة العاشرة؟\u2069"));

        // Amina goes on without him; Karim is thanked and reads nothing more.
        await amina.PressAsync($"interpreter:leave:{matchId}");
        await karim.WaitForAsync("interpreter.sent_away", ("name", "Amina"));
        await jens.WaitForAsync("interpreter.left", ("name", "Karim"));
        var karimSaw = (await karim.MessagesAsync()).Count;
        await jens.WriteAsync("Bis Samstag!");
        await amina.WaitForTextAsync("\u2068Bis Samstag!\u2069", contains: true);
        Assert.Equal(karimSaw, (await karim.MessagesAsync()).Count);

        var karimText = await karim.AllBotTextAsync();
        foreach (var secret in new[] { "amina_secret", "jens_secret", "7001", "7002" })
        {
            Assert.DoesNotContain(secret, karimText, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("karim_secret", await jens.AllBotTextAsync() + await amina.AllBotTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_newcomer_says_no_the_next_one_is_asked_and_the_neighbour_is_told()
    {
        await using var kiosk = await KioskUnderTest.StartAsync();
        var amina = kiosk.Person(7101, "Amina", "ar");
        var olena = kiosk.Person(7102, "Olena", "uk");
        var jens = kiosk.Person(7103, "Jens", "de");
        await OfferBikeRepair(amina, "ottensen");
        await OfferBikeRepair(olena, "lurup");

        await AskForHelp(jens, "Wer kann mein Fahrrad reparieren? Egal wann, in Ottensen");
        await jens.PressOnMessageAsync("👤 Amina");

        await amina.PressStartingWithAsync("match:no:");
        await amina.WaitForAsync("match.declined_thanks");
        await jens.WaitForAsync("match.declined_next", ("name", "Amina"), ("next", "Olena"));
        await olena.PressStartingWithAsync("match:yes:");
        await jens.WaitForStartAsync(T("de", "match.accepted_neighbour", ("name", "Olena")).Split('\n')[0]);
    }

    [Fact]
    public async Task Sharing_Telegram_names_happens_only_when_both_chose_it()
    {
        await using var kiosk = await KioskUnderTest.StartAsync();
        var amina = kiosk.Person(7201, "Amina", "ar", username: "amina_h");
        var jens = kiosk.Person(7202, "Jens", "de", username: "jens_k");
        await OfferBikeRepair(amina);
        await AskForHelp(jens, "Kann jemand mein Fahrrad reparieren? In Ottensen, egal wann");
        await jens.WaitForStartAsync("👤 Amina");
        await jens.PressStartingWithAsync("match:ask:");
        await amina.PressStartingWithAsync("match:yes:");

        await jens.PressStartingWithAsync("match:share:");
        await jens.WaitForAsync("match.share_requested", ("name", "Amina"));
        await amina.WaitForAsync("match.share_asked", ("name", "Jens"));
        Assert.DoesNotContain("jens_k", await amina.AllBotTextAsync(), StringComparison.Ordinal);

        await amina.PressStartingWithAsync("match:phone:");
        await amina.WaitForAsync("match.phone_ask", ("name", "Jens"));
        await amina.WriteAsync("my number is secret");
        await amina.WaitForAsync("match.phone_invalid");
        Assert.DoesNotContain("@jens_k", await amina.AllBotTextAsync(), StringComparison.Ordinal);

        await amina.WriteAsync("+49 151 23456789");
        await amina.WaitForAsync("match.shared_contact", ("name", "Jens"), ("contact", "\u2068@jens_k\u2069"));
        await jens.WaitForAsync("match.shared_contact", ("name", "Amina"), ("contact", "\u2068+49 151 23456789\u2069"));
        Assert.DoesNotContain("amina_h", await jens.AllBotTextAsync(), StringComparison.Ordinal); // she shared her number, not her name
    }

    [Fact]
    public async Task A_third_person_forging_the_answer_button_achieves_nothing_and_a_closed_chat_passes_nothing_on()
    {
        await using var kiosk = await KioskUnderTest.StartAsync();
        var amina = kiosk.Person(7301, "Amina", "ar");
        var jens = kiosk.Person(7302, "Jens", "de");
        var mallory = kiosk.Person(7303, "Mallory", "en");
        await OfferBikeRepair(amina);
        await mallory.OnboardAsync();
        await AskForHelp(jens, "Kann jemand mein Fahrrad reparieren? In Ottensen, egal wann");
        await jens.WaitForStartAsync("👤 Amina");
        await jens.PressStartingWithAsync("match:ask:");
        var yes = await amina.ButtonStartingWithAsync("match:yes:");

        await mallory.WriteAsync("/menu");
        await mallory.PressForgedAsync(yes);
        await mallory.WaitForAsync("input.old_button");
        await jens.WriteAsync("/help");
        await jens.WaitForAsync("help.text");
        Assert.DoesNotContain(T("de", "match.accepted_neighbour", ("name", "Amina")).Split('\n')[0], await jens.AllBotTextAsync(), StringComparison.Ordinal);

        await amina.PressAsync(yes);
        await jens.PressStartingWithAsync("match:relay:");
        await amina.WaitForAsync("match.relay_open", ("name", "Jens"));
        await amina.WriteAsync("/end");
        await jens.WaitForAsync("match.ended", ("name", "Amina"));
        await jens.WriteAsync("Bist du noch da?");
        await jens.WaitForAsync("menu.free_text_hint");
        Assert.DoesNotContain("Bist du noch da?", await amina.AllBotTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_offer_finds_a_request_that_found_nobody_and_a_report_from_the_chat_is_stored()
    {
        await using var kiosk = await KioskUnderTest.StartAsync();
        var jens = kiosk.Person(7401, "Jens", "de");
        var olena = kiosk.Person(7402, "Olena", "uk");
        await AskForHelp(jens, "Kann jemand mein Fahrrad reparieren? In Ottensen, egal wann");
        await jens.WaitForAsync("request.saved_none");

        await OfferBikeRepair(olena);
        await jens.WaitForStartAsync(T("de", "match.new_offer", ("request", "Kann jemand mein Fahrrad reparieren? In Ottensen, egal wann")));
        await jens.PressStartingWithAsync("match:ask:");
        await olena.PressStartingWithAsync("match:yes:");
        await olena.PressStartingWithAsync("match:relay:");
        await jens.WaitForAsync("match.relay_open", ("name", "Olena"));

        await jens.PressStartingWithAsync("match:report:");
        await jens.WaitForAsync("match.reported");
        var report = Assert.Single(kiosk.Service<Kiosk.Storage.KioskDatabase>().Run(() => kiosk.Service<Kiosk.Storage.KioskDatabase>().Reports.FindAll().ToList()));
        Assert.Equal((7401L, 7402L), (report.ReporterId, report.ReportedId));
    }

    [Fact]
    public async Task When_the_newcomer_does_not_answer_in_24_hours_the_next_one_is_asked_also_after_a_restart()
    {
        await using var kiosk = await KioskUnderTest.StartAsync();
        var amina = kiosk.Person(7501, "Amina", "ar");
        var olena = kiosk.Person(7502, "Olena", "uk");
        var jens = kiosk.Person(7503, "Jens", "de");
        await OfferBikeRepair(amina, "ottensen");
        await OfferBikeRepair(olena, "lurup");
        await AskForHelp(jens, "Wer kann mein Fahrrad reparieren? Egal wann, in Ottensen");
        await jens.PressOnMessageAsync("👤 Amina");
        await amina.ButtonStartingWithAsync("match:yes:");

        await kiosk.StopBotAsync();
        kiosk.Clock.AdvanceHours(25);
        await kiosk.StartBotAsync();

        await amina.WaitForAsync("match.timeout_newcomer");
        await jens.WaitForAsync("match.timeout_next", ("name", "Amina"), ("next", "Olena"));
        await olena.PressStartingWithAsync("match:yes:");
        await jens.WaitForStartAsync(T("de", "match.accepted_neighbour", ("name", "Olena")).Split('\n')[0]);

        await amina.PressStartingWithAsync("match:yes:"); // too late now
        await amina.WaitForAsync("input.old_button");
    }

    [Fact]
    public async Task Both_sides_get_a_reminder_the_evening_before_and_are_asked_how_it_went_afterwards()
    {
        await using var kiosk = await KioskUnderTest.StartAsync();
        var amina = kiosk.Person(7601, "Amina", "ar");
        var jens = kiosk.Person(7602, "Jens", "de");
        await OfferBikeRepair(amina);
        await AskForHelp(jens, "Wer kann mein Fahrrad reparieren? Übermorgen vormittag in Ottensen");
        await jens.PressOnMessageAsync("👤 Amina");
        await amina.PressStartingWithAsync("match:yes:");
        await jens.WaitForStartAsync(T("de", "match.accepted_neighbour", ("name", "Amina")).Split('\n')[0]);

        kiosk.Clock.AdvanceDays(4);

        await jens.WaitForStartAsync("⏰");
        await amina.WaitForStartAsync("⏰");
        await jens.WaitForAsync("match.feedback_ask", ("name", "Amina"));
        await amina.WaitForAsync("match.feedback_ask", ("name", "Jens"));
        var notHappened = await jens.ButtonStartingWithAsync("match:rate:");
        await jens.PressAsync(notHappened[..^1] + "5");
        await jens.WaitForAsync("match.comment_ask");
        await jens.WriteAsync("Sehr nett und schnell!");
        await jens.WaitForAsync("match.comment_saved");
        await amina.PressAsync(notHappened[..^1] + "4");
        await amina.WaitForAsync("match.comment_ask");
        await amina.PressStartingWithAsync("match:nocomment:");
        await amina.WaitForAsync("match.feedback_thanks");

        await amina.WriteAsync("/myreferences");
        await amina.WaitForAsync("references.share_hint");
        var references = await amina.WaitForStartAsync(KioskUnderTest.Localizer.Plural("ar", "references.summary", 1, ("name", "Amina"), ("average", "5.0")).Split('\n')[0]);
        Assert.Contains("★★★★★", references, StringComparison.Ordinal);
        Assert.Contains("Sehr nett und schnell!", references, StringComparison.Ordinal);
        Assert.Contains("Jens", references, StringComparison.Ordinal);
    }

    // A neighbour starts the bot, writes one quick request and confirms the summary.
    private static Task AskForHelp(Person neighbour, string request) => neighbour.AskForHelpAsync(request);

    private static async Task OfferTranslation(Person translator, params string[] languages)
    {
        await translator.OnboardAsync();
        await translator.PressAsync("menu:offer");
        await translator.PressAsync("form:category=translation");
        await translator.PressAsync("form:description=-");
        await translator.PressAsync("form:when=always");
        await translator.PressAsync("form:district=altona-altstadt");
        foreach (var language in languages)
        {
            await translator.PressAsync($"form:languages={language}");
        }

        await translator.PressAsync("form:languages=done");
        await translator.PressAsync("form:price=free");
        await translator.WaitForStartAsync(T(translator.Language, "form.summary"));
        await translator.PressAsync("form:confirm");
        await translator.WaitForAsync("offer.saved");
    }

    private static async Task OfferBikeRepair(Person newcomer, string district = "ottensen")
    {
        await newcomer.OfferBikeRepairAsync(district);
        await newcomer.WaitForAsync("offer.saved");
    }
}
