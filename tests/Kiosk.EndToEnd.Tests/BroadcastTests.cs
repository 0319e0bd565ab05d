using System.Net.Http.Json;
using Kiosk.Conversations.Localization;
using Kiosk.Domain;
using Kiosk.Domain.Broadcasts;
using Kiosk.Storage;

namespace Kiosk.EndToEnd.Tests;

public sealed class BroadcastTests
{
    private const long Coordinator = 7001;
    private static readonly string[] Languages = ["de", "en", "ar", "fa", "uk", "ru", "tr"];

    [Fact]
    public async Task An_announcement_to_500_people_in_7_languages_survives_a_restart_skips_those_who_blocked_and_reports_correctly()
    {
        // Telegram's bulk limit doubled so the test takes seconds; the bot is told the same limit.
        await using var kiosk = await KioskUnderTest.StartAsync(o => o.MessagesPerSecond = 60, ("Telegram:MessagesPerSecond", "60"), ("Kiosk:Coordinators:0", "7001"));
        var people = await AddPeopleAsync(kiosk, 500);
        var blocked = people.Where((_, index) => index % 10 == 3).ToList();
        foreach (var person in blocked)
        {
            await kiosk.Http.PostAsync($"/emulator/users/{person.Id}/block", null);
        }

        var coordinator = kiosk.Person(Coordinator, "Jana", "de");
        await coordinator.OnboardAsync();
        await coordinator.WriteAsync("/broadcast");
        await coordinator.WaitForAsync("broadcast.ask_text", ("language", "Deutsch"));
        await coordinator.WriteAsync(Words("de"));
        await coordinator.PressAsync("coord:bc:aud:everyone");
        foreach (var language in Languages.Skip(1))
        {
            await coordinator.PressAsync("coord:bc:add");
            await coordinator.PressAsync($"coord:bc:ver:{language}");
            await coordinator.WaitForAsync("broadcast.ask_text", ("language", KioskUnderTest.Localizer.LanguageName(language)));
            await coordinator.WriteAsync(Words(language));
        }

        // The plan: every version goes to the people of its language (the coordinator is one of the German readers). Each
        // language name in the brackets is isolated, so "العربية 72" keeps its number after the name in German text.
        var overview = await coordinator.WaitForStartAsync(KioskUnderTest.Localizer.Text("de", "broadcast.overview").Split('\n')[0]);
        var arabic = people.Count(person => person.Language == "ar");
        Assert.Contains(KioskUnderTest.Localizer.Text("de", "broadcast.plan_line",
            ("version", "العربية"), ("count", arabic), ("languages", $"\u2068العربية\u2069 {arabic}")), overview, StringComparison.Ordinal);

        // Telegram says "too many" five times on top of the limit: those copies must be sent later, not lost.
        await kiosk.PlanFaultAsync("sendMessage", 429, retryAfter: 1, count: 5);
        await coordinator.PressAsync("coord:bc:now");
        var database = kiosk.Service<KioskDatabase>();
        await Eventually.True(() => database.Run(() => database.Deliveries.Count(d => d.Status == DeliveryStatus.Sent)) >= 120, "a quarter delivered", timeoutSeconds: 60);
        await kiosk.StopBotAsync();
        var sentBeforeRestart = Sent(kiosk);
        Assert.InRange(sentBeforeRestart, 120, 400);

        await kiosk.StartBotAsync();
        var report = KioskUnderTest.Localizer.Text("de", "broadcast.report", ("sent", 451), ("blocked", 50), ("failed", 0));
        await coordinator.WaitForTextAsync(report, timeoutSeconds: 90);

        foreach (var person in people)
        {
            var texts = (await kiosk.Person(person.Id, person.FirstName, person.Language).BotTextsAsync()).Select(Plain).ToList();
            if (blocked.Contains(person))
            {
                Assert.Empty(texts);
                continue;
            }

            Assert.Equal([Plain(Catalog(person.Language, "broadcast.header") + "\n\n" + Words(person.Language) + "\n\n" + Catalog(person.Language, "broadcast.footer"))], texts);
        }

        Assert.True((await kiosk.StatsAsync()).GetProperty("refusals").GetProperty("429").GetInt32() >= 5);
        var stored = kiosk.Service<KioskDatabase>();
        Assert.Equal(50, stored.Run(() => stored.Members.Count(member => member.Unreachable)));
        var broadcast = Assert.Single(stored.Run(() => stored.Broadcasts.FindAll().ToList()));
        Assert.Equal((BroadcastStatus.Done, 501, 451, 50, 0), (broadcast.Status, broadcast.Recipients, broadcast.Sent, broadcast.Blocked, broadcast.Failed));
    }

    [Fact]
    public async Task A_coordinator_invites_someone_once_and_they_get_the_team_menu()
    {
        await using var kiosk = await KioskUnderTest.StartAsync(null, ("Kiosk:Coordinators:0", "7001"));
        var jana = kiosk.Person(Coordinator, "Jana", "de");
        await jana.OnboardAsync();
        await jana.WriteAsync("/invite");
        var invitation = await jana.WaitForStartAsync(KioskUnderTest.Localizer.Text("de", "coordinator.invite_link", ("hours", 48), ("link", "")).Split('\n')[0]);
        var link = invitation.Split('\n')[^1];
        Assert.StartsWith("https://t.me/NaaKioskBot?start=coord_", link, StringComparison.Ordinal);
        var payload = link[(link.IndexOf('=', StringComparison.Ordinal) + 1)..];

        var omid = kiosk.Person(7002, "Omid", "fa");
        await omid.WriteAsync($"/start {payload}");
        await omid.PressAsync("lang:fa");
        await omid.PressAsync("privacy:yes");
        await omid.WaitForAsync("coordinator.invite_welcome");
        await Eventually.True(() => TeamMenu(kiosk, 7002).Contains("broadcast"), "the team's command menu in Omid's chat", timeoutSeconds: 30);
        await omid.WriteAsync("/invite");
        await omid.WaitForStartAsync(KioskUnderTest.Localizer.Text("fa", "coordinator.invite_link", ("hours", 48), ("link", "")).Split('\n')[0]);

        var lena = kiosk.Person(7003, "Lena", "de");
        await lena.OnboardAsync();
        await lena.WriteAsync($"/start {payload}");
        await lena.WaitForAsync("coordinator.invite_invalid");
        await lena.WriteAsync("/broadcast");
        await lena.WaitForAsync("coordinator.only");
        Assert.DoesNotContain("broadcast", TeamMenu(kiosk, 7003));
    }

