using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kiosk.Conversations.Localization;
using Kiosk.Domain.Advice;
using Kiosk.Domain.Broadcasts;
using Microsoft.Extensions.DependencyInjection;

namespace Kiosk.Bot.Tests;

/// <summary>The desk's People, Announcements and Figures pages and the written advice answer, on the same kiosk as <see cref="DeskApiTests"/>.</summary>
public sealed partial class DeskApiTests
{
    private Localizer Texts => host.Services.GetRequiredService<Localizer>();

    private async Task<JsonObject> Json(HttpMethod method, string path, string session, object? body = null)
    {
        using var response = await Call(method, path, session, body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static IEnumerable<string> Strings(JsonNode? array) => array!.AsArray().Select(node => node!.GetValue<string>());

    [Fact]
    public async Task Every_new_page_refuses_calls_without_a_session_and_people_outside_the_team()
    {
        var olena = await Session(Olena, "Olena");
        database.Run(() =>
        {
            var member = database.Members.FindById(Olena)!;
            member.Banned = true;
            database.Members.Update(member);
        });
        var calls = new (HttpMethod Method, string Path, object? Body)[]
        {
            (HttpMethod.Post, "/app/api/people", new { q = "am" }), (HttpMethod.Post, "/app/api/person", new { id = "503" }),
            (HttpMethod.Get, "/app/api/announcements", null), (HttpMethod.Post, "/app/api/announcements/plan", new { versions = new { de = "Hallo" }, audience = "everyone" }),
            (HttpMethod.Post, "/app/api/announcements/send", new { versions = new { de = "Hallo" }, audience = "everyone" }),
            (HttpMethod.Post, "/app/api/announcements/stop", new { id = "x" }), (HttpMethod.Get, "/app/api/figures", null), (HttpMethod.Get, "/app/api/figures.csv", null),
            (HttpMethod.Post, "/app/api/act", new { id = Amina.ToString(System.Globalization.CultureInfo.InvariantCulture), action = "p:ban" }),
        };
        foreach (var (method, path, body) in calls)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await Call(method, path, null, body)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await Call(method, path, olena, body)).StatusCode);
        }

