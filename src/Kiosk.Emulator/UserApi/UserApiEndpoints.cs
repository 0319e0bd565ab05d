using System.Text.Json.Nodes;
using Kiosk.Emulator.BotApi;
using Kiosk.Emulator.World;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kiosk.Emulator.UserApi;

/// <summary>
/// The people's side under /emulator/ (JSON): write, press buttons, read and wait for the bot's
/// messages, block, inject faults, read stats. Scripts outside the project rely on these routes.
/// </summary>
public static class UserApiEndpoints
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(60);

    /// <summary>Maps the user API.</summary>
    public static IEndpointRouteBuilder MapUserApi(this IEndpointRouteBuilder app, TelegramWorld world, Faults faults, EmulatorStats stats, FileStore files, EmulatorOptions options)
    {
        var api = app.MapGroup("/emulator");

        api.MapPost("/messages", async (HttpRequest request) =>
        {
            var body = await ReadBody(request);
            var userId = body["user_id"]?.GetValue<long>() ?? 0;
            if (userId == 0)
            {
                return Error("user_id is required");
            }

            var kind = new[] { "sticker", "photo", "voice", "video", "video_note", "document", "contact" }.FirstOrDefault(k => body[k]?.GetValue<bool>() == true)
                ?? (body["venue"] is JsonObject ? "venue" : body["location"] is JsonObject ? "location" : null);
            if (kind is null && body["text"] is null)
            {
                return Error("text, sticker, photo, voice, video, video_note, document, contact, venue or location is required");
            }

            var input = new UserInput(userId, body["first_name"]?.GetValue<string>() ?? $"User {userId}", body["username"]?.GetValue<string>(),
                body["language_code"]?.GetValue<string>(), body["chat_id"]?.GetValue<long>() ?? userId)
            {
                Text = body["text"]?.GetValue<string>(),
                Kind = kind,
                Latitude = (body["location"] ?? body["venue"])?["latitude"]?.GetValue<double>() ?? 0,
                Longitude = (body["location"] ?? body["venue"])?["longitude"]?.GetValue<double>() ?? 0,
                FileSize = body["file_size"]?.GetValue<long>() ?? 1000,
            };
            var (updateId, messageId) = world.UserWrites(input);
            return Ok(new JsonObject { ["update_id"] = updateId, ["message_id"] = messageId });
        });

        api.MapPost("/callbacks", async (HttpRequest request) =>
        {
            var body = await ReadBody(request);
            var userId = body["user_id"]?.GetValue<long>() ?? 0;
            if (userId == 0 || body["message_id"] is null)
            {
                return Error("user_id and message_id are required");
            }

            var updateId = world.UserPresses(userId, body["chat_id"]?.GetValue<long>() ?? userId, body["message_id"]!.GetValue<int>(), body["data"]?.GetValue<string>() ?? "");
            return Ok(new JsonObject { ["update_id"] = updateId });
        });

        // Any update at all, as Telegram could send it (every type, missing fields, odd ids): for storms of bad input.
        api.MapPost("/updates", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = Parse(LoneSurrogates.Park(await reader.ReadToEndAsync()));
            if (body.Count == 0)
            {
                return Error("a JSON object with at least one field is required");
            }

            return Ok(new JsonObject { ["update_id"] = world.QueueRaw(body) });
        });

        api.MapGet("/chats/{chatId:long}/messages", (long chatId, int? after) => Ok(Messages(world, chatId, after ?? 0)));

        api.MapGet("/chats/{chatId:long}/wait", async (long chatId, int? after, double? timeout, CancellationToken ct) =>
        {
            var wait = TimeSpan.FromSeconds(Math.Clamp(timeout ?? 10, 0, MaxWait.TotalSeconds));
            var from = after ?? 0;
            var wrote = await world.ChatsSignal.WaitUntilAsync(() => world.BotWroteAfter(chatId, from), wait, ct);
            return Ok(wrote ? Messages(world, chatId, from) : new JsonArray());
        });

        // For the web chat: the whole chat whenever its version changes, so edits show up live too.
        api.MapGet("/chats/{chatId:long}/changes", async (long chatId, long? version, double? timeout, CancellationToken ct) =>
        {
            var wait = TimeSpan.FromSeconds(Math.Clamp(timeout ?? 25, 0, MaxWait.TotalSeconds));
            await world.ChatsSignal.WaitUntilAsync(() => world.VersionOf(chatId) != (version ?? -1), wait, ct);
            var answers = world.ButtonAnswers.Where(a => a.ChatId == chatId).Select(a => (JsonNode)a.Text).TakeLast(1).ToArray();
            return Ok(new JsonObject { ["version"] = world.VersionOf(chatId), ["messages"] = Messages(world, chatId, 0), ["notice"] = answers.FirstOrDefault()?.DeepClone() });
        });

        api.MapPost("/users", async (HttpRequest request) =>
        {
            var people = await request.ReadFromJsonAsync<JsonArray>() ?? [];
            foreach (var person in people.OfType<JsonObject>())
            {
                var id = person["user_id"]?.GetValue<long>() ?? 0;
                world.AddPerson(new UserInput(id, person["first_name"]?.GetValue<string>() ?? $"User {id}", person["username"]?.GetValue<string>(), person["language_code"]?.GetValue<string>(), id));
            }

            return Ok(new JsonObject { ["added"] = people.Count });
        });

        api.MapPost("/users/{userId:long}/block", (long userId) =>
        {
            world.SetBlocked(userId, true);
            return Ok(new JsonObject { ["blocked"] = true });
        });

        api.MapPost("/users/{userId:long}/unblock", (long userId) =>
        {
            world.SetBlocked(userId, false);
            return Ok(new JsonObject { ["blocked"] = false });
        });

        api.MapPost("/faults", async (HttpRequest request) =>
        {
            var body = await ReadBody(request);
            var method = body["method"]?.GetValue<string>();
            var code = body["error_code"]?.GetValue<int>() ?? 0;
            if (method is null || code is < 400 or > 599)
            {
                return Error("method and error_code (400-599) are required");
            }

            faults.Add(new Fault(method, code, body["retry_after"]?.GetValue<int>(), body["count"]?.GetValue<int>() ?? 1, body["description"]?.GetValue<string>()));
            return Ok(new JsonObject { ["planned"] = body["count"]?.GetValue<int>() ?? 1 });
        });

        api.MapGet("/stats", () => Ok(stats.ToJson()));

        // A web_app button pressed in the web chat: the Mini App's address with initData for that person, signed with
        // the bot's token as Telegram signs it (in the URL fragment, as Telegram passes it: never sent to a server).
        api.MapGet("/webapp", (long userId, string url) =>
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var app) || !(app.Scheme == Uri.UriSchemeHttps || app.IsLoopback) || world.Person(userId) is not { } person)
            {
                return Results.BadRequest();
            }

            var initData = WebAppSignIn.For(options.Token, person.Id, person.FirstName, person.LanguageCode, DateTimeOffset.UtcNow);
            return Ok(new JsonObject { ["url"] = $"{url}#tgWebAppData={Uri.EscapeDataString(initData)}&tgWebAppPlatform=web" });
        });

        api.MapGet("/bot", () => Ok(new JsonObject { ["username"] = options.BotUsername, ["name"] = options.BotName }));

        api.MapGet("/files/{id}", (string id) => files.Get(id) is { } file ? Results.Bytes(file.Content, file.ContentType) : Results.NotFound());

        return app;
    }

    private static JsonArray Messages(TelegramWorld world, long chatId, int after) =>
        new(world.Read(chatId, after).Messages.Select(message => (JsonNode)new JsonObject
        {
            ["message_id"] = message.MessageId,
            ["from_bot"] = message.FromBot,
            ["text"] = message.Text,
            ["buttons"] = new JsonArray((message.Buttons ?? []).Select(row => (JsonNode)new JsonArray(row.Select(button => (JsonNode)new JsonObject
            {
                ["text"] = button.Text,
                ["callback_data"] = button.CallbackData,
                ["url"] = button.Url,
                ["web_app"] = button.WebAppUrl is null ? null : new JsonObject { ["url"] = button.WebAppUrl },
            }).ToArray())).ToArray()),
            ["edited"] = message.EditDate is not null,
            ["date"] = message.Date,
            ["photo"] = message.FileKind == "photo" ? message.FileUrl : null,
            ["document"] = message.FileKind == "document" ? message.FileUrl : null,
            // What a person's photo, voice message, file, place, contact or location was, also when the bot copied it.
            ["kind"] = message.Content?.Select(property => property.Key).LastOrDefault(),
        }).ToArray());

    private static async Task<JsonObject> ReadBody(HttpRequest request)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body) as JsonObject ?? [];
        }
        catch (System.Text.Json.JsonException)
        {
            return [];
        }
    }

    private static JsonObject Parse(string json)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject ?? [];
        }
        catch (System.Text.Json.JsonException)
        {
            return [];
        }
    }

    private static IResult Ok(JsonNode body) => BotApiEndpoints.Envelope(body, 200);

    private static IResult Error(string message) => BotApiEndpoints.Envelope(new JsonObject { ["error"] = message }, 400);
}
