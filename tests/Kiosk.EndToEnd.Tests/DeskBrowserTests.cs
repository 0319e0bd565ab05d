using System.Net.Http.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests;

/// <summary>
/// The coordinators' desk as a Mini App in the web chat: the coordinator writes /desk, opens the desk from the
/// web_app button (signed in by the emulator's initData), approves a newcomer's offer, and the newcomer hears it.
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
