using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Kiosk.Emulator.BotApi;

/// <summary>
/// The parameters of one Bot API call, from the query string and a JSON, form or multipart body,
/// as Telegram accepts them. Nested objects (reply_markup) may come as JSON text in forms.
/// </summary>
public sealed class BotApiParameters
{
    private readonly Dictionary<string, JsonNode?> values = new(StringComparer.Ordinal);

    /// <summary>Uploaded files by field name.</summary>
    public Dictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>Reads query and body.</summary>
    public static async Task<BotApiParameters> ReadAsync(HttpRequest request)
    {
        var parameters = new BotApiParameters();
        foreach (var (key, value) in request.Query)
        {
            parameters.values[key] = JsonValue.Create(value.ToString());
        }

        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
        {
            var body = await JsonNode.ParseAsync(request.Body);
            if (body is not JsonObject json)
            {
                throw ApiError.BadRequest("request body is not a JSON object");
            }

            foreach (var (key, value) in json)
            {
                parameters.values[key] = value?.DeepClone();
            }
        }
        else if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            foreach (var (key, value) in form)
            {
                parameters.values[key] = JsonValue.Create(value.ToString());
            }

            foreach (var file in form.Files)
            {
                using var stream = new MemoryStream();
                await file.CopyToAsync(stream);
                parameters.Files[file.Name] = stream.ToArray();
            }
        }

        return parameters;
    }

    /// <summary>A string parameter (numbers are given as text).</summary>
    public string? String(string name) => values.GetValueOrDefault(name) switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        var node => node.ToJsonString(),
    };

    /// <summary>An integer parameter; 400 when it is not a number.</summary>
    public long? Long(string name)
    {
        var text = String(name);
        if (text is null)
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw ApiError.BadRequest($"invalid {name} specified");
    }

    /// <summary>A required integer parameter.</summary>
    public long RequiredLong(string name) => Long(name) ?? throw ApiError.BadRequest($"{name} is empty");

    /// <summary>A true/false parameter.</summary>
    public bool Bool(string name) => String(name) is "true" or "True" or "1";

    /// <summary>An object or array parameter, parsed when it came as JSON text.</summary>
    public JsonNode? Json(string name)
    {
        var node = values.GetValueOrDefault(name);
        if (node is JsonValue value && value.TryGetValue<string>(out var text))
        {
            try
            {
                return JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                throw ApiError.BadRequest($"can't parse {name} JSON object");
            }
        }

        return node;
    }
}