    [Fact]
    public async Task Someone_taken_out_of_the_team_gets_everyone_s_menu_back_when_they_next_write()
    {
        await using var kiosk = await KioskUnderTest.StartAsync(null, ("Kiosk:Coordinators:0", "7001"));
        var jana = kiosk.Person(Coordinator, "Jana", "de");
        await jana.OnboardAsync();
        await Eventually.True(() => TeamMenu(kiosk, Coordinator).Contains("broadcast"), "the team's command menu in Jana's chat", timeoutSeconds: 30);

        await kiosk.StopBotAsync();
        kiosk.Configure("Kiosk:Coordinators:0", "7009");
        await kiosk.StartBotAsync();
        await jana.WriteAsync("/broadcast");
        await jana.WaitForAsync("coordinator.only");

        await Eventually.True(() => !TeamMenu(kiosk, Coordinator).Contains("broadcast"), "the team's menu gone from Jana's chat", timeoutSeconds: 30);
        Assert.False(kiosk.Service<KioskDatabase>().Run(() => kiosk.Service<KioskDatabase>().Members.FindById(Coordinator).TeamMenu));
    }

    [Fact]
    public async Task Someone_outside_the_team_cannot_broadcast_approve_ban_or_read_figures_by_command_or_forged_button()
    {
        await using var kiosk = await KioskUnderTest.StartAsync(null, ("Kiosk:Coordinators:0", "7001"), ("Kiosk:Moderation", "true"));
        var amina = kiosk.Person(7102, "Amina", "ar");
        await amina.OfferBikeRepairAsync();
        await amina.WaitForAsync("moderation.offer_waiting");
        var database = kiosk.Service<KioskDatabase>();
        var offer = Assert.Single(database.Run(() => database.Offers.FindAll().ToList()));

        var lena = kiosk.Person(7103, "Lena", "de");
        await lena.OnboardAsync();
        foreach (var command in new[] { "/broadcast", "/review", "/queue", "/stats", "/export", "/poster", "/invite" })
        {
            await lena.WriteAsync(command);
            await lena.WaitForAsync("coordinator.only");
        }

        foreach (var forged in new[] { $"coord:mod:ok:{offer.Id}", $"coord:mod:why:{offer.Id}:rules", "coord:mod:ban:r1", "coord:bc:now", "coord:fig:poster:de:offer", "coord:adv:take:a1" })
        {
            await lena.PressForgedAsync(forged);
            await lena.WaitForAsync("coordinator.only");
        }

        Assert.Equal(OfferStatus.Waiting, database.Run(() => database.Offers.FindById(offer.Id).Status));
        Assert.Empty(database.Run(() => database.Broadcasts.FindAll().ToList()));
        Assert.Empty(database.Run(() => database.Invites.FindAll().ToList()));
        Assert.False(database.Run(() => database.Members.FindById(7102L).Banned));
        // Seven commands and six forged buttons, each refused once.
        Assert.Equal(13, (await lena.BotTextsAsync()).Count(text => text == KioskUnderTest.Localizer.Text("de", "coordinator.only")));
    }

    private static string TeamMenu(KioskUnderTest kiosk, long chatId)
    {
        var response = kiosk.Http.PostAsJsonAsync($"/bot{kiosk.Emulator.Options.Token}/getMyCommands", new { scope = new { type = "chat", chat_id = chatId } }).Result;
        return response.Content.ReadAsStringAsync().Result;
    }

    private static string Words(string language) => $"Reparatur-Café am Samstag um 14 Uhr ({language}) – {KioskUnderTest.Localizer.LanguageName(language)}";

    private static string Catalog(string language, string key) => KioskUnderTest.Localizer.Text(language, key);

    private static string Plain(string text) => text.Replace(Bidi.RightToLeftMark.ToString(), "", StringComparison.Ordinal).Replace(Bidi.LeftToRightMark.ToString(), "", StringComparison.Ordinal);

    private static int Sent(KioskUnderTest kiosk)
    {
        using var database = new KioskDatabase(kiosk.DatabasePath);
        return database.Run(() => database.Deliveries.Count(d => d.Status == DeliveryStatus.Sent));
    }

    // People who talked to the bot before: known to the emulator and stored as members, languages in turn.
    private static async Task<List<Member>> AddPeopleAsync(KioskUnderTest kiosk, int count)
    {
        var people = Enumerable.Range(0, count).Select(i => new Member
        {
            Id = 20_000 + i, FirstName = $"P{i}", Language = Languages[i % Languages.Length], PrivacyAcceptedAt = kiosk.Clock.GetCurrentInstant(),
        }).ToList();
        (await kiosk.Http.PostAsJsonAsync("/emulator/users", people.Select(p => new { user_id = p.Id, first_name = p.FirstName, language_code = p.Language }))).EnsureSuccessStatusCode();
        var database = kiosk.Service<KioskDatabase>();
        database.InTransaction(() => database.Members.Insert(people));
        return people;
    }
}
