using System.Collections.Concurrent;
using Kiosk.Conversations.Delivery;
using Kiosk.Conversations.Engine;
using Kiosk.Storage;
using LiteDB;

namespace Kiosk.Benchmarks;

/// <summary>
/// The access pattern that broke LiteDB 5.0.21 under CPU pressure (two writers committing turns, several threads marking
/// messages sent, two readers of the outbox), run for a while against one database file: with every thread inside
/// LiteDB at once (<c>--direct</c>, as the bot did before), and through the database's single owner thread (the bot
/// now). Counts the exceptions of each kind. Run it beside busy processes to reproduce the failures.
/// </summary>
public static class LiteDbStress
{
    /// <summary>Runs it and prints what failed; exit code 1 when anything did.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = Arguments.Int(args, "--seconds", 30);
        var direct = args.Contains("--direct");
        var directory = Directory.CreateTempSubdirectory("kiosk-stress-").FullName;
        var failures = new ConcurrentDictionary<string, int>();
        long operations = 0;
        try
        {
            using var kiosk = new KioskDatabase(Path.Combine(directory, "kiosk.db"));
            // --direct: the LiteDB instance taken from the owner and used from every thread, as before the owner.
            var raw = direct ? kiosk.Run(() => kiosk.Database) : null;
            T Use<T>(Func<LiteDatabase, T> work) => raw is not null ? work(raw) : kiosk.Run(() => work(kiosk.Database));
            T Transaction<T>(Func<LiteDatabase, T> work) => Use(db =>
            {
                var own = db.BeginTrans();
                try
                {
                    var result = work(db);
                    if (own)
                    {
                        db.Commit();
                    }

                    return result;
                }
                catch
                {
                    if (own)
                    {
                        db.Rollback();
                    }

                    throw;
                }
            });

            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
            Task Start(string name, Action step) => Task.Factory.StartNew(() =>
            {
                while (!stop.IsCancellationRequested)
                {
                    try
                    {
                        step();
                        Interlocked.Increment(ref operations);
                    }
                    catch (Exception exception)
                    {
                        failures.AddOrUpdate($"{name}: {exception.GetType().Name}: {exception.Message.Split('\n')[0]}", 1, (_, n) => n + 1);
                    }
                }
            }, TaskCreationOptions.LongRunning);

            var next = 0L;
            var tasks = new List<Task>();

            for (var writer = 0; writer < 2; writer++)
            {
                var chat = 1000L + writer;
                tasks.Add(Start("turn", () => Transaction(db =>
                {
                    var id = Interlocked.Increment(ref next);
                    db.GetCollection<InboxEntry>("inbox").Insert(new InboxEntry { UpdateId = id });
                    db.GetCollection<ChatState>("chats").Upsert(new ChatState { ChatId = chat, Language = "de" });
                    var outbox = db.GetCollection<OutboxEntry>(StoredCollections.Outbox.Name);
                    for (var i = 0; i < 3; i++)
                    {
                        outbox.Insert(new OutboxEntry { ChatId = chat + i, Message = new Outbound { ChatId = chat + i, Text = new string('x', 200) } });
                    }

                    return true;
                })));
            }

            var markers = Arguments.Int(args, "--markers", 16);
            for (var marker = 0; marker < markers; marker++)
            {
                // As the sender marked before its batcher: one document at a time, each in LiteDB's own transaction.
                tasks.Add(Start("mark sent", () => Use(db =>
                {
                    var outbox = db.GetCollection(StoredCollections.Outbox.Name);
                    var id = Random.Shared.NextInt64(1, Math.Max(2, Interlocked.Read(ref next) * 3));
                    if (outbox.FindById(id) is { } entry)
                    {
                        entry[nameof(OutboxEntry.Status)] = nameof(OutboxStatus.Sent);
                        outbox.Update(entry);
                    }

                    return true;
                })));
            }

            for (var reader = 0; reader < 2; reader++)
            {
                tasks.Add(Start("read outbox", () => Use(db => db.GetCollection<OutboxEntry>(StoredCollections.Outbox.Name).Find(entry => entry.Status == OutboxStatus.Pending).Take(500).Count())));
            }

            await Task.WhenAll(tasks);
            Console.WriteLine($"{(direct ? "every thread inside LiteDB (--direct)" : "one owner thread")}: {seconds} s, {Interlocked.Read(ref operations):N0} operations, " +
                $"{failures.Values.Sum()} failures; load average {Arguments.LoadAverage()}");
            foreach (var (failure, count) in failures.OrderByDescending(pair => pair.Value))
            {
                Console.WriteLine($"  {count} x {failure}");
            }

            return failures.IsEmpty ? 0 : 1;
        }
        finally
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // A LiteDB engine closed by a failure may still hold the file.
            }
        }
    }
}
