using Kiosk.Conversations.Engine;
using NodaTime;

namespace Kiosk.Conversations.Delivery;

/// <summary>Where an outgoing message is on its way to Telegram.</summary>
public enum OutboxStatus
{
    /// <summary>Committed, not yet confirmed by Telegram.</summary>
    Pending,

    /// <summary>Telegram answered 200.</summary>
    Sent,

    /// <summary>Telegram refused it for good (400, or 403 because the person blocked the bot).</summary>
    Failed,
}

/// <summary>One stored outgoing message.</summary>
public sealed class OutboxEntry
{
    /// <summary>Increasing id: the order in which messages were committed.</summary>
    public long Id { get; set; }

    /// <summary>The chat it goes to (copied from the message for indexing).</summary>
    public long ChatId { get; set; }

    /// <summary>Lower goes first: replies (0) before announcements.</summary>
    public int Priority { get; set; }

    /// <summary>What to send.</summary>
    public Outbound Message { get; set; } = new();

    /// <summary>Where it is.</summary>
    public OutboxStatus Status { get; set; }

    /// <summary>
    /// The chat while the message is pending, else null: stored for an index that finds a chat's pending messages without
    /// reading the ones already sent (kept for days). Follows <see cref="Status"/>; the setter is for the mapper only.
    /// </summary>
    public long? PendingChat
    {
        get => Status == OutboxStatus.Pending ? ChatId : null;
        set { }
    }

    /// <summary>When it was committed.</summary>
    public Instant CreatedAt { get; set; }

    /// <summary>Telegram's message id once sent, for later edits.</summary>
    public int? TelegramMessageId { get; set; }

    /// <summary>Why it failed, for the logs (never the message text).</summary>
    public string? Failure { get; set; }

    /// <summary>
    /// The failure of a message to someone who never started the bot (Telegram: "chat not found"), e.g. a moderation card
    /// to a coordinator from the configuration: sent again once they write (<see cref="RetryWithin"/>).
    /// </summary>
    public const string NotStarted = "400 chat not found";

    /// <summary>How old a refused message may be and still be sent when the person starts the bot.</summary>
    public static readonly Duration RetryWithin = Duration.FromDays(7);

    /// <summary>
    /// The person whose turn wrote this message to someone else (their relayed words, their request on a newcomer's
    /// card, their offer on a coordinator's card): when they delete their data, the copy goes too, whether or not it
    /// names them. Null for messages to the person's own chat and for the system's own messages.
    /// </summary>
    public long? AboutId { get; set; }

    /// <summary>
    /// The last words to someone who deleted their data (no member, no chat left): delivered, then not kept.
    /// </summary>
    public bool ForgetWhenSent { get; set; }
}

/// <summary>The sender's view of the outbox. Implemented by storage.</summary>
public interface IOutbox
{
    /// <summary>Up to <paramref name="max"/> pending messages, by priority then commit order.</summary>
    IReadOnlyList<OutboxEntry> Pending(int max);

    /// <summary>
    /// Up to <paramref name="max"/> chats with pending messages, the chat of the oldest first, none of
    /// <paramref name="skip"/> (chats still being served). Reads only ids, not the messages.
    /// </summary>
    Task<IReadOnlyList<long>> ChatsWaitingAsync(int max, IReadOnlySet<long> skip);

    /// <summary>The first <paramref name="max"/> pending messages of one chat, in commit order.</summary>
    Task<IReadOnlyList<OutboxEntry>> PendingOfAsync(long chatId, int max);

    /// <summary>Marks these messages sent in one transaction, without a thread waiting for the database.</summary>
    Task MarkSentAsync(IReadOnlyList<(long Id, int? TelegramMessageId)> sent);

    /// <summary>Telegram confirmed the message.</summary>
    void MarkSent(long id, int? telegramMessageId);

    /// <summary>Telegram confirmed these messages: marked in one transaction.</summary>
    void MarkSent(IReadOnlyList<(long Id, int? TelegramMessageId)> sent);

    /// <summary>Telegram refused the message for good.</summary>
    void MarkFailed(long id, string reason);

    /// <summary>The person blocked the bot: fail their pending messages and mark them unreachable.</summary>
    void MarkUnreachable(long chatId, string reason);
}
