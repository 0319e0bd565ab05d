using System.Collections.Concurrent;
using Kiosk.Conversations.Delivery;
using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace Kiosk.Telegram.Tests;

public sealed class OutboxSenderTests
{
    private static readonly StoreFailureShutdown Shutdown = new(new FakeLifetime(), NullLogger<StoreFailureShutdown>.Instance);
    private static readonly Localizer Localizer = new(Catalogs.Load(Catalogs.DefaultDirectory), NullLogger<Localizer>.Instance);
    private readonly Mock<ITelegramBotClient> client = new();
    private readonly InMemoryOutbox outbox = new();
    private readonly ConcurrentQueue<SendMessageRequest> delivered = new();
    private int nextMessageId = 100;

    public OutboxSenderTests()
    {
        client.Setup(c => c.SendRequest(It.IsAny<SendMessageRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((SendMessageRequest request, CancellationToken _) => Deliver(request));
    }

    [Fact]
    public async Task Messages_are_sent_with_their_buttons_in_order_per_chat_and_marked_sent()
    {
        var ids = Enumerable.Range(1, 5).SelectMany(i => new[]
        {
            outbox.Add(Text(1, $"a{i}")),
            outbox.Add(Text(2, $"b{i}")),
        }).ToList();
        outbox.Add(new Outbound { ChatId = 3, Text = "menu", Buttons = [[Button.Press("Angebot", "menu:offer")]] });

        await RunUntil(() => delivered.Count == 11);

        Assert.Equal(["a1", "a2", "a3", "a4", "a5"], delivered.Where(r => r.ChatId == 1).Select(r => r.Text).ToArray());
        Assert.Equal(["b1", "b2", "b3", "b4", "b5"], delivered.Where(r => r.ChatId == 2).Select(r => r.Text).ToArray());
        var keyboard = Assert.IsType<InlineKeyboardMarkup>(delivered.Single(r => r.ChatId == 3).ReplyMarkup);
        Assert.Equal("menu:offer", keyboard.InlineKeyboard.Single().Single().CallbackData);
        Assert.All(ids, id => Assert.Equal(OutboxStatus.Sent, outbox[id].Status));
    }

    [Fact]
    public async Task After_a_429_the_sender_waits_retry_after_and_delivers_each_message_exactly_once()
    {
        var calls = 0;
        client.Setup(c => c.SendRequest(It.IsAny<SendMessageRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((SendMessageRequest request, CancellationToken _) => Interlocked.Increment(ref calls) == 2
                ? throw new ApiRequestException("Too Many Requests: retry after 1", 429, new ResponseParameters { RetryAfter = 1 })
                : Deliver(request));
        var ids = new[] { outbox.Add(Text(1, "one")), outbox.Add(Text(1, "two")), outbox.Add(Text(1, "three")) };

        await RunUntil(() => ids.All(id => outbox[id].Status == OutboxStatus.Sent));

        Assert.Equal(["one", "two", "three"], delivered.Select(r => r.Text).ToArray());
        Assert.Equal(4, calls);
    }

    [Fact]
    public async Task A_person_who_blocked_the_bot_is_marked_unreachable_and_others_still_get_theirs()
    {
        client.Setup(c => c.SendRequest(It.Is<SendMessageRequest>(r => r.ChatId == 9), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ApiRequestException("Forbidden: bot was blocked by the user", 403));
        var blocked = new[] { outbox.Add(Text(9, "x")), outbox.Add(Text(9, "y")) };
        var fine = outbox.Add(Text(10, "z"));

        await RunUntil(() => outbox[fine].Status == OutboxStatus.Sent && blocked.All(id => outbox[id].Status == OutboxStatus.Failed));

        Assert.Equal([9L], outbox.Unreachable.ToArray());
        client.Verify(c => c.SendRequest(It.Is<SendMessageRequest>(r => r.ChatId == 9), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_refused_message_fails_alone_and_the_chat_goes_on()
    {
        client.Setup(c => c.SendRequest(It.Is<SendMessageRequest>(r => r.Text == "bad"), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ApiRequestException("Bad Request: message text is empty", 400));
        var bad = outbox.Add(Text(1, "bad"));
        var good = outbox.Add(Text(1, "good"));

        await RunUntil(() => outbox[good].Status == OutboxStatus.Sent);

        Assert.Equal(OutboxStatus.Failed, outbox[bad].Status);
        Assert.StartsWith("400", outbox[bad].Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Button_answers_and_removals_are_sent_as_their_own_requests()
    {
        client.Setup(c => c.SendRequest(It.IsAny<AnswerCallbackQueryRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        client.Setup(c => c.SendRequest(It.IsAny<EditMessageReplyMarkupRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ApiRequestException("Bad Request: message is not modified", 400));
        var answer = outbox.Add(new Outbound { ChatId = 1, Kind = OutboundKind.AnswerButton, CallbackQueryId = "q7" });
        var removal = outbox.Add(new Outbound { ChatId = 1, Kind = OutboundKind.RemoveButtons, MessageId = 55 });

        await RunUntil(() => outbox[answer].Status == OutboxStatus.Sent && outbox[removal].Status == OutboxStatus.Sent);

        client.Verify(c => c.SendRequest(It.Is<AnswerCallbackQueryRequest>(r => r.CallbackQueryId == "q7"), It.IsAny<CancellationToken>()), Times.Once);
        client.Verify(c => c.SendRequest(It.Is<EditMessageReplyMarkupRequest>(r => r.MessageId == 55 && r.ReplyMarkup == null), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Ticked_choices_are_sent_as_a_new_keyboard_on_the_same_message()
    {
        client.Setup(c => c.SendRequest(It.IsAny<EditMessageReplyMarkupRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Message { Id = 8, Chat = new Chat { Id = 1 } });
        var edit = outbox.Add(new Outbound { ChatId = 1, Kind = OutboundKind.EditButtons, MessageId = 8, Buttons = [[Button.Press("✅ Deutsch", "form:languages=de")]] });

        await RunUntil(() => outbox[edit].Status == OutboxStatus.Sent);

        client.Verify(c => c.SendRequest(
            It.Is<EditMessageReplyMarkupRequest>(r => r.MessageId == 8 && r.ReplyMarkup!.InlineKeyboard.Single().Single().Text == "✅ Deutsch"),
            It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Chats_are_served_side_by_side_with_one_message_in_flight_per_chat_each_marked_sent_before_the_chat_s_next()
    {
        var ids = new Dictionary<string, long>();
        var inFlight = 0;
        var mostInFlight = 0;
        var perChat = new ConcurrentDictionary<long, int>();
        var mostInOneChat = 0;
        var unmarkedAtStart = new ConcurrentQueue<string>();
        var bothStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        client.Setup(c => c.SendRequest(It.IsAny<SendMessageRequest>(), It.IsAny<CancellationToken>()))
            .Returns(async (SendMessageRequest request, CancellationToken _) =>
            {
                var chat = request.ChatId.Identifier ?? 0;
                // What Telegram already took in this chat must be marked sent before the chat's next message goes: a
                // crash now repeats at most this one in the chat.
                foreach (var earlier in delivered.Where(earlier => earlier.ChatId.Identifier == chat && outbox[ids[earlier.Text]].Status != OutboxStatus.Sent))
                {
                    unmarkedAtStart.Enqueue(earlier.Text);
                }

                InterlockedMax(ref mostInOneChat, perChat.AddOrUpdate(chat, 1, (_, n) => n + 1));
                var now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref mostInFlight, now);
                if (now >= 2)
                {
                    bothStarted.TrySetResult();
                }

                // Telegram takes its time; another chat's message goes meanwhile (waited for, with a limit).
                await Task.WhenAny(bothStarted.Task, Task.Delay(TimeSpan.FromSeconds(10)));
                Interlocked.Decrement(ref inFlight);
                perChat.AddOrUpdate(chat, 0, (_, n) => n - 1);
                return Deliver(request);
            });
        foreach (var chat in Enumerable.Range(1, 8))
        {
            foreach (var n in Enumerable.Range(1, 3))
            {
                ids[$"{chat}-{n}"] = outbox.Add(Text(chat, $"{chat}-{n}"));
            }
        }

        await RunUntil(() => ids.Values.All(id => outbox[id].Status == OutboxStatus.Sent));

        Assert.Equal(24, delivered.Count);
        Assert.Equal(1, mostInOneChat);
        Assert.True(mostInFlight >= 2, "chats were served one after the other");
        Assert.Empty(unmarkedAtStart);
        foreach (var chat in Enumerable.Range(1, 8))
        {
            Assert.Equal([$"{chat}-1", $"{chat}-2", $"{chat}-3"], delivered.Where(request => request.ChatId.Identifier == chat).Select(request => request.Text));
        }
    }

    [Fact]
    public async Task A_chat_that_waits_for_Telegram_does_not_hold_back_another_chat_s_new_reply()
    {
        var slowChat = new TaskCompletionSource<Message>(TaskCreationOptions.RunContinuationsAsynchronously);
        client.Setup(c => c.SendRequest(It.IsAny<SendMessageRequest>(), It.IsAny<CancellationToken>()))
            .Returns((SendMessageRequest request, CancellationToken _) => request.ChatId.Identifier == 1 ? slowChat.Task : Task.FromResult(Deliver(request)));
        foreach (var n in Enumerable.Range(1, 50))
        {
            outbox.Add(Text(1, $"flood {n}"));
        }

        var options = Options.Create(new TelegramOptions { PerChatBurst = 100, PerChatPerSecond = 100, MessagesPerSecond = 1000 });
        using var limits = new SendLimits(options);
        var signal = new OutboxSignal();
        using var sender = new OutboxSender(client.Object, outbox, signal, limits, Localizer, options, Shutdown, NullLogger<OutboxSender>.Instance);
        await sender.StartAsync(CancellationToken.None);
        try
        {
            signal.Notify();
            await Eventually.True(() => client.Invocations.Count >= 1, "the flooded chat's first message in flight");
            // Committed while the flooded chat's message still waits for Telegram.
            var help = outbox.Add(Text(2, "/help answer"));
            signal.Notify();
            await Eventually.True(() => outbox[help].Status == OutboxStatus.Sent, "the other chat's reply sent while the first chat waits");
        }
        finally
        {
            slowChat.SetResult(new Message { Id = 1, Chat = new Chat { Id = 1 } });
            await sender.StopAsync(CancellationToken.None);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    private Task RunUntil(Func<bool> done) => SenderRun.UntilAsync(client.Object, outbox, done, "the outbox to be delivered");

    private Message Deliver(SendMessageRequest request)
    {
        delivered.Enqueue(request);
        return new Message { Id = Interlocked.Increment(ref nextMessageId), Chat = new Chat { Id = request.ChatId.Identifier ?? 0 }, Text = request.Text };
    }

    private static Outbound Text(long chatId, string text) => new() { ChatId = chatId, Text = text };
}
