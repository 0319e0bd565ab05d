using System.Collections.Concurrent;
using System.Threading.Channels;
using Moq;
using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Requests.Abstractions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Kiosk.Bot.Tests;

/// <summary>
/// Telegram as a Moq mock of <see cref="ITelegramBotClient.SendRequest{TResponse}"/>: getUpdates serves
/// queued updates, sendMessage records what the bot said. <see cref="BlockSending"/> makes every send
/// hang until cancelled, like a network that died after the commit.
/// </summary>
public sealed class FakeTelegram
{
    private readonly Channel<Update> updates = Channel.CreateUnbounded<Update>();
    private int nextMessageId = 1;

    public FakeTelegram()
    {
        Mock.Setup(c => c.SendRequest(It.IsAny<GetUpdatesRequest>(), It.IsAny<CancellationToken>()))
            .Returns((GetUpdatesRequest _, CancellationToken ct) => NextUpdates(ct));
        Mock.Setup(c => c.SendRequest(It.IsAny<SendMessageRequest>(), It.IsAny<CancellationToken>()))
            .Returns((SendMessageRequest request, CancellationToken ct) => Send(request, ct));
        Mock.Setup(c => c.SendRequest(It.IsAny<IRequest<bool>>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        Mock.Setup(c => c.SendRequest(It.IsAny<EditMessageReplyMarkupRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((EditMessageReplyMarkupRequest request, CancellationToken _) => new Message { Id = request.MessageId, Chat = new Chat { Id = request.ChatId.Identifier ?? 0 } });
    }

    public Mock<ITelegramBotClient> Mock { get; } = new();

    public ConcurrentQueue<SendMessageRequest> Sent { get; } = new();

    public int SendAttempts;

    public bool BlockSending { get; set; }

    public void UserWrites(int updateId, long userId, string text, string language = "de") =>
        updates.Writer.TryWrite(new Update
        {
            Id = updateId,
            Message = new Message
            {
                Id = updateId,
                From = new User { Id = userId, FirstName = "Amina", LanguageCode = language },
                Chat = new Chat { Id = userId, Type = ChatType.Private },
                Text = text,
                Date = DateTime.UtcNow,
            },
        });

    public void UserPresses(int updateId, long userId, string data, int messageId) =>
        updates.Writer.TryWrite(new Update
        {
            Id = updateId,
            CallbackQuery = new CallbackQuery
            {
                Id = $"q{updateId}",
                From = new User { Id = userId, FirstName = "Amina" },
                Data = data,
                Message = new Message { Id = messageId, Chat = new Chat { Id = userId, Type = ChatType.Private } },
            },
        });

    public IReadOnlyList<string> TextsTo(long chatId) => Sent.Where(r => r.ChatId.Identifier == chatId).Select(r => r.Text).ToList();

    private async Task<Update[]> NextUpdates(CancellationToken ct)
    {
        // Like a long poll: wait for the first update, then take whatever else is queued.
        var first = await updates.Reader.ReadAsync(ct);
        var batch = new List<Update> { first };
        while (updates.Reader.TryRead(out var more))
        {
            batch.Add(more);
        }

        return [.. batch];
    }

    private async Task<Message> Send(SendMessageRequest request, CancellationToken ct)
    {
        Interlocked.Increment(ref SendAttempts);
        if (BlockSending)
        {
            await Task.Delay(Timeout.Infinite, ct);
        }

        Sent.Enqueue(request);
        return new Message { Id = Interlocked.Increment(ref nextMessageId), Chat = new Chat { Id = request.ChatId.Identifier ?? 0 }, Text = request.Text };
    }
}
