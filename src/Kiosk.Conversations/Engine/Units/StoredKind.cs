using NodaTime;

namespace Kiosk.Conversations.Engine.Units;

/// <summary>A record a flow stores: its id, whose it is, and when it was made (retention counts from there).</summary>
public interface IStoredRecord
{
    /// <summary>The record's id.</summary>
    string Id { get; }

    /// <summary>The member it is about (/mydata shows it to them, /delete erases it).</summary>
    long MemberId { get; }

    /// <summary>When it was made.</summary>
    Instant CreatedAt { get; }
}

/// <summary>
/// A kind of record, declared once with its privacy policy: the collection it lives in, what /mydata shows of it,
/// that /delete erases the member's records, and after how long retention removes them.
/// </summary>
public abstract class StoredKind
{
    /// <summary>The LiteDB collection.</summary>
    public abstract string Collection { get; }

    /// <summary>The record type.</summary>
    public abstract Type RecordType { get; }

    /// <summary>
    /// How long a record is kept: null for Storage:RetentionDays (the kiosk's general rule); a shorter span for
    /// records that are useless sooner.
    /// </summary>
    public abstract Duration? KeptFor { get; }

    /// <summary>What /mydata shows of one record (plain values only: no other person's data).</summary>
    public abstract object Show(IStoredRecord record);
}

/// <summary>A kind of record of type <typeparamref name="T"/>.</summary>
/// <param name="collection">The LiteDB collection.</param>
/// <param name="show">What /mydata shows of one record.</param>
/// <param name="keptFor">How long it is kept; null for Storage:RetentionDays.</param>
public sealed class StoredKind<T>(string collection, Func<T, object> show, Duration? keptFor = null) : StoredKind where T : class, IStoredRecord
{
    /// <inheritdoc />
    public override string Collection => collection;

    /// <inheritdoc />
    public override Type RecordType => typeof(T);

    /// <inheritdoc />
    public override Duration? KeptFor => keptFor;

    /// <inheritdoc />
    public override object Show(IStoredRecord record) => show((T)record);
}
