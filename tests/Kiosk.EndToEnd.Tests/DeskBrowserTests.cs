using System.Net.Http.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests;

/// <summary>
/// The coordinators' desk in a browser: as a Mini App in the web chat (the coordinator writes /desk, opens the desk from
/// the web_app button, signed in by the emulator's initData) and from the one-time link on a desk computer. Every page is
/// used as a coordinator would, and the people hear of it in the emulator; screenshots of each page land in screenshots/.
/// </summary>
public sealed class DeskBrowserTests
{
    private static string T(string language, string key, params (string, object?)[] args) => KioskUnderTest.Localizer.Text(language, key, args);

    [ChromiumFact]
    public async Task A_coordinator_approves_an_offer_from_the_desk_opened_in_the_web_chat_and_the_newcomer_is_told()
    {
        var (kiosk, listen) = await StartAsync();
        await using var running = kiosk;
        var jonas = kiosk.Person(1003, "Coordinator", "de");
        var amina = kiosk.Person(1001, "Amina", "ar");
        await jonas.OnboardAsync();
        await amina.OfferBikeRepairAsync(words: "أصلح الدراجات في أوتنسن");
        await amina.WaitForAsync("moderation.offer_waiting");
        await jonas.WriteAsync("/desk");
        await jonas.WaitForAsync("desk.link");
        // The coordinator's menu button (beside the text field) opens the desk too; nobody else's does.
        Assert.Equal(listen + "/app/", (await MenuButton(kiosk, 1003))["web_app"]?["url"]?.GetValue<string>());
        Assert.Equal("default", (await MenuButton(kiosk, 1001))["type"]!.GetValue<string>());

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await WebChatBrowserTests.LaunchAsync(playwright);
        var (page, desk) = await OpenDeskAsync(browser, kiosk);
        var offer = desk.Locator("article.item[data-kind='offer']");
        await Expect(offer).ToHaveCountAsync(1);
        await Expect(offer.Locator(".item-words")).ToHaveTextAsync("أصلح الدراجات في أوتنسن");
        await Expect(offer.Locator(".item-from")).ToHaveTextAsync(T("de", "desk.by", ("name", "\u2068Amina\u2069")));
        await SaveScreenshot(page, "desk-today-de.png");

        await offer.Locator("button[data-action='ok']").ClickAsync();
        await Expect(desk.Locator("#notice")).ToHaveTextAsync(T("de", "desk.done"));
        await Expect(desk.Locator("article.item[data-kind='offer']")).ToHaveCountAsync(0);
        await amina.WaitForAsync("moderation.approved", ("category", T("ar", "categories.bikes.name")));

        // A reload brings the same initData (refused as a replay): the tab's session carries on.
        await desk.Locator("body").EvaluateAsync("() => location.reload()");
        await Expect(desk.Locator("#tab-today")).ToHaveTextAsync(T("de", "desk.today"));
        await Expect(desk.Locator("#notice")).ToBeHiddenAsync();

        await desk.Locator("#tab-audit").ClickAsync();
        await Expect(desk.Locator("#audit-lines li")).ToHaveCountAsync(1);
        await Expect(desk.Locator("#audit-lines li").First).ToContainTextAsync("Coordinator\u2069: " + T("de", "desk.did_approve"));
        await SaveScreenshot(page, "desk-audit-de.png");
    }

