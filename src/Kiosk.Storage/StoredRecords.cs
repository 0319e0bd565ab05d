using Kiosk.Conversations.Engine.Units;
using LiteDB;
using NodaTime;

namespace Kiosk.Storage;

/// <summary>
/// The records of flows built as units (<see cref="FlowRegistry.Stores"/>), in one collection per kind: stored with a
/// turn, found by id, shown to their member, erased with the member, and removed after their kind's retention. A new
/// kind needs nothing here.
/// </summary>
public static class StoredRecords
{
    /// <summary>Stores records as they are (inside the turn's transaction).</summary>
    public static void Save(KioskDatabase database, IEnumerable<IStoredRecord> records)
    {
        foreach (var record in records)
        {
            var kind = KindOf(record.GetType());
            database.Database.GetCollection(kind.Collection).Upsert(database.Database.Mapper.ToDocument(record.GetType(), record));
        }
    }

    /// <summary>One record, or null.</summary>
    public static T? Find<T>(KioskDatabase database, StoredKind<T> kind, string id) where T : class, IStoredRecord =>
        database.Database.GetCollection<T>(kind.Collection).FindById(id);

    /// <summary>Every record of one kind.</summary>
    public static IReadOnlyList<IStoredRecord> All(KioskDatabase database, StoredKind kind) =>
        database.Database.GetCollection(kind.Collection).FindAll()
            .Select(document => (IStoredRecord)database.Database.Mapper.ToObject(kind.RecordType, document)).ToList();

    /// <summary>A member's records of one kind.</summary>
    public static IReadOnlyList<IStoredRecord> Of(KioskDatabase database, StoredKind kind, long memberId) =>
        database.Database.GetCollection(kind.Collection).Find(Query.EQ(nameof(IStoredRecord.MemberId), memberId))
            .Select(document => (IStoredRecord)database.Database.Mapper.ToObject(kind.RecordType, document)).ToList();

    /// <summary>/delete: every record of the member, of every kind.</summary>
    public static int Erase(KioskDatabase database, long memberId) =>
        FlowRegistry.Stores.Sum(kind => database.Database.GetCollection(kind.Collection).DeleteMany(Query.EQ(nameof(IStoredRecord.MemberId), memberId)));

    /// <summary>Retention: records made before their kind's span (or <paramref name="retentionDays"/>) ago; one transaction per kind.</summary>
    public static int Expire(KioskDatabase database, Instant now, int retentionDays) =>
        FlowRegistry.Stores.Sum(kind => database.InTransaction(() =>
        {
            var cutoff = now - (kind.KeptFor ?? Duration.FromDays(retentionDays));
            return database.Database.GetCollection(kind.Collection).DeleteMany(Query.LT(nameof(IStoredRecord.CreatedAt), new BsonValue(cutoff.ToUnixTimeTicks())));
        }));

    private static StoredKind KindOf(Type type) => FlowRegistry.Stores.FirstOrDefault(kind => kind.RecordType == type)
        ?? throw new InvalidOperationException($"{type.Name} is not declared by any flow (Flow.Stores)");
}
