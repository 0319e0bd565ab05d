using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Kiosk.Emulator.Tests;

public sealed class WebhookTests
{
    [Fact]
    public async Task With_a_webhook_updates_are_posted_with_the_secret_and_getUpdates_is_a_conflict()
    {
        var received = new ConcurrentQueue<(string? Secret, JsonNode Update)>();
        await using var receiver = await StartReceiver(received);
        await using var emulator = await EmulatorFixture.StartAsync();

        var (status, body) = await emulator.Bot("setWebhook", new { url = receiver.Urls.First() + "/hook", secret_token = "kiosk_secret-1" });
        Assert.True(status == 200, $"{receiver.Urls.First()}: {body}");
        await emulator.Writes(1001, "über den Webhook");
        await emulator.Writes(1001, "zweite");

        await Eventually.True(() => received.Count == 2, "two webhook deliveries");
        Assert.All(received, delivery => Assert.Equal("kiosk_secret-1", delivery.Secret));
        Assert.Equal(["über den Webhook", "zweite"], received.Select(d => d.Update["message"]!["text"]!.GetValue<string>()).ToArray());
        Assert.Equal(409, (await emulator.Bot("getUpdates")).Status);

        await emulator.Bot("deleteWebhook");
        await emulator.Writes(1001, "wieder per Polling");
        var polled = (await emulator.Bot("getUpdates")).Body["result"]!.AsArray();
        Assert.Equal("wieder per Polling", Assert.Single(polled)!["message"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_secret_with_forbidden_characters_is_refused()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        Assert.Equal(400, (await emulator.Bot("setWebhook", new { url = "http://127.0.0.1:1/hook", secret_token = "no spaces!" })).Status);
    }

    private static async Task<WebApplication> StartReceiver(ConcurrentQueue<(string?, JsonNode)> received)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/hook", async (HttpRequest request) =>
        {
            received.Enqueue((request.Headers["X-Telegram-Bot-Api-Secret-Token"].FirstOrDefault(), (await JsonNode.ParseAsync(request.Body))!));
            return Results.Ok();
        });
        await app.StartAsync();
        return app;
    }
}
