using Kiosk.Conversations.Delivery;
using LiteDB;

namespace Kiosk.Storage;

/// <summary>The outbox in LiteDB.</summary>
public sealed class Outbox(KioskDatabase database) : IOutbox
{
    /// <inheritdoc />
    public IReadOnlyList<OutboxEntry> Pending(int max) => database.Run(() =>
        database.Outbox.Find(entry => entry.Status == OutboxStatus.Pending).OrderBy(entry => entry.Priority).ThenBy(entry => entry.Id).Take(max).ToList());

    /// <inheritdoc />
    public Task<IReadOnlyList<long>> ChatsWaitingAsync(int max, IReadOnlySet<long> skip) => database.RunAsync(() => Waiting(max, skip));

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxEntry>> PendingOfAsync(long chatId, int max) => database.RunAsync(() => PendingOf(chatId, max));

    /// <inheritdoc />
    public Task MarkSentAsync(IReadOnlyList<(long Id, int? TelegramMessageId)> sent) => database.InTransactionAsync(() => MarkAll(sent));

    private IReadOnlyList<long> Waiting(int max, IReadOnlySet<long> skip)
    {
        // Ids only, as documents (no mapping of the messages): the sender asks after every commit.
        var heads = database.Database.GetCollection(StoredCollections.Outbox.Name).Query()
            .Where(BsonExpression.Create("Status = @0", nameof(OutboxStatus.Pending)))
            .Select(BsonExpression.Create("{ _id: $._id, ChatId: $.ChatId }"))
            .ToEnumerable()
            .Select(head => (Id: head["_id"].AsInt64, ChatId: head["ChatId"].AsInt64))
            .OrderBy(head => head.Id);
        return heads.Select(head => head.ChatId).Where(chat => !skip.Contains(chat)).Distinct().Take(max).ToList();
    }

    private IReadOnlyList<OutboxEntry> PendingOf(long chatId, int max) =>
        database.Outbox.Find(entry => entry.PendingChat == chatId).Where(entry => entry.Status == OutboxStatus.Pending).OrderBy(entry => entry.Id).Take(max).ToList();

    /// <inheritdoc />
    public void MarkSent(IReadOnlyList<(long Id, int? TelegramMessageId)> sent) => database.InTransaction(() => MarkAll(sent));

    private bool MarkAll(IReadOnlyList<(long Id, int? TelegramMessageId)> sent)
    {
        foreach (var (id, messageId) in sent)
        {
            MarkSentHere(id, messageId);
        }

        return true;
    }

    /// <inheritdoc />
    public void MarkSent(long id, int? telegramMessageId) => database.Run(() => MarkSentHere(id, telegramMessageId));

    private void MarkSentHere(long id, int? telegramMessageId)
    {
        // The stored document as it is: turning the message (text, buttons) into objects and back would be most of
        // the cost, and the sender marks every message it sends.
        var entries = database.Database.GetCollection(StoredCollections.Outbox.Name);
        if (entries.FindById(id) is not { } entry)
        {
            return;
        }

        if (entry[nameof(OutboxEntry.ForgetWhenSent)] is { IsBoolean: true, AsBoolean: true })
        {
            entries.Delete(id);
            return;
        }

        entry[nameof(OutboxEntry.Status)] = nameof(OutboxStatus.Sent);
        entry[nameof(OutboxEntry.PendingChat)] = BsonValue.Null;
        entry[nameof(OutboxEntry.TelegramMessageId)] = telegramMessageId is { } messageId ? new BsonValue(messageId) : BsonValue.Null;
        entries.Update(entry);
    }

    /// <inheritdoc />
    public void MarkFailed(long id, string reason) => Update(id, entry =>
    {
        entry.Status = OutboxStatus.Failed;
        entry.Failure = reason;
    });

    /// <inheritdoc />
    public void MarkUnreachable(long chatId, string reason) => database.InTransaction(() =>
    {
        foreach (var entry in database.Outbox.Find(entry => entry.ChatId == chatId && entry.Status == OutboxStatus.Pending).ToList())
        {
            entry.Status = OutboxStatus.Failed;
            entry.Failure = reason;
            database.Outbox.Update(entry);
        }

        if (database.Members.FindById(chatId) is { } member)
        {
            member.Unreachable = true;
            database.Members.Update(member);
        }

        return true;
    });

    private void Update(long id, Action<OutboxEntry> change) => database.Run(() =>
    {
        if (database.Outbox.FindById(new BsonValue(id)) is { } entry)
        {
            change(entry);
            database.Outbox.Update(entry);
        }
    });
}
