using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kiosk.Emulator.BotApi;

/// <summary>
/// <c>/bot{token}/{method}</c> with Telegram's envelope: <c>{"ok":true,"result":...}</c> or
/// <c>{"ok":false,"error_code":...,"description":...,"parameters":{"retry_after":...}}</c>.
/// </summary>
public static class BotApiEndpoints
{
    /// <summary>JSON as Telegram writes it: snake_case names, non-ASCII text unescaped.</summary>
    public static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Maps the Bot API.</summary>
    public static IEndpointRouteBuilder MapBotApi(this IEndpointRouteBuilder app, EmulatorOptions options, BotApiMethods methods, Faults faults, EmulatorStats stats)
    {
        app.MapMethods("/bot{token}/{method}", ["GET", "POST"], async (HttpContext http, string token, string method) =>
        {
            var name = method.ToLowerInvariant();
            stats.Call(name);
            try
            {
                if (token != options.Token)
                {
                    throw new ApiError(401, "Unauthorized");
                }

                if (options.ResponseDelayMs > 0 && name != "getupdates")
                {
                    await Task.Delay(options.ResponseDelayMs, http.RequestAborted);
                }

                faults.ThrowIfPlanned(name);
                var parameters = await BotApiParameters.ReadAsync(http.Request);
                var result = await methods.InvokeAsync(name, parameters, http.RequestAborted);
                return Envelope(new JsonObject { ["ok"] = true, ["result"] = result }, 200);
            }
            catch (ApiError error)
            {
                stats.Refused(error.Code);
                var body = new JsonObject { ["ok"] = false, ["error_code"] = error.Code, ["description"] = error.Description };
                if (error.RetryAfter is { } seconds)
                {
                    body["parameters"] = new JsonObject { ["retry_after"] = seconds };
                }

                return Envelope(body, error.Code);
            }
        });
        return app;
    }

    /// <summary>A JSON response.</summary>
    public static IResult Envelope(JsonNode body, int status) =>
        Results.Text(World.LoneSurrogates.Restore(body.ToJsonString(Json)), "application/json; charset=utf-8", statusCode: status);
}
