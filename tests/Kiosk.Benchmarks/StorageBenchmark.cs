using System.Diagnostics;
using Kiosk.Conversations.Delivery;
using Kiosk.Conversations.Engine;
using Kiosk.Domain;
using Kiosk.Storage;
using NodaTime;

namespace Kiosk.Benchmarks;

/// <summary>
/// What committing a turn costs in LiteDB against the least any durable design pays: one bare LiteDB transaction
/// writing the same documents (inbox entry, chat state, member, three replies). Both go through the database's owner
/// thread, in alternating blocks, on one file; the turn store also reads the chat, member, offers and requests first.
/// </summary>
public static class StorageBenchmark
{
    /// <summary>Runs it and prints a Markdown table; exit code 1 when the turn costs more than twice the bare write.</summary>
    public static int Run(string[] args)
    {
        var turns = Arguments.Int(args, "--turns", 5000);
        var stored = Arguments.Int(args, "--people", 10_000);
        var directory = Directory.CreateTempSubdirectory("kiosk-storage-").FullName;
        try
        {
            using var database = new KioskDatabase(Path.Combine(directory, "kiosk.db"));
            var now = SystemClock.Instance.GetCurrentInstant();
            database.InTransaction(() => database.Members.InsertBulk(Enumerable.Range(1, stored).Select(i => new Member { Id = i, FirstName = $"P{i}", PrivacyAcceptedAt = now })));
            var store = new TurnStore(database, SystemClock.Instance);
            var turn = new Latencies();
            var bare = new Latencies();
            long updateId = 0;
            for (var block = 0; block < turns / 100; block++)
            {
                for (var i = 0; i < 100; i++)
                {
                    var person = 1 + (block * 100 + i) % stored;
                    var inbound = new Inbound { UpdateId = ++updateId, ChatId = person, UserId = person, Kind = InboundKind.Text, Text = "/menu" };
                    turn.Measure(() => store.Commit(inbound, conversation => Result(person, conversation.Member!, now)));
                }

                for (var i = 0; i < 100; i++)
                {
                    var person = 1 + (block * 100 + i) % stored;
                    var id = ++updateId;
                    var result = Result(person, new Member { Id = person, FirstName = $"P{person}", PrivacyAcceptedAt = now }, now);
                    bare.Measure(() => database.InTransaction(() =>
                    {
                        database.Inbox.Insert(new InboxEntry { UpdateId = id, HandledAt = now });
                        database.Chats.Upsert(result.State!);
                        database.Members.Upsert(result.Member!);
                        database.Outbox.Insert(result.Messages.Select(message => new OutboxEntry { ChatId = person, Message = message, CreatedAt = now }));
                        return true;
                    }));
                }
            }

            var ratio = turn.Percentile(0.5) / bare.Percentile(0.5);
            Console.WriteLine($"{turns} turns and {turns} bare transactions, {stored:N0} people stored; load average {Arguments.LoadAverage()}");
            Console.WriteLine("| what | median (ms) | p99 (ms) |");
            Console.WriteLine("| --- | --- | --- |");
            Console.WriteLine($"| bare LiteDB transaction: inbox entry, chat state, member, 3 replies | {bare.Percentile(0.5) / 1000:0.000} | {bare.Percentile(0.99) / 1000:0.000} |");
            Console.WriteLine($"| the kiosk's turn commit (TurnStore), same documents | {turn.Percentile(0.5) / 1000:0.000} | {turn.Percentile(0.99) / 1000:0.000} |");
            Console.WriteLine();
            Console.WriteLine($"turn / bare (medians): {ratio:0.00} (target <= 2)");
            return ratio <= 2 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    // What a turn at the menu returns: the chat's state, the member, three replies of everyday length.
    private static TurnResult Result(long person, Member member, Instant now) => new(
        new ChatState { ChatId = person, Language = "de" },
        member,
        [.. Enumerable.Range(0, 3).Select(i => new Outbound { ChatId = person, Kind = OutboundKind.Message, Text = $"Antwort {i}: " + new string('x', 180) })]);
}
