using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests;

/// <summary>Skips, naming the package to install, where Debian's Chromium is missing; CI installs it, so there it always runs.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Path = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Path))
        {
            Skip = "Chromium is not installed: run 'apt-get install chromium' (Debian package 'chromium') to run the browser test.";
        }
    }
}

/// <summary>A theory that skips like <see cref="ChromiumFactAttribute"/> where Debian's Chromium is missing.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (!File.Exists(ChromiumFactAttribute.Path))
        {
            Skip = "Chromium is not installed: run 'apt-get install chromium' (Debian package 'chromium') to run the browser test.";
        }
    }
}

public sealed class WebChatBrowserTests
{
    [ChromiumTheory]
    [InlineData("ar")]
    [InlineData("fa")]
    [InlineData("ps")]
    public async Task Onboarding_the_help_text_and_a_candidate_card_read_right_to_left(string language)
    {
        await using var kiosk = await KioskUnderTest.StartAsync();
        var amina = kiosk.Person(1101, "Amina", "ar");
        var neighbour = kiosk.Person(1102, "Jens", language);
        await amina.OfferBikeRepairAsync(words: "I repair bikes, also cargo bikes!");
        await amina.WaitForAsync("offer.saved");
        await neighbour.AskForHelpAsync("Kann jemand mein Fahrrad reparieren? In Ottensen, egal wann");
        await neighbour.WaitForTextAsync("👤 Amina", contains: true);
        await neighbour.WriteAsync("/help");
        await neighbour.WaitForTextAsync(KioskUnderTest.Localizer.Text(language, "help.text"));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 700, Height = 2400 } });
        await page.AddInitScriptAsync($"localStorage.setItem('kiosk-webchat-people', JSON.stringify([{{ id: 1102, name: 'Jens', lang: '{language}' }}]));");
        await page.GotoAsync(kiosk.Emulator.BaseUrl.ToString());
        var column = page.Locator("section.person[data-user-id='1102']");
        await Expect(column).ToHaveAttributeAsync("dir", "rtl");
        var card = column.Locator(".bubble.bot .text", new LocatorLocatorOptions { HasTextString = "Amina" }).First;
        await Expect(card).ToBeVisibleAsync();

        // Every message of the bot is laid out right to left: onboarding, the help text, the card that starts with a Latin name.
        var texts = column.Locator(".bubble.bot .text");
        var directions = await texts.EvaluateAllAsync<string[]>("elements => elements.map(e => getComputedStyle(e).direction + ':' + (e.matches(':dir(rtl)') ? 'rtl' : 'ltr'))");
        Assert.True(directions.Length >= 5, $"only {directions.Length} bot messages");
        Assert.All(directions, direction => Assert.EndsWith(":rtl", direction, StringComparison.Ordinal));

        // The card's Latin name and the person's own words keep their order inside the right-to-left line.
        var positions = await FirstAndLastLetterX(card, "bikes!");
        Assert.True(positions[1] > positions[0], $"'!' at x={positions[1]} is left of 'bikes' at x={positions[0]}");

        var file = System.IO.Path.Combine(Directory.CreateDirectory(System.IO.Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName, $"webchat-rtl-{language}.png");
        await column.ScreenshotAsync(new LocatorScreenshotOptions { Path = file });
        Assert.True(new FileInfo(file).Length > 10_000, "the screenshot has content");
    }

    [ChromiumFact]
    public async Task A_newcomer_goes_through_onboarding_in_Arabic_in_the_web_chat()
    {
        await using var kiosk = await KioskUnderTest.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        await page.GotoAsync(kiosk.Emulator.BaseUrl.ToString());

        await page.ClickAsync("#preset-amina");
        var amina = page.Locator("section.person[data-user-id='1001']");
        await Expect(amina).ToHaveAttributeAsync("dir", "rtl");

        var input = amina.Locator("input[name=text]");
        await input.FillAsync("/start");
        await input.PressAsync("Enter");
        await Expect(amina.Locator(".bubble.user .text").Last).ToHaveTextAsync("/start");

        await amina.Locator("button.inline-button[data-callback='lang:ar']").ClickAsync();
        await Expect(amina.Locator(".bubble.bot .text").Last).ToContainTextAsync(FirstLine("ar", "privacy.notice"));

        await amina.Locator("button.inline-button[data-callback='privacy:yes']").ClickAsync();
        await Expect(amina.Locator(".bubble.bot .text").Last).ToHaveTextAsync(KioskUnderTest.Localizer.Text("ar", "menu.title"));
        await Expect(amina.Locator("button.inline-button[data-callback='menu:offer']")).ToHaveTextAsync(KioskUnderTest.Localizer.Text("ar", "menu.offer"));

        // The language question lost its buttons once pressed (the bot edited the message).
        await Expect(amina.Locator("button.inline-button[data-callback='lang:de']")).ToHaveCountAsync(0);

        var screenshots = Directory.CreateDirectory(System.IO.Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        var file = System.IO.Path.Combine(screenshots, "webchat-onboarding-ar.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        Assert.True(new FileInfo(file).Length > 10_000, "the screenshot has content");
    }

    [ChromiumFact]
    public async Task Several_people_talk_side_by_side_each_in_their_own_language()
    {
        await using var kiosk = await KioskUnderTest.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(kiosk.Emulator.BaseUrl.ToString());

        await page.ClickAsync("#preset-amina");
        await page.ClickAsync("#preset-jens");
        await page.FillAsync("#person-name", "Olena");
        await page.SelectOptionAsync("#person-language", "uk");
        await page.ClickAsync("#person-add");
        await Expect(page.Locator("section.person")).ToHaveCountAsync(3);
        // Someone added by hand is a new person: not the coordinator preset's 1003, not an id used before.
        var olena = await page.Locator("section.person").Nth(2).GetAttributeAsync("data-user-id");
        Assert.True(long.Parse(olena!, System.Globalization.CultureInfo.InvariantCulture) >= 10_000_000, olena);

        foreach (var (userId, language, dir) in new[] { ("1001", "ar", "rtl"), ("1002", "de", "ltr"), (olena, "uk", "ltr") })
        {
            var column = page.Locator($"section.person[data-user-id='{userId}']");
            await Expect(column).ToHaveAttributeAsync("dir", dir);
            await column.Locator("input[name=text]").FillAsync("/start");
            await column.Locator("button.send").ClickAsync();
            await Expect(column.Locator(".bubble.bot .text").Last).ToHaveTextAsync(KioskUnderTest.Localizer.Text(language, "onboarding.choose_language"));
        }
    }

    [ChromiumFact]
    public async Task A_newcomer_offers_bike_repair_in_Arabic_and_the_summary_reads_right_to_left()
    {
        await using var kiosk = await KioskUnderTest.StartAsync();
        await kiosk.Person(1001, "Amina", "ar").OnboardAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 900, Height = 1000 } });
        await page.GotoAsync(kiosk.Emulator.BaseUrl.ToString());
        await page.ClickAsync("#preset-amina");
        var amina = page.Locator("section.person[data-user-id='1001']");

        foreach (var data in new[] { "menu:offer", "form:category=bikes", "form:description=-", "form:when=weekends", "form:district=ottensen", "form:languages=de", "form:languages=done", "form:price=h15" })
        {
            try
            {
                await amina.Locator($"button.inline-button[data-callback='{data}']").Last.ClickAsync();
            }
            catch (TimeoutException)
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = "/tmp/webchat-fail.png" });
                throw;
            }
        }

        var summary = amina.Locator(".bubble.bot .text").Last;
        await Expect(summary).ToContainTextAsync(FirstLine("ar", "form.summary"));
        await Expect(summary).ToContainTextAsync("Ottensen");
        await Expect(summary).ToContainTextAsync(KioskUnderTest.Localizer.Text("ar", "price.per_hour", ("amount", 15)));

        var file = System.IO.Path.Combine(Directory.CreateDirectory(System.IO.Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName, "webchat-offer-ar.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
    }

    [ChromiumFact]
    public async Task A_coordinator_announces_in_German_and_Arabic_and_Amina_reads_hers_right_to_left()
    {
        await using var kiosk = await KioskUnderTest.StartAsync(null, ("Kiosk:Coordinators:0", "1002"));
        await kiosk.Person(1001, "Amina", "ar").OnboardAsync();
        await kiosk.Person(1002, "Jens", "de").OnboardAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        await page.GotoAsync(kiosk.Emulator.BaseUrl.ToString());
        await page.ClickAsync("#preset-amina");
        await page.ClickAsync("#preset-jens");
        var amina = page.Locator("section.person[data-user-id='1001']");
        var jens = page.Locator("section.person[data-user-id='1002']");

        await Write(jens, "/broadcast");
        await Expect(jens.Locator(".bubble.bot .text").Last).ToHaveTextAsync(KioskUnderTest.Localizer.Text("de", "broadcast.ask_text", ("language", "Deutsch")));
        await Write(jens, "Samstag 14 Uhr: Reparatur-Café im Kiosk!");
        await jens.Locator("button.inline-button[data-callback='coord:bc:aud:everyone']").Last.ClickAsync();
        await jens.Locator("button.inline-button[data-callback='coord:bc:add']").Last.ClickAsync();
        await jens.Locator("button.inline-button[data-callback='coord:bc:ver:ar']").Last.ClickAsync();
        await Expect(jens.Locator(".bubble.bot .text").Last).ToHaveTextAsync(KioskUnderTest.Localizer.Text("de", "broadcast.ask_text", ("language", "العربية")));
        const string arabic = "السبت الساعة 14: مقهى التصليح في Neues Amt Altona!";
        await Write(jens, arabic);
        await jens.Locator("button.inline-button[data-callback='coord:bc:now']").Last.ClickAsync();

        var announcement = amina.Locator(".bubble.bot .text").Last;
        await Expect(announcement).ToContainTextAsync(arabic);
        await Expect(announcement).ToContainTextAsync(FirstLine("ar", "broadcast.header"));
        await Expect(jens.Locator(".bubble.bot .text").Last).ToContainTextAsync(FirstLine("de", "broadcast.report"));

        var file = System.IO.Path.Combine(Directory.CreateDirectory(System.IO.Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName, "webchat-broadcast-ar.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
    }

    [ChromiumFact]
    public async Task German_words_relayed_into_an_Arabic_chat_keep_their_own_direction_and_punctuation()
    {
        await using var kiosk = await KioskUnderTest.StartAsync();
        var aminaPerson = kiosk.Person(1001, "Amina", "ar");
        var jensPerson = kiosk.Person(1002, "Jens", "de");
        await aminaPerson.OfferBikeRepairAsync(words: "أصلح الدراجات ولدي أدواتي");
        await aminaPerson.WaitForAsync("offer.saved");
        await jensPerson.AskForHelpAsync("Kann jemand mein Fahrrad reparieren? In Ottensen, egal wann");
        await jensPerson.WaitForStartAsync("👤 Amina");
        await jensPerson.PressStartingWithAsync("match:ask:");
        await aminaPerson.PressStartingWithAsync("match:yes:");
        await jensPerson.PressStartingWithAsync("match:relay:");
        await jensPerson.WriteAsync("Danke!");
        await aminaPerson.WaitForTextAsync("Danke!", contains: true);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 900, Height = 1000 } });
        await page.GotoAsync(kiosk.Emulator.BaseUrl.ToString());
        await page.ClickAsync("#preset-amina");
        var amina = page.Locator("section.person[data-user-id='1001']");
        var relayed = amina.Locator(".bubble.bot .text", new LocatorLocatorOptions { HasTextString = "Danke!" }).Last;
        await Expect(relayed).ToBeVisibleAsync();

        // Where the browser draws "D" and the "!" after "Danke": in a German run the "!" is right of the word; a run that
        // took the Arabic direction would show "!Danke" with the "!" on its left.
        var positions = await FirstAndLastLetterX(relayed, "Danke!");
        var (wordX, markX) = (positions[0], positions[1]);
        Assert.True(markX > wordX, $"the '!' is drawn at x={markX}, left of 'Danke' at x={wordX}");

        // Media pass both ways in the web chat: Jens's voice message shows as one in Amina's column, her file reaches him.
        await jensPerson.SendMediaAsync("voice");
        await Expect(amina.Locator(".bubble.bot .media", new LocatorLocatorOptions { HasTextString = "Voice message" })).ToBeVisibleAsync();
        await amina.Locator("button.send-document").ClickAsync();
        await Eventually.True(() => jensPerson.MessagesAsync().Result.Any(m => m.FromBot && m.Kind == "document"), "Amina's file copied to Jens", timeoutSeconds: 30);

        var file = System.IO.Path.Combine(Directory.CreateDirectory(System.IO.Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName, "webchat-relay-mixed-ar.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
    }

    // Where the browser draws the first and the last character of <paramref name="word"/> inside the element (x of their left edges).
    private static Task<double[]> FirstAndLastLetterX(ILocator element, string word) => element.EvaluateAsync<double[]>(@"(element, word) => {
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            let node;
            while ((node = walker.nextNode())) {
                const at = node.textContent.indexOf(word);
                if (at >= 0) {
                    const box = (from, to) => { const range = document.createRange(); range.setStart(node, from); range.setEnd(node, to); return range.getBoundingClientRect(); };
                    return [box(at, at + 1).left, box(at + word.length - 1, at + word.length).left];
                }
            }
            return [0, 0];
        }", word);

    private static async Task Write(ILocator person, string text)
    {
        await person.Locator("input[name=text]").FillAsync(text);
        await person.Locator("button.send").ClickAsync();
    }

    // Debian's Chromium as root, without its background calls (this machine has no network beyond loopback).
    internal static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = ChromiumFactAttribute.Path,
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });

    private static string FirstLine(string language, string key) => KioskUnderTest.Localizer.Text(language, key).Split('\n')[0];
}
