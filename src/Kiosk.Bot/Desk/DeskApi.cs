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
public sealed class DeskApi(DeskSessions sessions, DeskAccess access, DeskToday today, KioskDatabase database, InboundProcessor processor, Localizer localizer,
    KioskTime time, IOptions<TelegramOptions> telegram, ILogger<DeskApi> logger)
{
    private static readonly string[] PageTexts =
    [
        "desk.title", "desk.today", "desk.nothing_waits", "desk.done", "desk.stale", "desk.audit", "desk.login_failed", "desk.only_team",
    ];

    private long nextUpdate = -DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1000;

    /// <summary>Adds the page and the API to the listener.</summary>
    public void Map(WebApplication app)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "DeskPage");
        app.MapGet("/app/", () => Page(Path.Combine(folder, "index.html"), "text/html; charset=utf-8"));
        app.MapGet("/app/desk.js", () => Page(Path.Combine(folder, "desk.js"), "text/javascript; charset=utf-8"));
        app.MapGet("/app/desk.css", () => Page(Path.Combine(folder, "desk.css"), "text/css; charset=utf-8"));
        app.MapPost("/app/api/login", Login);
        // Before sign-in (or when it fails) the page still speaks the browser's language; these texts are no secret.
        app.MapGet("/app/api/texts", (string? lang) => Texts(lang is not null && localizer.IsSupported(lang) ? lang : "en"));
        app.MapGet("/app/api/today", (HttpRequest request) => AsCoordinator(request, member =>
        {
            var page = today.For(member.Language);
            var more = page.Total > page.Items.Count ? localizer.Text(member.Language, "desk.showing", ("shown", page.Items.Count), ("total", page.Total)) : null;
            return Results.Json(new { items = page.Items, total = page.Total, more });
        }));
        app.MapGet("/app/api/audit", (HttpRequest request) => AsCoordinator(request, member => Results.Json(new { lines = Audit(member.Language) })));
        app.MapPost("/app/api/act", async (HttpRequest request) =>
        {
            JsonObject? body;
            try
            {
                body = await request.ReadFromJsonAsync<JsonObject>();
            }
            catch (System.Text.Json.JsonException)
            {
                body = null;
            }

            return AsCoordinator(request, member => Act(member, body));
        });
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
        var action = body?["action"]?.GetValue<string>() ?? "";
        var id = body?["id"]?.GetValue<string>() ?? "";
        // "ok", "no:REASON", "r:ACTION" on an id become the flow's own button data ("no:ID:REASON", "r:ID:ACTION").
        var colon = action.IndexOf(':', StringComparison.Ordinal);
        var button = DeskButton.TryDecode(colon < 0 ? $"{action}:{id}" : $"{action[..colon]}:{id}:{action[(colon + 1)..]}");
        if (button is null)
        {
            return Results.BadRequest();
        }

        var before = Count(member.Id);
        processor.Process(new Inbound
        {
            UpdateId = Interlocked.Decrement(ref nextUpdate), ChatId = member.Id, UserId = member.Id, Kind = InboundKind.Button,
            FirstName = member.FirstName, LanguageCode = member.Language, ButtonData = FlowButton.Data(button),
        });
        var done = Count(member.Id) > before;
        var message = !done ? "desk.stale" : button.Action == DeskButton.Advice ? "desk.taken_in_chat" : "desk.done";
        return Results.Json(new { done, message = localizer.Text(member.Language, message) });
    }

    private int Count(long memberId) => database.Run(() => database.Database.GetCollection<DeskAction>(DeskFlow.Actions.Collection).Count(action => action.MemberId == memberId));

    private IReadOnlyList<string> Audit(string language) => database.Run(() =>
    {
        var voice = new Voice(localizer, language);
        return database.Database.GetCollection<DeskAction>(DeskFlow.Actions.Collection).FindAll()
            .OrderByDescending(action => action.CreatedAt).Take(50)
            .Select(action => voice.T("desk.audit_line",
                ("when", Kiosk.Conversations.Flows.Labels.Moment(voice, action.CreatedAt.InZone(time.Zone).LocalDateTime)),
                ("name", DeskToday.NameOf(database, action.MemberId)),
                ("what", action.Action switch
                {
                    "approve" => voice.T("desk.did_approve"),
                    "reject" => voice.T("desk.did_reject"),
                    "take" => voice.T("advice.take"),
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
