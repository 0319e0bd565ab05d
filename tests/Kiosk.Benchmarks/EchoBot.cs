using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Kiosk.Benchmarks;

/// <summary>
/// The least a bot can do with the same Telegram.Bot client and emulator: poll, and answer every message (and
/// every pressed button) with its own text, the answers of one batch at once. The kiosk's rate is compared to it.
/// With <paramref name="likeKiosk"/> it makes the Telegram calls a well-made bot makes for a pressed button, as the
/// kiosk does: the press is answered (the client stops its spinner), the pressed message loses its buttons, and the
/// echo comes with a button of its own; so the comparison is of the bots' own work, not of how many calls they make.
/// </summary>
public sealed class EchoBot(string token, Uri apiBaseUrl, bool likeKiosk = false) : IAsyncDisposable
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
                { Message: { Text: { } text } message } => Echo(client, message.Chat.Id, text, ct),
                { CallbackQuery: { Data: { } data, From.Id: var chat } press } when likeKiosk => PressedAsync(client, press, chat, data, ct),
                { CallbackQuery: { Data: { } data, From.Id: var chat } } => Echo(client, chat, data, ct),
                _ => Task.CompletedTask,
            }));
            offset = updates.Length == 0 ? offset : updates[^1].Id + 1;
        }
    }

    private Task Echo(TelegramBotClient client, long chat, string text, CancellationToken ct) =>
        client.SendRequest(new SendMessageRequest
        {
            ChatId = chat,
            Text = text,
            ReplyMarkup = likeKiosk ? new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData(text, text)) : null,
        }, ct);

    private async Task PressedAsync(TelegramBotClient client, CallbackQuery press, long chat, string data, CancellationToken ct)
    {
        await client.SendRequest(new AnswerCallbackQueryRequest { CallbackQueryId = press.Id }, ct);
        if (press.Message is { } pressed)
        {
            await client.SendRequest(new EditMessageReplyMarkupRequest { ChatId = chat, MessageId = pressed.MessageId }, ct);
        }

        await Echo(client, chat, data, ct);
    }
}
