using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Kiosk.Emulator.Tests;

/// <summary>An emulator on a free loopback port, and a plain HTTP client to talk to it as the bot and as people.</summary>
public sealed class EmulatorFixture : IAsyncDisposable
{
    private EmulatorFixture(EmulatorServer server)
    {
        Server = server;
        Http = new HttpClient { BaseAddress = server.BaseUrl, Timeout = TimeSpan.FromSeconds(60) };
    }

    public EmulatorServer Server { get; }

    public HttpClient Http { get; }

    public string Token => Server.Options.Token;

    public static async Task<EmulatorFixture> StartAsync(Action<EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions { Port = 0, PerChatBurst = 100, PerChatPerSecond = 100, MessagesPerSecond = 1000 };
        configure?.Invoke(options);
        return new EmulatorFixture(await EmulatorServer.StartAsync(options));
    }

    /// <summary>Calls a Bot API method with a JSON body; returns the HTTP status and the envelope.</summary>
    public async Task<(int Status, JsonObject Body)> Bot(string method, object? parameters = null, string? token = null)
    {
        using var response = await Http.PostAsJsonAsync($"/bot{token ?? Token}/{method}", parameters ?? new { });
        return ((int)response.StatusCode, (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    public async Task<JsonNode> User(string path, object body)
    {
        using var response = await Http.PostAsJsonAsync($"emulator/{path}", body);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    public async Task<JsonNode> Get(string path) => JsonNode.Parse(await Http.GetStringAsync(path))!;

    /// <summary>A person writes, so that the chat exists.</summary>
    public Task<JsonNode> Writes(long userId, string text, string language = "de") =>
        User("messages", new { user_id = userId, first_name = "Amina", language_code = language, text });

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
