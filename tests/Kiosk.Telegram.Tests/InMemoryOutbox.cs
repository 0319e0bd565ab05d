using System.Collections.Concurrent;
using Kiosk.Conversations.Delivery;
using Kiosk.Conversations.Engine;

namespace Kiosk.Telegram.Tests;

/// <summary>An outbox in memory with the same contract as the LiteDB one.</summary>
public sealed class InMemoryOutbox : IOutbox
{
    private readonly ConcurrentDictionary<long, OutboxEntry> entries = new();
    private long nextId;

    public ConcurrentBag<long> Unreachable { get; } = [];

    public long Add(Outbound message, int priority = 0)
    {
        var id = Interlocked.Increment(ref nextId);
        entries[id] = new OutboxEntry { Id = id, ChatId = message.ChatId, Message = message, Priority = priority };
        return id;
    }

    public OutboxEntry this[long id] => entries[id];

    public IReadOnlyList<OutboxEntry> Pending(int max) => entries.Values
        .Where(entry => entry.Status == OutboxStatus.Pending).OrderBy(entry => entry.Priority).ThenBy(entry => entry.Id).Take(max).ToList();

    public Task<IReadOnlyList<long>> ChatsWaitingAsync(int max, IReadOnlySet<long> skip) =>
        Task.FromResult<IReadOnlyList<long>>([.. Pending(int.MaxValue).Select(entry => entry.ChatId).Where(chat => !skip.Contains(chat)).Distinct().Take(max)]);

    public Task<IReadOnlyList<OutboxEntry>> PendingOfAsync(long chatId, int max) =>
        Task.FromResult<IReadOnlyList<OutboxEntry>>([.. entries.Values.Where(entry => entry.ChatId == chatId && entry.Status == OutboxStatus.Pending).OrderBy(entry => entry.Id).Take(max)]);

    public Task MarkSentAsync(IReadOnlyList<(long Id, int? TelegramMessageId)> sent)
    {
        MarkSent(sent);
        return Task.CompletedTask;
    }

    public void MarkSent(long id, int? telegramMessageId)
    {
        entries[id].Status = OutboxStatus.Sent;
        entries[id].TelegramMessageId = telegramMessageId;
    }

    public void MarkSent(IReadOnlyList<(long Id, int? TelegramMessageId)> sent)
    {
        foreach (var (id, messageId) in sent)
        {
            MarkSent(id, messageId);
        }
    }

    public void MarkFailed(long id, string reason)
    {
        entries[id].Status = OutboxStatus.Failed;
        entries[id].Failure = reason;
    }

    public void MarkUnreachable(long chatId, string reason)
    {
        Unreachable.Add(chatId);
        foreach (var entry in entries.Values.Where(entry => entry.ChatId == chatId && entry.Status == OutboxStatus.Pending))
        {
            MarkFailed(entry.Id, reason);
        }
    }
}
