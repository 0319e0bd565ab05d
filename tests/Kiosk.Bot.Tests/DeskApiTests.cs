using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kiosk.Conversations.Flows.Coordinators.Desk;
using Kiosk.Domain;
using Kiosk.Emulator.BotApi;
using Kiosk.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kiosk.Bot.Tests;

/// <summary>
/// The desk's API on the real listener: Jonas (configured coordinator), Olena (invited coordinator, later banned),
/// Amina (newcomer with an offer waiting), Lena (a neighbour), and 599 who never started the bot.
/// </summary>
public sealed partial class DeskApiTests : IAsyncLifetime
{
    private const long Jonas = 501, Olena = 502, Amina = 503, Lena = 504, Stranger = 599;
    private readonly string directory = Directory.CreateTempSubdirectory("kiosk-desk-").FullName;
    private readonly FakeTelegram telegram = new();
    private IHost host = null!;
    private HttpClient http = null!;
    private KioskDatabase database = null!;

    public async Task InitializeAsync()
    {
        host = BotHostFactory.Create(Path.Combine(directory, "kiosk.db"), telegram, settings: [("Kiosk:Coordinators:0", "501")]);
        database = host.Services.GetRequiredService<KioskDatabase>();
        var now = NodaTime.SystemClock.Instance.GetCurrentInstant();
        database.Run(() =>
        {
            database.Members.Insert(new Member { Id = Jonas, FirstName = "Jonas", Language = "de", PrivacyAcceptedAt = now });
            database.Members.Insert(new Member { Id = Olena, FirstName = "Olena", Language = "uk", Coordinator = true, PrivacyAcceptedAt = now });
            database.Members.Insert(new Member { Id = Amina, FirstName = "Amina", Language = "ar", PrivacyAcceptedAt = now });
            database.Members.Insert(new Member { Id = Lena, FirstName = "Lena", Language = "de", PrivacyAcceptedAt = now });
            database.Offers.Insert(new Offer
            {
                Id = "offer0000001", MemberId = Amina, Category = "bikes", District = "ottensen", Description = "أصلّح الدراجات", Language = "ar",
                Status = Domain.OfferStatus.Waiting, Availability = WeeklyAvailability.Always, CreatedAt = now - NodaTime.Duration.FromHours(30),
            });
        });
        await host.StartAsync();
        http = new HttpClient { BaseAddress = new Uri(Assert.Single(host.Services.GetRequiredService<WebListener>().Addresses)) };
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await host.StopAsync();
        host.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    private static string SignIn(long userId, string name, DateTimeOffset? at = null, string token = BotHostFactory.Token) =>
        WebAppSignIn.For(token, userId, name, "de", at ?? DateTimeOffset.UtcNow);

    private async Task<HttpResponseMessage> Login(string scheme, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/app/api/login") { Headers = { Authorization = new AuthenticationHeaderValue(scheme, value) } };
        return await http.SendAsync(request);
    }

    private async Task<string> Session(long userId, string name)
    {
        using var response = await Login("tma", SignIn(userId, name));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
    }

    private async Task<HttpResponseMessage> Call(HttpMethod method, string path, string? session, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (session is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Desk", session);
        }

        return await http.SendAsync(request);
    }

    private Domain.OfferStatus OfferStatus() => database.Run(() => database.Offers.FindById("offer0000001")!.Status);

    [Fact]
    public async Task A_coordinator_signs_in_from_Telegram_sees_the_waiting_offer_approves_it_and_the_audit_names_her()
    {
        var session = await Session(Jonas, "Jonas");

        var today = await (await Call(HttpMethod.Get, "/app/api/today", session)).Content.ReadFromJsonAsync<JsonObject>();
        var item = Assert.Single(today!["items"]!.AsArray())!;
        Assert.Equal(("offer", "offer0000001", "أصلّح الدراجات"), (item["kind"]!.GetValue<string>(), item["id"]!.GetValue<string>(), item["words"]!.GetValue<string>()));
        Assert.Equal("von \u2068Amina\u2069", item["from"]!.GetValue<string>()); // the name isolated: it keeps its place in right-to-left text
        Assert.True(item["waitingMinutes"]!.GetValue<long>() >= 30 * 60);

        var acted = await (await Call(HttpMethod.Post, "/app/api/act", session, new { id = "offer0000001", action = "ok" })).Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(acted!["done"]!.GetValue<bool>());
        Assert.Equal(Domain.OfferStatus.Active, OfferStatus());
        // Amina is told in Arabic, through the outbox, as when the button is pressed in the chat.
        await Eventually.True(() => telegram.TextsTo(Amina).Count > 0, "Amina to hear that her offer is online");

        var again = await (await Call(HttpMethod.Post, "/app/api/act", session, new { id = "offer0000001", action = "no:duplicate" })).Content.ReadFromJsonAsync<JsonObject>();
        Assert.False(again!["done"]!.GetValue<bool>());
        Assert.Equal(Domain.OfferStatus.Active, OfferStatus());

        var audit = await (await Call(HttpMethod.Get, "/app/api/audit", session)).Content.ReadFromJsonAsync<JsonObject>();
        Assert.Contains("\u2068Jonas\u2069: Angebot freigegeben", Assert.Single(audit!["lines"]!.AsArray())!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty((await (await Call(HttpMethod.Get, "/app/api/today", session)).Content.ReadFromJsonAsync<JsonObject>())!["items"]!.AsArray());
    }

    [Fact]
    public async Task Forged_expired_replayed_or_foreign_sign_ins_get_401_and_people_outside_the_team_403()
    {
        var signed = SignIn(Jonas, "Jonas");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Login("tma", signed.Replace("%22id%22%3A501", "%22id%22%3A504", StringComparison.Ordinal))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Login("tma", SignIn(Jonas, "Jonas", DateTimeOffset.UtcNow.AddDays(-2)))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Login("tma", SignIn(Jonas, "Jonas", token: "654321:another-bot"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Login("tma", signed)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Login("tma", signed)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Login("Bearer", "x")).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await Login("tma", SignIn(Lena, "Lena"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Login("tma", SignIn(Stranger, "Someone"))).StatusCode);
        database.Run(() =>
        {
            var olena = database.Members.FindById(Olena)!;
            olena.Banned = true;
            database.Members.Update(olena);
        });
        Assert.Equal(HttpStatusCode.Forbidden, (await Login("tma", SignIn(Olena, "Olena"))).StatusCode);
        Assert.Equal(Domain.OfferStatus.Waiting, OfferStatus());
    }

    [Fact]
    public async Task Without_a_session_or_after_a_ban_nothing_is_shown_and_nothing_changes()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Call(HttpMethod.Get, "/app/api/today", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Call(HttpMethod.Post, "/app/api/act", null, new { id = "offer0000001", action = "ok" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Call(HttpMethod.Post, "/app/api/act", "made-up-token", new { id = "offer0000001", action = "ok" })).StatusCode);
        Assert.Equal(Domain.OfferStatus.Waiting, OfferStatus());

        var session = await Session(Olena, "Olena");
        Assert.Equal(HttpStatusCode.OK, (await Call(HttpMethod.Get, "/app/api/today", session)).StatusCode);
        database.Run(() =>
        {
            var olena = database.Members.FindById(Olena)!;
            olena.Banned = true;
            database.Members.Update(olena);
        });
        Assert.Equal(HttpStatusCode.Forbidden, (await Call(HttpMethod.Get, "/app/api/today", session)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Call(HttpMethod.Post, "/app/api/act", session, new { id = "offer0000001", action = "ok" })).StatusCode);
        Assert.Equal(Domain.OfferStatus.Waiting, OfferStatus());
    }

    [Fact]
    public async Task A_desk_link_works_once_within_ten_minutes_for_its_coordinator_only()
    {
        var now = NodaTime.SystemClock.Instance.GetCurrentInstant();
        database.Run(() =>
        {
            var logins = database.Database.GetCollection<DeskLogin>(DeskFlow.Logins.Collection);
            logins.Insert(new DeskLogin { Id = new string('a', 32), MemberId = Jonas, CreatedAt = now });
            logins.Insert(new DeskLogin { Id = new string('b', 32), MemberId = Jonas, CreatedAt = now - NodaTime.Duration.FromMinutes(11) });
            logins.Insert(new DeskLogin { Id = new string('c', 32), MemberId = Lena, CreatedAt = now });
        });

        Assert.Equal(HttpStatusCode.OK, (await Login("link", new string('a', 32))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Login("link", new string('a', 32))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Login("link", new string('b', 32))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Login("link", new string('d', 32))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Login("link", new string('c', 32))).StatusCode);
    }

    [Fact]
    public async Task A_report_is_decided_from_the_desk_with_the_chat_s_actions_and_the_reported_person_is_warned()
    {
        database.Run(() => database.Reports.Insert(new Kiosk.Domain.Matching.Report
        {
            Id = "report000001", MatchId = "nomatch", ReporterId = Lena, ReportedId = Amina, At = NodaTime.SystemClock.Instance.GetCurrentInstant(),
        }));
        var session = await Session(Jonas, "Jonas");

        var today = await (await Call(HttpMethod.Get, "/app/api/today", session)).Content.ReadFromJsonAsync<JsonObject>();
        var report = Assert.Single(today!["items"]!.AsArray(), item => item!["kind"]!.GetValue<string>() == "report")!;
        Assert.Equal(["r:warn", "r:pause", "r:ban", "r:dismiss"], report["actions"]!.AsArray().Select(choice => choice!["action"]!.GetValue<string>()));
        Assert.Contains("Lena", report["words"]!.GetValue<string>(), StringComparison.Ordinal);

        var acted = await (await Call(HttpMethod.Post, "/app/api/act", session, new { id = "report000001", action = "r:warn" })).Content.ReadFromJsonAsync<JsonObject>();

        Assert.True(acted!["done"]!.GetValue<bool>());
        Assert.Equal(1, database.Run(() => database.Members.FindById(Amina)!.Warnings));
        Assert.True(database.Run(() => database.Reports.FindById("report000001")!.Handled));
        await Eventually.True(() => telegram.TextsTo(Amina).Count > 0, "Amina to get the warning");
        var audit = await (await Call(HttpMethod.Get, "/app/api/audit", session)).Content.ReadFromJsonAsync<JsonObject>();
        Assert.EndsWith("\u2068Jonas\u2069: " + host.Services.GetRequiredService<Kiosk.Conversations.Localization.Localizer>().Text("de", "moderation.warn"),
            Assert.Single(audit!["lines"]!.AsArray())!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await Call(HttpMethod.Post, "/app/api/act", session, new { id = "report000001", action = "r:delete-everything" })).StatusCode);
    }

    [Fact]
    public async Task An_advice_request_taken_from_the_desk_is_the_coordinator_s_and_its_next_steps_come_in_the_chat()
    {
        database.Run(() => database.AdviceRequests.Insert(new Kiosk.Domain.Advice.AdviceRequest
        {
            Id = "advice000001", MemberId = Amina, Topic = "invoicing", Language = "ar", Question = "كيف أكتب فاتورة؟", CreatedAt = NodaTime.SystemClock.Instance.GetCurrentInstant(),
        }));
        var jonas = await Session(Jonas, "Jonas");
        var olena = await Session(Olena, "Olena");

        var today = await (await Call(HttpMethod.Get, "/app/api/today", jonas)).Content.ReadFromJsonAsync<JsonObject>();
        var advice = Assert.Single(today!["items"]!.AsArray(), item => item!["kind"]!.GetValue<string>() == "advice")!;
        Assert.Equal(("كيف أكتب فاتورة؟", "a:take"), (advice["words"]!.GetValue<string>(), Assert.Single(advice["actions"]!.AsArray())!["action"]!.GetValue<string>()));

        var taken = await (await Call(HttpMethod.Post, "/app/api/act", jonas, new { id = "advice000001", action = "a:take" })).Content.ReadFromJsonAsync<JsonObject>();
        var again = await (await Call(HttpMethod.Post, "/app/api/act", olena, new { id = "advice000001", action = "a:take" })).Content.ReadFromJsonAsync<JsonObject>();

        Assert.True(taken!["done"]!.GetValue<bool>());
        Assert.False(again!["done"]!.GetValue<bool>());
        var request = database.Run(() => database.AdviceRequests.FindById("advice000001")!);
        Assert.Equal((Kiosk.Domain.Advice.AdviceStatus.Taken, (long?)Jonas), (request.Status, request.CoordinatorId));
        // The choices (answer through the bot, an appointment, close) wait in Jonas's chat.
        await Eventually.True(() => telegram.TextsTo(Jonas).Any(text => text.Contains("كيف أكتب فاتورة؟", StringComparison.Ordinal)), "the taken request in Jonas's chat");
    }

    [Fact]
    public async Task A_long_list_shows_the_longest_waiting_first_and_says_how_many_there_are()
    {
        var now = NodaTime.SystemClock.Instance.GetCurrentInstant();
        database.Run(() => database.Offers.InsertBulk(Enumerable.Range(0, 210).Select(i => new Offer
        {
            Id = $"more{i:000}", MemberId = Amina, Category = "cooking", Status = Domain.OfferStatus.Waiting, Availability = WeeklyAvailability.Always,
            CreatedAt = now - NodaTime.Duration.FromMinutes(i),
        })));

        var today = await (await Call(HttpMethod.Get, "/app/api/today", await Session(Jonas, "Jonas"))).Content.ReadFromJsonAsync<JsonObject>();

        var items = today!["items"]!.AsArray();
        Assert.Equal((200, 211), (items.Count, today["total"]!.GetValue<int>()));
        Assert.Equal("offer0000001", items[0]!["id"]!.GetValue<string>()); // 30 hours: the longest
        Assert.Equal("more011", items[^1]!["id"]!.GetValue<string>()); // then more209 down to more011: 199 more
        Assert.Equal(host.Services.GetRequiredService<Kiosk.Conversations.Localization.Localizer>().Text("de", "desk.showing", ("shown", 200), ("total", 211)), today["more"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_page_is_served_and_speaks_the_browser_s_language_before_sign_in()
    {
        using var page = await http.GetAsync("/app/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("desk.js", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var texts = await http.GetFromJsonAsync<JsonObject>("/app/api/texts?lang=ar");
        Assert.Equal(("ar", "rtl"), (texts!["language"]!.GetValue<string>(), texts["direction"]!.GetValue<string>()));
        Assert.Null(texts["token"]?.GetValue<string>());
    }
}
