using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Types.Enums;

namespace Kiosk.Benchmarks;

/// <summary>
/// The least a bot can do with the same Telegram.Bot client and emulator: poll, and answer every message (and
/// every pressed button) with its own text, the answers of one batch at once. The kiosk's rate is compared to it.
/// </summary>
public sealed class EchoBot(string token, Uri apiBaseUrl) : IAsyncDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private readonly HttpClient http = new();
    private Task? loop;

    /// <summary>Starts polling.</summary>
    public void Start() => loop = Task.Run(() => PollAsync(stopping.Token));

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        try
        {
            await (loop ?? Task.CompletedTask);
        }
        catch (OperationCanceledException)
        {
            // Stopped while waiting for updates.
        }

        http.Dispose();
        stopping.Dispose();
    }

    private async Task PollAsync(CancellationToken ct)
    {
        var client = new TelegramBotClient(new TelegramBotClientOptions(token, apiBaseUrl.ToString().TrimEnd('/')) { RetryCount = 0 }, http);
        int? offset = null;
        while (!ct.IsCancellationRequested)
        {
            var updates = await client.SendRequest(new GetUpdatesRequest { Offset = offset, Limit = 100, Timeout = 25, AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery] }, ct);
            await Task.WhenAll(updates.Select(update => update switch
            {
                { Message: { Text: { } text } message } => client.SendRequest(new SendMessageRequest { ChatId = message.Chat.Id, Text = text }, ct),
                { CallbackQuery: { Data: { } data, From.Id: var chat } } => client.SendRequest(new SendMessageRequest { ChatId = chat, Text = data }, ct),
                _ => Task.CompletedTask,
            }));
            offset = updates.Length == 0 ? offset : updates[^1].Id + 1;
        }
    }
}
