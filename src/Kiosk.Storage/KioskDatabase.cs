using Kiosk.Conversations.Delivery;
using Kiosk.Conversations.Engine;
using Kiosk.Domain;
using LiteDB;

namespace Kiosk.Storage;

/// <summary>
/// The kiosk's one LiteDB file, opened in Direct mode (Shared mode's mutex breaks under async code).
/// LiteDB transactions belong to a thread: callers never await between begin and commit.
/// </summary>
public sealed class KioskDatabase : IDisposable
{
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

        Database = Open(path, string.IsNullOrEmpty(password) ? null : password);
        Outbox.EnsureIndex(entry => entry.Status);
        Outbox.EnsureIndex(entry => entry.ChatId);
        Members.EnsureIndex(member => member.Banned);
        Offers.EnsureIndex(offer => offer.MemberId);
        Offers.EnsureIndex(offer => offer.Category);
        Requests.EnsureIndex(request => request.MemberId);
        Requests.EnsureIndex(request => request.Status);
        Matches.EnsureIndex(match => match.RequestId);
        Steps.EnsureIndex(step => step.Done);
        Matches.EnsureIndex(match => match.NeighbourId);
        Matches.EnsureIndex(match => match.NewcomerId);
        Matches.EnsureIndex(match => match.AskedAt);
        Broadcasts.EnsureIndex(broadcast => broadcast.Status);
        Deliveries.EnsureIndex(delivery => delivery.Status);
        Deliveries.EnsureIndex(delivery => delivery.ChatId);
        AdviceRequests.EnsureIndex(request => request.MemberId);
        AdviceRequests.EnsureIndex(request => request.Status);
    }

    /// <summary>The LiteDB instance.</summary>
    public LiteDatabase Database { get; }

    /// <summary>Handled update ids.</summary>
    public ILiteCollection<InboxEntry> Inbox => Database.GetCollection<InboxEntry>("inbox");

    /// <summary>Per-chat conversation state.</summary>
    public ILiteCollection<ChatState> Chats => Database.GetCollection<ChatState>("chats");

    /// <summary>People who accepted the privacy notice.</summary>
    public ILiteCollection<Member> Members => Database.GetCollection<Member>("members");

    /// <summary>Newcomers' offers.</summary>
    public ILiteCollection<Offer> Offers => Database.GetCollection<Offer>("offers");

    /// <summary>Neighbours' help requests.</summary>
    public ILiteCollection<HelpRequest> Requests => Database.GetCollection<HelpRequest>("requests");

    /// <summary>Help requests brought together with offers.</summary>
    public ILiteCollection<Kiosk.Domain.Matching.Match> Matches => Database.GetCollection<Kiosk.Domain.Matching.Match>("matches");

    /// <summary>Reports from chats through the bot, for coordinators.</summary>
    public ILiteCollection<Kiosk.Domain.Matching.Report> Reports => Database.GetCollection<Kiosk.Domain.Matching.Report>("reports");

    /// <summary>Time-based steps of matches.</summary>
    public ILiteCollection<Kiosk.Domain.Matching.ScheduledStep> Steps => Database.GetCollection<Kiosk.Domain.Matching.ScheduledStep>("schedule");

    /// <summary>Coordinator invite links.</summary>
    public ILiteCollection<Kiosk.Domain.Coordination.CoordinatorInvite> Invites => Database.GetCollection<Kiosk.Domain.Coordination.CoordinatorInvite>("invites");

    /// <summary>Announcements of the coordinators.</summary>
    public ILiteCollection<Kiosk.Domain.Broadcasts.Broadcast> Broadcasts => Database.GetCollection<Kiosk.Domain.Broadcasts.Broadcast>("broadcasts");

    /// <summary>One copy of an announcement per person.</summary>
    public ILiteCollection<Kiosk.Domain.Broadcasts.BroadcastDelivery> Deliveries => Database.GetCollection<Kiosk.Domain.Broadcasts.BroadcastDelivery>("deliveries");

    /// <summary>Members' questions to the Smart cooperative.</summary>
    public ILiteCollection<Kiosk.Domain.Advice.AdviceRequest> AdviceRequests => Database.GetCollection<Kiosk.Domain.Advice.AdviceRequest>("advice");

    /// <summary>Events at the kiosk, with who wants a reminder.</summary>
    public ILiteCollection<Kiosk.Domain.Info.KioskEvent> Events => Database.GetCollection<Kiosk.Domain.Info.KioskEvent>("events");

    /// <summary>The outbox collection's name.</summary>
    public const string OutboxName = "outbox";

    /// <summary>Messages on their way to Telegram.</summary>
    public ILiteCollection<OutboxEntry> Outbox => Database.GetCollection<OutboxEntry>(OutboxName);

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

    /// <summary>Runs <paramref name="work"/> in one transaction on the calling thread; rolls back on any exception.</summary>
    public T InTransaction<T>(Func<T> work)
    {
        Database.BeginTrans();
        try
        {
            var result = work();
            Database.Commit();
            return result;
        }
        catch
        {
            Database.Rollback();
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose() => Database.Dispose();
}

/// <summary>The database file could not be opened with the configured password.</summary>
public sealed class StorageOpenException(string message, Exception inner) : Exception(message, inner);