    [ChromiumFact]
    public async Task An_Arabic_speaking_coordinator_reads_the_desk_right_to_left_and_a_German_offer_keeps_its_own_direction()
    {
        var (kiosk, _) = await StartAsync();
        await using var running = kiosk;
        var rania = kiosk.Person(1003, "Rania", "ar");
        var jens = kiosk.Person(1002, "Jens", "de");
        await rania.OnboardAsync();
        await jens.OfferBikeRepairAsync(words: "Ich repariere Fahrräder!");
        await jens.WaitForAsync("moderation.offer_waiting");
        await rania.WriteAsync("/desk");
        await rania.WaitForAsync("desk.link");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await WebChatBrowserTests.LaunchAsync(playwright);
        var (page, desk) = await OpenDeskAsync(browser, kiosk);
        var offer = desk.Locator("article.item[data-kind='offer']");
        await Expect(offer).ToHaveCountAsync(1);

        await Expect(desk.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(desk.Locator("html")).ToHaveAttributeAsync("lang", "ar");
        // The Arabic title starts at the right; the German words keep "!" at their end (isolated, dir=auto).
        var card = (await offer.BoundingBoxAsync())!;
        var title = (await offer.Locator(".item-title").BoundingBoxAsync())!;
        Assert.True(title.X + title.Width > card.X + card.Width - 40, $"title {title.X}+{title.Width} in card {card.X}+{card.Width}");
        await Expect(offer.Locator(".item-words")).ToHaveTextAsync("Ich repariere Fahrräder!");
        Assert.Equal("ltr", await offer.Locator(".item-words").EvaluateAsync<string>("node => getComputedStyle(node).direction"));
        await SaveScreenshot(page, "desk-today-ar.png");

        // Her own language's box comes first and is written right to left; the German one left to right.
        await desk.Locator("#tab-announcements").ClickAsync();
        await Expect(desk.Locator(".version[data-language='ar'] textarea")).ToHaveAttributeAsync("dir", "rtl");
        await desk.Locator("#add-language").SelectOptionAsync("de");
        await desk.Locator("#add-version").ClickAsync();
        await Expect(desk.Locator(".version[data-language='de'] textarea")).ToHaveAttributeAsync("dir", "ltr");
        await desk.Locator(".version[data-language='ar'] textarea").FillAsync("ورشة تصليح الدراجات يوم السبت في الكشك!");
        await desk.Locator(".version[data-language='de'] textarea").FillAsync("Samstag: Fahrrad-Werkstatt im Kiosk!");
        await desk.Locator("#preview").ClickAsync();
        await Expect(desk.Locator(".preview")).ToHaveCountAsync(2);
        await SaveScreenshot(page, "desk-announcements-ar.png");
        await desk.Locator("#tab-figures").ClickAsync();
        await Expect(desk.Locator("#charts canvas")).ToHaveCountAsync(6);
        await SaveScreenshot(page, "desk-figures-ar.png");
    }

    [ChromiumFact]
    public async Task A_coordinator_answers_advice_finds_a_person_and_sends_a_German_and_Arabic_announcement_from_the_desk_and_everyone_gets_theirs()
    {
        var (kiosk, _) = await StartAsync();
        await using var running = kiosk;
        var jonas = kiosk.Person(1003, "Coordinator", "de");
        var sara = kiosk.Person(1011, "Sara", "fa");
        var amina = kiosk.Person(1012, "Amina", "ar");
        var lena = kiosk.Person(1013, "Lena", "de");
        foreach (var person in new[] { jonas, sara, amina })
        {
            await person.OnboardAsync();
        }

        await sara.WriteAsync("/advice");
        await sara.PressAsync("advice:topic:invoicing");
        await sara.WaitForAsync("advice.ask_question", ("max", 1000));
        await sara.WriteAsync("برای اولین مشتری‌ام چطور فاکتور بنویسم؟");
        await sara.WaitForAsync("advice.sent");
        await jonas.WriteAsync("/desk");
        await jonas.WaitForAsync("desk.link");

        await lena.AskForHelpAsync("Kann mir jemand am Samstag mein Fahrrad reparieren? Bin in Ottensen");

        // The desk computer: the one-time link from /desk, opened in an ordinary browser tab.
        var link = (await jonas.MessagesAsync()).Last(message => message.FromBot).Buttons.SelectMany(row => row).Single(button => button.Url is not null).Url!;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await WebChatBrowserTests.LaunchAsync(playwright);
        var desk = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
        await desk.GotoAsync(link);
        Assert.DoesNotContain("code=", desk.Url, StringComparison.Ordinal); // used up: out of the address bar

        // Today: the advice request, answered in writing from the desk; Sara's reply comes to the coordinator's chat.
        var advice = desk.Locator("article.item[data-kind='advice']");
        await Expect(advice.Locator(".item-words")).ToHaveTextAsync("برای اولین مشتری‌ام چطور فاکتور بنویسم؟");
        await SaveScreenshot(desk, "desk-today-advice-de.png");
        await advice.Locator("textarea.answer").FillAsync("Name, Adresse, Datum, Leistung und Betrag gehören auf die Rechnung.");
        await advice.Locator("button.send-answer").ClickAsync();
        await Expect(desk.Locator("#notice")).ToHaveTextAsync(T("de", "desk.answered"));
        await sara.WaitForAsync("advice.answer_from", ("name", "Coordinator"), ("text", "Name, Adresse, Datum, Leistung und Betrag gehören auf die Rechnung."));
        await sara.WriteAsync("ممنون!");
        await jonas.WaitForAsync("advice.reply_from", ("name", "Sara"), ("topic", T("de", "advice.topic_invoicing")), ("text", "ممنون!"));

        // People: found by the start of her name; her advice chat is not shown, only what the team tools show.
        await desk.Locator("#tab-people").ClickAsync();
        await desk.Locator("#find-text").FillAsync("am");
        await desk.Locator("#find-button").ClickAsync();
        await desk.Locator("#found button[data-id='1012']").ClickAsync();
        await Expect(desk.Locator("#person-head")).ToContainTextAsync("\u2068Amina\u2069 · ID 1012");
        await Expect(desk.Locator("#person-actions button[data-action='p:ban']")).ToBeVisibleAsync();
        await SaveScreenshot(desk, "desk-people-de.png");

        // Announcements: German and Arabic side by side, the plan and the previews, sent now, followed until done.
        await desk.Locator("#tab-announcements").ClickAsync();
        await desk.Locator(".version[data-language='de'] textarea").FillAsync("Samstag ist Flohmarkt im Kiosk!");
        await desk.Locator("#add-language").SelectOptionAsync("ar");
        await desk.Locator("#add-version").ClickAsync();
        await desk.Locator(".version[data-language='ar'] textarea").FillAsync("يوم السبت سوق للأغراض المستعملة في الكشك!");
        await desk.Locator("#preview").ClickAsync();
        var arabic = desk.Locator(".preview[data-language='ar'] p");
        await Expect(arabic).ToContainTextAsync("يوم السبت سوق للأغراض المستعملة في الكشك!");
        Assert.Equal("rtl", await arabic.EvaluateAsync<string>("node => getComputedStyle(node).direction"));
        await Expect(desk.Locator("#plan li")).ToHaveCountAsync(2);
        await SaveScreenshot(desk, "desk-announcements-de.png");
        await desk.Locator("#send-now").ClickAsync();
        await Expect(desk.Locator("#notice")).ToHaveTextAsync(T("de", "desk.on_its_way"));
        await amina.WaitForTextAsync("يوم السبت سوق للأغراض المستعملة في الكشك!", contains: true);
        await lena.WaitForTextAsync("Samstag ist Flohmarkt im Kiosk!", contains: true);
        await sara.WaitForTextAsync("Samstag ist Flohmarkt im Kiosk!", contains: true); // Farsi has no version: German, the kiosk's language
        await Expect(desk.Locator("#recent li button.stop")).ToHaveCountAsync(0, new() { Timeout = 30_000 });

        // Figures: drawn by the bundled Chart.js; the table downloads.
        await desk.Locator("#tab-figures").ClickAsync();
        await Expect(desk.Locator("#charts canvas")).ToHaveCountAsync(6);
        Assert.True(await desk.Locator("body").EvaluateAsync<bool>("() => typeof window.Chart === 'function'"));
        await SaveScreenshot(desk, "desk-figures-de.png");
        var download = await desk.RunAndWaitForDownloadAsync(() => desk.Locator("#download-csv").ClickAsync());
        Assert.StartsWith("kiosk-desk-figures-", download.SuggestedFilename, StringComparison.Ordinal);

        await desk.Locator("#tab-audit").ClickAsync();
        await Expect(desk.Locator("#audit-lines li")).ToHaveCountAsync(2);
        await Expect(desk.Locator("#audit-lines li").First).ToContainTextAsync(T("de", "desk.did_broadcast"));
    }

    // The kiosk with moderation on, 1003 (the web chat's coordinator preset) on the team, and the desk on a listener of its own.
    private static async Task<(KioskUnderTest Kiosk, string Listen)> StartAsync()
    {
        var listen = $"http://127.0.0.1:{Kiosk.Bot.LocalEmulator.FreePort()}";
        return (await KioskUnderTest.StartAsync(null, ("Kiosk:Coordinators:0", "1003"), ("Kiosk:Moderation", "true"), ("Health:Listen", listen), ("Kiosk:DeskUrl", listen + "/app/")), listen);
    }

    // The web chat with the coordinator's column; their last "🗂️ Open the desk" button opens the desk in a pane.
    private static async Task<(IPage Page, IFrameLocator Desk)> OpenDeskAsync(IBrowser browser, KioskUnderTest kiosk)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 900, Height = 1000 } });
        await page.GotoAsync(kiosk.Emulator.BaseUrl.ToString());
        await page.ClickAsync("#preset-coordinator");
        var column = page.Locator("section.person[data-user-id='1003']");
        await column.Locator("button.webapp-button").Last.ClickAsync();
        return (page, column.FrameLocator("iframe.webapp-frame"));
    }

    private static async Task<System.Text.Json.Nodes.JsonObject> MenuButton(KioskUnderTest kiosk, long chatId)
    {
        using var response = await kiosk.Http.PostAsJsonAsync($"/bot{kiosk.Emulator.Options.Token}/getChatMenuButton", new { chat_id = chatId });
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["result"]!.AsObject();
    }

    private static async Task SaveScreenshot(IPage page, string name)
    {
        var file = Path.Combine(Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        Assert.True(new FileInfo(file).Length > 10_000, "the screenshot has content");
    }
}