        Assert.Empty(database.Run(() => database.Broadcasts.FindAll().ToList()));
        Assert.False(database.Run(() => database.Members.FindById(Amina)!.Banned));
    }

    [Fact]
    public async Task A_coordinator_taken_off_the_team_is_refused_at_once_with_the_session_still_open()
    {
        var session = await Session(Olena, "Olena");
        Assert.Equal(HttpStatusCode.OK, (await Call(HttpMethod.Get, "/app/api/today", session)).StatusCode);
        database.Run(() =>
        {
            var member = database.Members.FindById(Olena)!;
            member.Coordinator = false;
            database.Members.Update(member);
        });

        Assert.Equal(HttpStatusCode.Forbidden, (await Call(HttpMethod.Get, "/app/api/today", session)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Call(HttpMethod.Post, "/app/api/act", session, new { id = "offer0000001", action = "ok" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Call(HttpMethod.Post, "/app/api/announcements/send", session, new { versions = new { de = "Hallo" }, audience = "everyone" })).StatusCode);
        Assert.Equal(Domain.OfferStatus.Waiting, OfferStatus());
        Assert.Empty(database.Run(() => database.Broadcasts.FindAll().ToList()));
    }

    [Fact]
    public async Task A_coordinator_finds_a_person_by_the_start_of_the_name_or_the_id_bans_and_unbans_them_and_the_person_is_told()
    {
        var session = await Session(Jonas, "Jonas");

        var byName = await Json(HttpMethod.Post, "/app/api/people", session, new { q = "AM" });
        var found = Assert.Single(byName["people"]!.AsArray())!;
        Assert.Equal("503", found["id"]!.GetValue<string>());
        Assert.StartsWith("\u2068Amina\u2069 · ID 503 · العربية", found["head"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("503", Assert.Single((await Json(HttpMethod.Post, "/app/api/people", session, new { q = "503" }))["people"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.Empty((await Json(HttpMethod.Post, "/app/api/people", session, new { q = "zz" }))["people"]!.AsArray());

        var page = await Json(HttpMethod.Post, "/app/api/person", session, new { id = "503" });
        var offerLine = Assert.Single(Strings(page["offers"]));
        Assert.StartsWith($"{Texts.Text("de", "categories.bikes.name")} · {Texts.Text("de", "districts.ottensen.name")} · {Texts.Text("de", "figures.offer_waiting")} · ", offerLine, StringComparison.Ordinal);
        Assert.Empty(page["requests"]!.AsArray());
        // Her offer waits for approval, so there is nothing to pause: warn and ban only.
        Assert.Equal(["p:warn", "p:ban"], page["actions"]!.AsArray().Select(choice => choice!["action"]!.GetValue<string>()));

        var banned = await Json(HttpMethod.Post, "/app/api/act", session, new { id = "503", action = "p:ban" });
        Assert.True(banned["done"]!.GetValue<bool>());
        Assert.True(database.Run(() => database.Members.FindById(Amina)!.Banned));
        await Eventually.True(() => telegram.TextsTo(Amina).Contains(Texts.Text("ar", "moderation.banned_notice")), "Amina to hear of the ban in Arabic");
        Assert.Equal(["p:warn", "p:unban"], (await Json(HttpMethod.Post, "/app/api/person", session, new { id = "503" }))["actions"]!.AsArray().Select(choice => choice!["action"]!.GetValue<string>()));
        Assert.False((await Json(HttpMethod.Post, "/app/api/act", session, new { id = "503", action = "p:ban" }))["done"]!.GetValue<bool>());

        Assert.True((await Json(HttpMethod.Post, "/app/api/act", session, new { id = "503", action = "p:unban" }))["done"]!.GetValue<bool>());
        Assert.False(database.Run(() => database.Members.FindById(Amina)!.Banned));
        await Eventually.True(() => telegram.TextsTo(Amina).Contains(Texts.Text("ar", "moderation.unbanned_notice")), "Amina to hear the ban is lifted");

        // The team is not banned from the desk; forged ids are refused.
        Assert.Empty((await Json(HttpMethod.Post, "/app/api/person", session, new { id = "502" }))["actions"]!.AsArray());
        Assert.False((await Json(HttpMethod.Post, "/app/api/act", session, new { id = "502", action = "p:ban" }))["done"]!.GetValue<bool>());
        Assert.False(database.Run(() => database.Members.FindById(Olena)!.Banned));
        Assert.Equal(HttpStatusCode.BadRequest, (await Call(HttpMethod.Post, "/app/api/act", session, new { id = "503x", action = "p:ban" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Call(HttpMethod.Post, "/app/api/person", session, new { id = "42" })).StatusCode);

        var audit = Strings((await Json(HttpMethod.Get, "/app/api/audit", session))["lines"]).ToList();
        Assert.Equal(2, audit.Count);
        Assert.EndsWith(": " + Texts.Text("de", "desk.did_unban"), audit[0], StringComparison.Ordinal);
        Assert.EndsWith(": " + Texts.Text("de", "moderation.ban"), audit[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_written_in_the_desk_reaches_the_person_and_their_reply_comes_to_the_coordinator_s_chat()
    {
        database.Run(() => database.AdviceRequests.Insert(new AdviceRequest
        {
            Id = "advice000002", MemberId = Amina, Topic = "invoicing", Language = "ar", Question = "كيف أكتب فاتورة؟", CreatedAt = NodaTime.SystemClock.Instance.GetCurrentInstant(),
        }));
        // Amina has been at the menu since she asked.
        database.Run(() => database.Chats.Insert(new Kiosk.Conversations.Engine.ChatState { ChatId = Amina, Language = "ar" }));
        var jonas = await Session(Jonas, "Jonas");

        var empty = await Json(HttpMethod.Post, "/app/api/act", jonas, new { id = "advice000002", action = "a:answer", text = "  " });
        Assert.Equal((false, Texts.Text("de", "desk.write_first")), (empty["done"]!.GetValue<bool>(), empty["message"]!.GetValue<string>()));
        Assert.Equal(AdviceStatus.Open, database.Run(() => database.AdviceRequests.FindById("advice000002")!.Status));

        var answered = await Json(HttpMethod.Post, "/app/api/act", jonas, new { id = "advice000002", action = "a:answer", text = "Schreib Datum, Name, Betrag. Komm am Dienstag vorbei!" });

        Assert.Equal((true, Texts.Text("de", "desk.answered")), (answered["done"]!.GetValue<bool>(), answered["message"]!.GetValue<string>()));
        var request = database.Run(() => database.AdviceRequests.FindById("advice000002")!);
        Assert.Equal((AdviceStatus.Taken, (long?)Jonas, true), (request.Status, request.CoordinatorId, request.RelayOpen));
        await Eventually.True(() => telegram.TextsTo(Amina).Any(text => text.Contains("Schreib Datum, Name, Betrag. Komm am Dienstag vorbei!", StringComparison.Ordinal)), "the answer to reach Amina");

        telegram.UserWrites(9001, Amina, "شكراً جزيلاً", "ar");
        await Eventually.True(() => telegram.TextsTo(Jonas).Any(text => text.Contains("شكراً جزيلاً", StringComparison.Ordinal)), "Amina's reply in Jonas's chat");
        var olena = await Session(Olena, "Olena");
        Assert.False((await Json(HttpMethod.Post, "/app/api/act", olena, new { id = "advice000002", action = "a:answer", text = "Hallo" }))["done"]!.GetValue<bool>());
        Assert.EndsWith(": " + Texts.Text("de", "desk.did_answer"), Assert.Single(Strings((await Json(HttpMethod.Get, "/app/api/audit", jonas))["lines"])), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_announcement_written_in_German_and_Arabic_is_planned_previewed_sent_and_each_person_gets_their_version()
    {
        var session = await Session(Jonas, "Jonas");
        var draft = new { versions = new Dictionary<string, string> { ["de"] = "Samstag ist Flohmarkt!", ["ar"] = "يوم السبت سوق للأغراض المستعملة!" }, audience = "everyone" };

        var plan = await Json(HttpMethod.Post, "/app/api/announcements/plan", session, draft);
        Assert.Null(plan["problem"]?.GetValue<string>());
        var previews = plan["previews"]!.AsArray();
        var arabic = Assert.Single(previews, preview => preview!["language"]!.GetValue<string>() == "ar")!;
        Assert.Equal("rtl", arabic["direction"]!.GetValue<string>());
        Assert.StartsWith(Texts.Text("ar", "broadcast.header"), arabic["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("يوم السبت سوق للأغراض المستعملة!", arabic["text"]!.GetValue<string>(), StringComparison.Ordinal);
        // Jonas and Lena read German; Amina Arabic; Olena Ukrainian gets English, else German.
        Assert.Equal(2, plan["plan"]!.AsArray().Count);

        var problems = new object[]
        {
            new { versions = new { de = new string('x', 3501) }, audience = "everyone" },
            new { versions = new { de = "  " }, audience = "everyone" },
            new { versions = new { de = "Hallo" }, audience = "district", value = "atlantis" },
            new { versions = new { de = "Hallo" }, audience = "everyone", sendAt = "2020-01-01T10:00" },
            new { versions = new { de = "Hallo" }, audience = "everyone", sendAt = "gestern" },
        };
        foreach (var problem in problems)
        {
            Assert.NotEqual(Texts.Text("de", "desk.on_its_way"), (await Json(HttpMethod.Post, "/app/api/announcements/send", session, problem))["message"]!.GetValue<string>());
        }

        Assert.Empty(database.Run(() => database.Broadcasts.FindAll().ToList()));

        var sent = await Json(HttpMethod.Post, "/app/api/announcements/send", session, draft);
        Assert.Equal(Texts.Text("de", "desk.on_its_way"), sent["message"]!.GetValue<string>());
        await Eventually.True(() => telegram.TextsTo(Amina).Any(text => text.Contains("يوم السبت سوق للأغراض المستعملة!", StringComparison.Ordinal)), "Amina to get the Arabic version");
        await Eventually.True(() => telegram.TextsTo(Lena).Any(text => text.Contains("Samstag ist Flohmarkt!", StringComparison.Ordinal)), "Lena to get the German version");
        await Eventually.True(() => database.Run(() => database.Broadcasts.FindAll().Single().Status == BroadcastStatus.Done), "the announcement to be done");
        var recent = Assert.Single((await Json(HttpMethod.Get, "/app/api/announcements", session))["recent"]!.AsArray())!;
        Assert.False(recent["stoppable"]!.GetValue<bool>());
        Assert.Equal(recent["recipients"]!.GetValue<int>(), recent["tried"]!.GetValue<int>());

        // A planned one can be stopped, once.
        var later = NodaTime.SystemClock.Instance.GetCurrentInstant().Plus(NodaTime.Duration.FromDays(2)).InZone(NodaTimeZone).LocalDateTime;
        await Json(HttpMethod.Post, "/app/api/announcements/send", session, new { versions = new { de = "Bald!" }, audience = "language", value = "de", sendAt = later.ToString("yyyy'-'MM'-'dd'T'HH':'mm", System.Globalization.CultureInfo.InvariantCulture) });
        var planned = database.Run(() => database.Broadcasts.Find(broadcast => broadcast.Status == BroadcastStatus.Scheduled).Single());
        Assert.Equal((AudienceKind.Language, "de"), (planned.Audience.Kind, planned.Audience.Value));
        Assert.True((await Json(HttpMethod.Post, "/app/api/announcements/stop", session, new { id = planned.Id }))["done"]!.GetValue<bool>());
        Assert.False((await Json(HttpMethod.Post, "/app/api/announcements/stop", session, new { id = planned.Id }))["done"]!.GetValue<bool>());
        Assert.Equal(BroadcastStatus.Cancelled, database.Run(() => database.Broadcasts.FindById(planned.Id)!.Status));
        var audit = Strings((await Json(HttpMethod.Get, "/app/api/audit", session))["lines"]).ToList();
        Assert.Equal([Texts.Text("de", "desk.did_stop"), Texts.Text("de", "desk.did_broadcast"), Texts.Text("de", "desk.did_broadcast")], audit.Select(line => line[(line.LastIndexOf(": ", StringComparison.Ordinal) + 2)..]));
    }

    [Fact]
    public async Task The_figures_come_as_charts_in_the_coordinator_s_language_and_as_a_table_without_names()
    {
        var session = await Session(Jonas, "Jonas");

        var figures = await Json(HttpMethod.Get, "/app/api/figures", session);

        var charts = figures["charts"]!.AsArray();
        Assert.Equal([Texts.Text("de", "desk.per_week"), Texts.Text("de", "desk.categories"), Texts.Text("de", "desk.districts"), Texts.Text("de", "desk.languages"),
            Texts.Text("de", "desk.time_to_match"), Texts.Text("de", "desk.ratings")], charts.Select(chart => chart!["title"]!.GetValue<string>()));
        var weeks = charts[0]!;
        Assert.Equal(12, weeks["labels"]!.AsArray().Count);
        // Amina's offer was saved 30 hours ago: this week or last week.
        Assert.Equal(1, weeks["series"]![1]!["values"]!.AsArray().TakeLast(2).Sum(value => value!.GetValue<int>()));
        Assert.Equal(Texts.Text("de", "categories.bikes.name"), Assert.Single(Strings(charts[1]!["labels"])));

        using var csv = await Call(HttpMethod.Get, "/app/api/figures.csv", session);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("chart,key,requests,offers,count", lines[0].Trim());
        Assert.Contains("category,bikes,0,1,", lines.Select(line => line.Trim()));
        Assert.DoesNotContain(lines, line => line.Contains("Amina", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_coordinator_finds_someone_by_hand_for_a_request_nobody_answered_and_the_neighbour_decides_to_ask_them()
    {
        var now = NodaTime.SystemClock.Instance.GetCurrentInstant();
        database.Run(() =>
        {
            // Lena needs her wardrobe carried; nobody offers moving help, but Amina (cooking, approved) has said she can carry.
            database.Requests.Insert(new Domain.HelpRequest
            {
                Id = "request00001", MemberId = Lena, Category = "moving", District = "ottensen", Details = "Wer trägt mit mir einen Schrank?", Language = "de",
                Status = Domain.HelpRequestStatus.Open, CreatedAt = now - NodaTime.Duration.FromHours(5),
            });
            database.Offers.Insert(new Domain.Offer
            {
                Id = "offer0000002", MemberId = Amina, Category = "cooking", District = "ottensen", Description = "أطبخ", Language = "ar", Languages = ["ar", "de"],
                Status = Domain.OfferStatus.Active, Availability = Domain.WeeklyAvailability.Always, CreatedAt = now,
            });
            database.Chats.Insert(new Kiosk.Conversations.Engine.ChatState { ChatId = Lena, Language = "de" });
        });
        var session = await Session(Jonas, "Jonas");

        var today = await Json(HttpMethod.Get, "/app/api/today", session);
        var request = Assert.Single(today["items"]!.AsArray(), item => item!["kind"]!.GetValue<string>() == "request")!;
        Assert.Equal("h:find", Assert.Single(request["actions"]!.AsArray())!["action"]!.GetValue<string>());
        var candidates = (await Json(HttpMethod.Get, "/app/api/candidates?id=request00001", session))["offers"]!.AsArray();
        // Amina's approved offer only: not her offer still waiting for review, and nobody's own.
        var candidate = Assert.Single(candidates)!;
        Assert.Equal("h:offer0000002", candidate["action"]!.GetValue<string>());
        Assert.StartsWith("\u2068Amina\u2069 · " + Texts.Text("de", "categories.cooking.name"), candidate["label"]!.GetValue<string>(), StringComparison.Ordinal);

        var suggested = await Json(HttpMethod.Post, "/app/api/act", session, new { id = "request00001", action = "h:offer0000002" });
        Assert.Equal((true, Texts.Text("de", "desk.suggested")), (suggested["done"]!.GetValue<bool>(), suggested["message"]!.GetValue<string>()));
        Assert.False((await Json(HttpMethod.Post, "/app/api/act", session, new { id = "request00001", action = "h:offer0000002" }))["done"]!.GetValue<bool>());

        // Lena gets the card, with a button to ask Amina; her contact and Amina's stay where they are.
        await Eventually.True(() => telegram.Sent.Any(sent => sent.ChatId.Identifier == Lena && sent.Text.StartsWith(Texts.Text("de", "match.team_suggests", ("request", "\u2068Wer trägt mit mir einen Schrank?\u2069")), StringComparison.Ordinal)), "Lena to get the suggestion");
        var card = telegram.Sent.Last(sent => sent.ChatId.Identifier == Lena);
        var ask = ((global::Telegram.Bot.Types.ReplyMarkups.InlineKeyboardMarkup)card.ReplyMarkup!).InlineKeyboard.SelectMany(row => row).Single().CallbackData!;
        Assert.Equal("hand:request00001:offer0000002", ask);
        Assert.Empty(telegram.TextsTo(Amina));

        telegram.UserPresses(9101, Lena, "hand:request00001:offer0000999", 1);
        telegram.UserPresses(9102, Lena, ask, 2);
        await Eventually.True(() => telegram.TextsTo(Amina).Any(text => text.Contains("Wer trägt mit mir einen Schrank?", StringComparison.Ordinal)), "Amina to be asked in Arabic");
        var match = database.Run(() => database.Matches.FindAll().Single());
        Assert.Equal(("request00001", "offer0000002", Kiosk.Domain.Matching.MatchStatus.Asked), (match.RequestId, match.OfferId, match.Status));
        Assert.EndsWith(": " + Texts.Text("de", "desk.did_suggest"), Assert.Single(Strings((await Json(HttpMethod.Get, "/app/api/audit", session))["lines"])), StringComparison.Ordinal);
    }

    private static NodaTime.DateTimeZone NodaTimeZone => NodaTime.DateTimeZoneProviders.Tzdb["Europe/Berlin"];
}
