using Kiosk.Conversations.Delivery;
using Kiosk.Conversations.Engine;
using Kiosk.Domain;

namespace Kiosk.Storage.Tests;

public sealed class OutboxTests : IDisposable
{
    private readonly TemporaryDatabase file = new();

    [Fact]
    public void Pending_comes_by_priority_then_commit_order_and_sent_ones_are_gone()
    {
        using var database = file.Open();
        database.Run(() => database.Members.Insert([new Member { Id = 1 }, new Member { Id = 2 }]));
        var announcement = Add(database, chatId: 1, text: "announcement", priority: 10);
        var first = Add(database, chatId: 2, text: "reply 1");
        var second = Add(database, chatId: 1, text: "reply 2");
        var outbox = new Outbox(database);

        Assert.Equal([first, second, announcement], outbox.Pending(10).Select(entry => entry.Id).ToArray());

        outbox.MarkSent(first, 555);
        Assert.Equal([second, announcement], outbox.Pending(10).Select(entry => entry.Id).ToArray());
        Assert.Equal(555, database.Run(() => database.Outbox.FindById(first).TelegramMessageId));
    }

    [Fact]
    public void An_unreachable_person_s_pending_messages_fail_and_the_member_is_marked()
    {
        using var database = file.Open();
        database.Run(() => database.Members.Insert(new Member { Id = 9, Language = "uk" }));
        Add(database, chatId: 9, text: "a");
        Add(database, chatId: 9, text: "b");
        var other = Add(database, chatId: 10, text: "c");
        var outbox = new Outbox(database);

        outbox.MarkUnreachable(9, "403 Forbidden: bot was blocked by the user");

        Assert.Equal([other], outbox.Pending(10).Select(entry => entry.Id).ToArray());
        Assert.True(database.Run(() => database.Members.FindById(9).Unreachable));
        Assert.Equal(2, database.Run(() => database.Outbox.Count(entry => entry.Status == OutboxStatus.Failed)));
    }

    private static long Add(KioskDatabase database, long chatId, string text, int priority = 0) =>
        database.Run(() => database.Outbox.Insert(new OutboxEntry { ChatId = chatId, Priority = priority, Message = new Outbound { ChatId = chatId, Text = text } }).AsInt64);

    [Fact]
    public void A_message_marked_to_be_forgotten_is_not_kept_once_sent_and_others_keep_their_telegram_id()
    {
        using var database = file.Open();
        var goodbye = database.Run(() => database.Outbox.Insert(new OutboxEntry { ChatId = 3, ForgetWhenSent = true, Message = new Outbound { ChatId = 3, Text = "deleted, goodbye" } }).AsInt64);
        var kept = Add(database, chatId: 4, text: "hello");

        new Outbox(database).MarkSent([(goodbye, 1), (kept, 77)]);

        var left = Assert.Single(database.Run(() => database.Outbox.FindAll().ToList()));
        Assert.Equal((kept, OutboxStatus.Sent, 77, "hello"), (left.Id, left.Status, left.TelegramMessageId, left.Message.Text));
    }

    public void Dispose() => file.Dispose();
}
