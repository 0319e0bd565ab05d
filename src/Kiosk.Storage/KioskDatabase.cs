using Kiosk.Conversations.Delivery;
using Kiosk.Conversations.Engine;
using Kiosk.Domain;
using System.Collections.Concurrent;
using LiteDB;

namespace Kiosk.Storage;

/// <summary>
/// The kiosk's one LiteDB file, opened in Direct mode (Shared mode's mutex breaks under async code), with one owner:
/// a dedicated thread does all LiteDB work, handed to it through a queue (<see cref="Run{T}"/>,
/// <see cref="RunAsync{T}"/>, <see cref="InTransaction{T}"/>). LiteDB 5.0.21 fails when many threads are inside it at
/// once (its page cache recycles pages not yet marked in use: "get only index below highest index", "Maximum number of
/// transactions reached"), and its transactions belong to a thread; with one thread neither can happen. Touching a
/// collection from any other thread throws.
/// </summary>
public sealed class KioskDatabase : IDisposable
{
    private readonly BlockingCollection<Action> work = [];
    private readonly Thread owner;
    private readonly LiteDatabase database;
    private int disposed;

    /// <summary>
    /// Opens (or creates) the database at <paramref name="path"/> and ensures its indexes; with a
    /// <paramref name="password"/> the file is encrypted (LiteDB's AES).
    /// </summary>
    /// <exception cref="StorageOpenException">The password does not open the file (or a password is missing or not expected).</exception>
    public KioskDatabase(string path, string? password = null)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        owner = new Thread(Serve) { IsBackground = true, Name = "kiosk-database" };
        owner.Start();
        try
        {
            database = Run(() =>
            {
                var opened = Open(path, string.IsNullOrEmpty(password) ? null : password);
                EnsureIndexes(opened);
                ChatStateUpgrade.OnOpen(opened);
                return opened;
            });
        }
        catch
        {
            work.CompleteAdding();
            throw;
        }
    }

    /// <summary>The LiteDB instance; only on the owner thread, that is, inside <see cref="Run{T}"/> and its kin.</summary>
    public LiteDatabase Database
    {
        get
        {
            if (!IsOwnerThread)
            {
                throw new InvalidOperationException("LiteDB touched outside the database's owner thread: wrap the work in KioskDatabase.Run");
            }

            return database;
        }
    }

    /// <summary>Active offers per category between turns; writers of offers tell it (<see cref="ActiveOfferCache.Changed"/>).</summary>
    public ActiveOfferCache ActiveOffers { get; } = new();

    private bool IsOwnerThread => Thread.CurrentThread == owner;

    /// <summary>Runs <paramref name="read"/> on the owner thread and returns its result (inline when already there).</summary>
    public T Run<T>(Func<T> read) => IsOwnerThread ? read() : RunAsync(read).GetAwaiter().GetResult();

    /// <summary>Runs <paramref name="read"/> on the owner thread (inline when already there).</summary>
    public void Run(Action read) => Run(() =>
    {
        read();
        return true;
    });

    /// <summary>Queues <paramref name="read"/> for the owner thread; completes with its result or exception.</summary>
    public Task<T> RunAsync<T>(Func<T> read)
    {
        if (IsOwnerThread)
        {
            return Task.FromResult(read());
        }

        var result = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            work.Add(() =>
            {
                try
                {
                    result.SetResult(read());
                }
                catch (Exception exception)
                {
                    result.SetException(exception);
                }
            });
        }
        catch (Exception closed) when (closed is InvalidOperationException or ObjectDisposedException)
        {
            result.SetException(new ObjectDisposedException(nameof(KioskDatabase), closed));
        }

        return result.Task;
    }

    /// <summary>Runs <paramref name="work"/> in one transaction on the owner thread; rolls back on any exception.</summary>
    public T InTransaction<T>(Func<T> work) => Run(() => Transaction(work));

    /// <summary>Queues <paramref name="work"/> to run in one transaction on the owner thread.</summary>
    public Task<T> InTransactionAsync<T>(Func<T> work) => RunAsync(() => Transaction(work));

    private T Transaction<T>(Func<T> work)
    {
        // Nested (a store called inside a turn's transaction): part of the outer one.
        if (!database.BeginTrans())
        {
            return work();
        }

        try
        {
            var result = work();
            database.Commit();
            return result;
        }
        catch
        {
            database.Rollback();
            throw;
        }
        finally
        {
            ActiveOffers.TransactionEnded();
        }
    }

    private void Serve()
    {
        foreach (var piece in work.GetConsumingEnumerable())
        {
            piece();
        }
    }

    private static void EnsureIndexes(LiteDatabase database)
    {
        foreach (var collection in StoredCollections.All)
        {
            collection.Index(database);
        }

        // Pending messages stored before PendingChat existed.
        database.GetCollection(StoredCollections.Outbox.Name).UpdateMany(
            BsonExpression.Create("{ PendingChat: $.ChatId }"),
            BsonExpression.Create("Status = @0 AND PendingChat = null", nameof(OutboxStatus.Pending)));
    }

    /// <summary>Handled update ids.</summary>
    public ILiteCollection<InboxEntry> Inbox => StoredCollections.Inbox.In(Database);

    /// <summary>Per-chat conversation state.</summary>
    public ILiteCollection<ChatState> Chats => StoredCollections.Chats.In(Database);

    /// <summary>People who accepted the privacy notice.</summary>
    public ILiteCollection<Member> Members => StoredCollections.Members.In(Database);

    /// <summary>Newcomers' offers.</summary>
    public ILiteCollection<Offer> Offers => StoredCollections.Offers.In(Database);

    /// <summary>Neighbours' help requests.</summary>
    public ILiteCollection<HelpRequest> Requests => StoredCollections.Requests.In(Database);

    /// <summary>Help requests brought together with offers.</summary>
    public ILiteCollection<Kiosk.Domain.Matching.Match> Matches => StoredCollections.Matches.In(Database);

    /// <summary>Reports from chats through the bot, for coordinators.</summary>
    public ILiteCollection<Kiosk.Domain.Matching.Report> Reports => StoredCollections.Reports.In(Database);

    /// <summary>Time-based steps of matches.</summary>
    public ILiteCollection<Kiosk.Domain.Matching.ScheduledStep> Steps => StoredCollections.Steps.In(Database);

    /// <summary>Coordinator invite links.</summary>
    public ILiteCollection<Kiosk.Domain.Coordination.CoordinatorInvite> Invites => StoredCollections.Invites.In(Database);

    /// <summary>Announcements of the coordinators.</summary>
    public ILiteCollection<Kiosk.Domain.Broadcasts.Broadcast> Broadcasts => StoredCollections.Broadcasts.In(Database);

    /// <summary>One copy of an announcement per person.</summary>
    public ILiteCollection<Kiosk.Domain.Broadcasts.BroadcastDelivery> Deliveries => StoredCollections.Deliveries.In(Database);

    /// <summary>Members' questions to the Smart cooperative.</summary>
    public ILiteCollection<Kiosk.Domain.Advice.AdviceRequest> AdviceRequests => StoredCollections.AdviceRequests.In(Database);

    /// <summary>Events at the kiosk, with who wants a reminder.</summary>
    public ILiteCollection<Kiosk.Domain.Info.KioskEvent> Events => StoredCollections.Events.In(Database);

    /// <summary>Messages on their way to Telegram.</summary>
    public ILiteCollection<OutboxEntry> Outbox => StoredCollections.Outbox.In(Database);

    private static LiteDatabase Open(string path, string? password)
    {
        try
        {
            return new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, Password = password }, KioskMapper.Create());
        }
        catch (LiteException exception) when (IsAboutThePassword(exception))
        {
            // The message names the setting, never the password itself.
            throw new StorageOpenException(password is null
                ? $"Storage:Password (env Storage__Password) is missing: the database {path} is encrypted"
                : $"Storage:Password (env Storage__Password) does not open the database {path}: the password is wrong, or the file is not encrypted", exception);
        }
    }

    // LiteDB says "needs a password" without an error code of its own, hence the look at the message.
    private static bool IsAboutThePassword(LiteException exception) =>
        exception.ErrorCode is LiteException.INVALID_PASSWORD or LiteException.NOT_ENCRYPTED or LiteException.INVALID_DATABASE
        || exception.Message.Contains("password", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        try
        {
            Run(database.Dispose);
        }
        finally
        {
            work.CompleteAdding();
            if (!IsOwnerThread)
            {
                owner.Join();
            }
        }
    }
}

/// <summary>The database file could not be opened with the configured password.</summary>
public sealed class StorageOpenException(string message, Exception inner) : Exception(message, inner);
