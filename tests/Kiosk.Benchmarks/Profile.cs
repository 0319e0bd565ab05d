using System.Diagnostics;
using Kiosk.Conversations.Delivery;
using Kiosk.Conversations.Engine;

namespace Kiosk.Benchmarks;

/// <summary>Where the bot's time goes: time in the engine, in the turn's LiteDB transaction and in the outbox, summed over a run.</summary>
public sealed class Profile
{
    private long engine, turnStore, outboxReads, outboxMarks, turns, marks;

    /// <summary>Starts a new run.</summary>
    public void Reset() => engine = turnStore = outboxReads = outboxMarks = turns = marks = 0;

    /// <summary>A Markdown row: milliseconds per update in each part and the share of the run's time they fill.</summary>
    public string Row(string name, double seconds) =>
        $"| {name} | {Ms(engine) / turns:0.00} | {Ms(turnStore - engine) / turns:0.00} | {(double)marks / turns:0.0} | {Ms(outboxMarks) / turns:0.00} | {Ms(outboxReads) / turns:0.00} | {Ms(turnStore + outboxMarks + outboxReads) / 1000 / seconds:P0} |";

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    /// <summary>The turn store, timed.</summary>
    public sealed class TurnStore(ITurnStore inner, Profile profile) : ITurnStore
    {
        /// <inheritdoc />
        public bool Commit(Inbound inbound, Func<Conversation, TurnResult> turn)
        {
            var start = Stopwatch.GetTimestamp();
            var handled = inner.Commit(inbound, conversation =>
            {
                var engineStart = Stopwatch.GetTimestamp();
                var result = turn(conversation);
                Interlocked.Add(ref profile.engine, Stopwatch.GetTimestamp() - engineStart);
                return result;
            });
            Interlocked.Add(ref profile.turnStore, Stopwatch.GetTimestamp() - start);
            Interlocked.Increment(ref profile.turns);
            return handled;
        }

        /// <inheritdoc />
        public IReadOnlyList<bool> CommitAll(IReadOnlyList<Inbound> inbounds, Func<Inbound, Conversation, TurnResult> turn)
        {
            var start = Stopwatch.GetTimestamp();
            var handled = inner.CommitAll(inbounds, (inbound, conversation) =>
            {
                var engineStart = Stopwatch.GetTimestamp();
                var result = turn(inbound, conversation);
                Interlocked.Add(ref profile.engine, Stopwatch.GetTimestamp() - engineStart);
                return result;
            });
            Interlocked.Add(ref profile.turnStore, Stopwatch.GetTimestamp() - start);
            Interlocked.Add(ref profile.turns, inbounds.Count);
            return handled;
        }
    }

    /// <summary>The outbox, timed.</summary>
    public sealed class Outbox(IOutbox inner, Profile profile) : IOutbox
    {
        /// <inheritdoc />
        public IReadOnlyList<OutboxEntry> Pending(int max) => Time(ref profile.outboxReads, () => inner.Pending(max));

        public Task<IReadOnlyList<long>> ChatsWaitingAsync(int max, IReadOnlySet<long> skip) =>
            TimeAsync(ticks => Interlocked.Add(ref profile.outboxReads, ticks), () => inner.ChatsWaitingAsync(max, skip));

        public Task<IReadOnlyList<OutboxEntry>> PendingOfAsync(long chatId, int max) =>
            TimeAsync(ticks => Interlocked.Add(ref profile.outboxReads, ticks), () => inner.PendingOfAsync(chatId, max));

        public Task MarkSentAsync(IReadOnlyList<(long Id, int? TelegramMessageId)> sent) =>
            TimeAsync(ticks => Interlocked.Add(ref profile.outboxMarks, ticks), async () =>
            {
                await inner.MarkSentAsync(sent);
                return Interlocked.Add(ref profile.marks, sent.Count);
            });

        private static async Task<T> TimeAsync<T>(Action<long> add, Func<Task<T>> work)
        {
            var start = Stopwatch.GetTimestamp();
            var result = await work();
            add(Stopwatch.GetTimestamp() - start);
            return result;
        }

        /// <inheritdoc />
        public void MarkSent(long id, int? telegramMessageId) => Time(ref profile.outboxMarks, () => { inner.MarkSent(id, telegramMessageId); return Interlocked.Increment(ref profile.marks); });

        /// <inheritdoc />
        public void MarkSent(IReadOnlyList<(long Id, int? TelegramMessageId)> sent) =>
            Time(ref profile.outboxMarks, () => { inner.MarkSent(sent); return Interlocked.Add(ref profile.marks, sent.Count); });

        /// <inheritdoc />
        public void MarkFailed(long id, string reason) => inner.MarkFailed(id, reason);

        /// <inheritdoc />
        public void MarkUnreachable(long chatId, string reason) => inner.MarkUnreachable(chatId, reason);

        private static T Time<T>(ref long total, Func<T> work)
        {
            var start = Stopwatch.GetTimestamp();
            var result = work();
            Interlocked.Add(ref total, Stopwatch.GetTimestamp() - start);
            return result;
        }
    }
}
