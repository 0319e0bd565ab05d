using System.Text.Json.Nodes;
using Kiosk.Conversations.Delivery;
using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Conversations.Flows.Coordinators;
using Kiosk.Conversations.Flows.Coordinators.Desk;
using Kiosk.Conversations.Localization;
using Kiosk.Domain;
using Kiosk.Storage;
using Kiosk.Telegram;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Kiosk.Bot.Desk;

/// <summary>
/// The coordinators' desk on the bot's web listener: the page at /app/ and its API at /app/api/. Sign-in is Telegram's
/// Mini App initData ("Authorization: tma …") or a one-time /desk link ("Authorization: link CODE"); it opens a
/// session whose token every other call carries ("Authorization: Desk TOKEN"). Every call asks again whether the person
/// is a current coordinator. 401: not signed in (forged, expired, replayed, unknown); 403: signed in but not on the
/// team. Actions run as the coordinator's own button press through the conversation engine, so the chat's rules hold.
/// </summary>
public sealed class DeskApi(DeskSessions sessions, DeskAccess access, DeskToday today, DeskPeople people, DeskAnnouncements announcements, DeskFigures figures,
    KioskDatabase database, InboundProcessor processor, Localizer localizer, KioskTime time, IOptions<TelegramOptions> telegram, ILogger<DeskApi> logger)
{
    private static readonly string[] PageTexts =
    [
        "desk.title", "desk.today", "desk.nothing_waits", "desk.done", "desk.stale", "desk.audit", "desk.login_failed", "desk.only_team",
        "desk.people", "desk.announcements", "desk.figures", "desk.answer_placeholder", "desk.send_answer", "desk.find_hint", "desk.find",
        "desk.found_none", "desk.person_offers", "desk.person_requests", "desk.person_matches", "desk.person_reports", "desk.person_none",
        "desk.versions", "desk.version_placeholder", "desk.plan", "desk.recent", "desk.download_csv", "broadcast.ask_audience", "broadcast.add_version",
        "broadcast.preview", "broadcast.send_now", "broadcast.send_later", "broadcast.stop", "broadcast.ask_language", "broadcast.ask_district",
        "broadcast.ask_category", "desk.suggest",
    ];

    private long nextUpdate = -DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1000;

    /// <summary>Adds the page and the API to the listener.</summary>
    public void Map(WebApplication app)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "DeskPage");
        app.MapGet("/app/", () => Page(Path.Combine(folder, "index.html"), "text/html; charset=utf-8"));
        app.MapGet("/app/desk.js", () => Page(Path.Combine(folder, "desk.js"), "text/javascript; charset=utf-8"));
        app.MapGet("/app/desk.css", () => Page(Path.Combine(folder, "desk.css"), "text/css; charset=utf-8"));
        // Chart.js, from npm at build time (src/Kiosk.Bot/DeskPage/package.json); no CDN.
        app.MapGet("/app/chart.js", () => Page(Path.Combine(folder, "chart.js"), "text/javascript; charset=utf-8"));
        app.MapPost("/app/api/login", Login);
        // Before sign-in (or when it fails) the page still speaks the browser's language; these texts are no secret.
        app.MapGet("/app/api/texts", (string? lang) => Texts(lang is not null && localizer.IsSupported(lang) ? lang : "en"));
        app.MapGet("/app/api/today", (HttpRequest request) => AsCoordinator(request, member =>
        {
            var page = today.For(member.Language);
            var more = page.Total > page.Items.Count ? localizer.Text(member.Language, "desk.showing", ("shown", page.Items.Count), ("total", page.Total)) : null;
            return Results.Json(new { items = page.Items, total = page.Total, more });
        }));
        app.MapGet("/app/api/candidates", (HttpRequest request, string? id) => AsCoordinator(request, member =>
            Results.Json(new { offers = today.Candidates(member.Language, id ?? ""), none = localizer.Text(member.Language, "desk.no_offers") })));
        app.MapGet("/app/api/audit", (HttpRequest request) => AsCoordinator(request, member => Results.Json(new { lines = Audit(member.Language) })));
        app.MapPost("/app/api/act", async (HttpRequest request) =>
        {
            var body = await Body<JsonObject>(request);
            return AsCoordinator(request, member => Act(member, body));
        });
        // A name or an id is personal data: it travels in the body, never in the URL (proxies log URLs).
        app.MapPost("/app/api/people", async (HttpRequest request) =>
        {
            var body = await Body<JsonObject>(request);
            return AsCoordinator(request, member =>
            {
                var query = Text(body, "q");
                var (found, total) = people.Find(member.Language, query.Length > 100 ? query[..100] : query);
                var more = total > found.Count ? localizer.Text(member.Language, "desk.found_more", ("shown", found.Count), ("total", total)) : null;
                return Results.Json(new { people = found, total, more });
            });
        });
        app.MapPost("/app/api/person", async (HttpRequest request) =>
        {
            var body = await Body<JsonObject>(request);
            return AsCoordinator(request, member =>
                long.TryParse(Text(body, "id"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
                && people.Show(member.Language, id, member.Id) is { } page
                    ? Results.Json(page)
                    : Results.NotFound());
        });
        app.MapGet("/app/api/announcements", (HttpRequest request) => AsCoordinator(request, member =>
            Results.Json(new { form = announcements.Form(member.Language), recent = announcements.Recent(member.Language) })));
        app.MapPost("/app/api/announcements/plan", async (HttpRequest request) =>
        {
            var draft = await Body<AnnouncementDraft>(request);
            return AsCoordinator(request, member =>
            {
                if (draft is null)
                {
                    return Results.BadRequest();
                }

                var (plan, previews, problem) = announcements.Plan(member.Language, draft);
                return Results.Json(new { plan, previews, problem });
            });
        });
        app.MapPost("/app/api/announcements/send", async (HttpRequest request) =>
        {
            var draft = await Body<AnnouncementDraft>(request);
            return AsCoordinator(request, member => draft is null ? Results.BadRequest() : Results.Json(new { message = announcements.Send(member, draft) }));
        });
        app.MapPost("/app/api/announcements/stop", async (HttpRequest request) =>
        {
            var body = await Body<JsonObject>(request);
            return AsCoordinator(request, member =>
            {
                var done = body?["id"] is JsonValue id && id.TryGetValue<string>(out var which) && announcements.Stop(member, which);
                return Results.Json(new { done, message = localizer.Text(member.Language, done ? "broadcast.stopped" : "broadcast.stop_late") });
            });
        });
        app.MapGet("/app/api/figures", (HttpRequest request) => AsCoordinator(request, member =>
        {
            var (charts, summary) = figures.Charts(member.Language);
            return Results.Json(new { charts, summary });
        }));
        app.MapGet("/app/api/figures.csv", (HttpRequest request) => AsCoordinator(request, _ =>
            Results.File(figures.Csv(), "text/csv; charset=utf-8", $"kiosk-desk-figures-{time.LocalNow.Date:yyyy-MM-dd}.csv")));
    }

    // A JSON body, or null when it is not one (the call then answers 400 after the sign-in check).
    private static async Task<T?> Body<T>(HttpRequest request) where T : class
    {
        try
        {
            return await request.ReadFromJsonAsync<T>();
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static IResult Page(string path, string type) => File.Exists(path) ? TypedResults.PhysicalFile(path, type) : Results.NotFound();

    private IResult Login(HttpRequest request)
    {
        var (scheme, value) = Authorization(request);
        var now = time.Now;
        long? userId = scheme switch
        {
            // Telegram signs with its own clock: the sign-in's age is real time, also when the kiosk's clock is set.
            "tma" when InitData.Check(value, telegram.Value.Token ?? "", SystemClock.Instance.GetCurrentInstant()) is { } signedIn
                && sessions.FirstUse(signedIn.Hash, SystemClock.Instance.GetCurrentInstant()) => signedIn.UserId,
            "link" => UseLink(value),
            _ => null,
        };
        if (userId is not { } id)
        {
            logger.LogWarning("Desk sign-in refused ({Scheme})", scheme.Length is > 0 and < 10 ? scheme : "none");
            return Results.Unauthorized();
        }

        if (access.Coordinator(id) is not { } member)
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var token = sessions.Open(id, now);
        logger.LogInformation("Desk sign-in of coordinator {Id}", id);
        return Texts(member.Language, token);
    }

    private IResult Texts(string language, string? token = null) => Results.Json(new
    {
        token,
        language,
        direction = localizer.IsRightToLeft(language) ? "rtl" : "ltr",
        texts = PageTexts.ToDictionary(key => key, key => localizer.Text(language, key)),
    });

    // A /desk link: known, unused and younger than its lifetime; used up now.
    private long? UseLink(string code) => code.Length == 32 && code.All(char.IsAsciiHexDigitLower)
        ? database.InTransaction(() =>
        {
            var logins = database.Database.GetCollection<DeskLogin>(DeskFlow.Logins.Collection);
            if (logins.FindById(code) is not { UsedAt: null } login || time.Now - login.CreatedAt > DeskFlow.LinkLifetime)
            {
                return (long?)null;
            }

            login.UsedAt = time.Now;
            logins.Update(login);
            return login.MemberId;
        })
        : null;

    private IResult AsCoordinator(HttpRequest request, Func<Member, IResult> answer)
    {
        var (scheme, token) = Authorization(request);
        if (scheme != "Desk" || sessions.Who(token, time.Now) is not { } id)
        {
            return Results.Unauthorized();
        }

        return access.Coordinator(id) is { } member ? answer(member) : Results.StatusCode(StatusCodes.Status403Forbidden);
    }

    private IResult Act(Member member, JsonObject? body)
    {
        var action = Text(body, "action");
        var id = Text(body, "id");
        var answer = Text(body, "text").Trim();
        if (action == "a:answer" && answer.Length == 0)
        {
            return Results.Json(new { done = false, message = localizer.Text(member.Language, "desk.write_first") });
        }

        // "ok", "no:REASON", "r:ACTION" on an id become the flow's own button data ("no:ID:REASON", "r:ID:ACTION").
        var colon = action.IndexOf(':', StringComparison.Ordinal);
        var button = DeskButton.TryDecode(colon < 0 ? $"{action}:{id}" : $"{action[..colon]}:{id}:{action[(colon + 1)..]}");
        if (button is null)
        {
            return Results.BadRequest();
        }

        var before = Count(member.Id);
        Process(member, InboundKind.Button, inbound => inbound with { ButtonData = FlowButton.Data(button) });
        var done = Count(member.Id) > before;
        if (done && button is { Action: DeskButton.Advice, Reason: "answer" })
        {
            // The chat through the bot is open now: the answer goes as the coordinator's own message in it.
            Process(member, InboundKind.Text, inbound => inbound with { Text = answer });
        }

        var message = !done ? "desk.stale" : button switch
        {
            { Action: DeskButton.Advice, Reason: "answer" } => "desk.answered",
            { Action: DeskButton.Advice } => "desk.taken_in_chat",
            { Action: DeskButton.Hand } => "desk.suggested",
            _ => "desk.done",
        };
        return Results.Json(new { done, message = localizer.Text(member.Language, message) });
    }

    // The coordinator's own update, as if sent from their chat (button presses and the desk's written answers).
    private void Process(Member member, InboundKind kind, Func<Inbound, Inbound> fill) => processor.Process(fill(new Inbound
    {
        UpdateId = Interlocked.Decrement(ref nextUpdate), ChatId = member.Id, UserId = member.Id, Kind = kind,
        FirstName = member.FirstName, LanguageCode = member.Language,
    }));

    private static string Text(JsonObject? body, string name) => body?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : "";

    private int Count(long memberId) => database.Run(() => database.Database.GetCollection<DeskAction>(DeskFlow.Actions.Collection).Count(action => action.MemberId == memberId));

    private IReadOnlyList<string> Audit(string language) => database.Run(() =>
    {
        var voice = new Voice(localizer, language);
        return database.Database.GetCollection<DeskAction>(DeskFlow.Actions.Collection).FindAll()
            .OrderByDescending(action => action.CreatedAt).ThenByDescending(action => action.Id, StringComparer.Ordinal).Take(50)
            .Select(action => voice.T("desk.audit_line",
                ("when", Kiosk.Conversations.Flows.Labels.Moment(voice, action.CreatedAt.InZone(time.Zone).LocalDateTime)),
                ("name", DeskToday.NameOf(database, action.MemberId)),
                ("what", action.Action switch
                {
                    "approve" => voice.T("desk.did_approve"),
                    "reject" => voice.T("desk.did_reject"),
                    "take" => voice.T("advice.take"),
                    "answer" => voice.T("desk.did_answer"),
                    "unban" => voice.T("desk.did_unban"),
                    "broadcast" => voice.T("desk.did_broadcast"),
                    "suggest" => voice.T("desk.did_suggest"),
                    "stop" => voice.T("desk.did_stop"),
                    // The People page's warn, pause and ban read as the report card's buttons do.
                    var person when person.StartsWith("person-", StringComparison.Ordinal) => voice.T($"moderation.{person["person-".Length..]}"),
                    // A report's action reads as its button did ("⚠️ Warn").
                    var other => voice.T($"moderation.{other}"),
                })))
            .ToList();
    });

    private static (string Scheme, string Value) Authorization(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        var space = header.IndexOf(' ', StringComparison.Ordinal);
        return space <= 0 ? ("", "") : (header[..space], header[(space + 1)..].Trim());
    }
}
