using Kiosk.Conversations.Delivery;
using Kiosk.Conversations.Engine;
using Kiosk.Domain;
using LiteDB;
using NodaTime;
using NodaTime.Text;
using Kiosk.Conversations.Forms;

namespace Kiosk.Storage;

/// <summary>The one BsonMapper of the kiosk: NodaTime types and document ids registered once.</summary>
public static class KioskMapper
{
    private static readonly LocalDateTimePattern LocalPattern = LocalDateTimePattern.ExtendedIso;

    /// <summary>Builds the mapper.</summary>
    public static BsonMapper Create()
    {
        // Store texts exactly as written: LiteDB would otherwise trim them and turn "" into null, and a
        // skipped description ("") would come back as "not answered yet".
        var mapper = new BsonMapper { EmptyStringToNull = false, TrimWhitespace = false };
        // Ticks since the Unix epoch: exact, and free of LiteDB's local-time conversion of DateTime.
        mapper.RegisterType<Instant>(instant => instant.ToUnixTimeTicks(), bson => Instant.FromUnixTimeTicks(bson.AsInt64));
        mapper.RegisterType<LocalDateTime>(local => LocalPattern.Format(local), bson => LocalPattern.Parse(bson.AsString).GetValueOrThrow());
        mapper.RegisterType<LocalDateTime?>(
            local => local is { } value ? LocalPattern.Format(value) : BsonValue.Null,
            bson => bson.IsNull ? null : LocalPattern.Parse(bson.AsString).GetValueOrThrow());
        mapper.RegisterType<LocalDate>(date => LocalDatePattern.Iso.Format(date), bson => LocalDatePattern.Iso.Parse(bson.AsString).GetValueOrThrow());
        mapper.RegisterType<LocalDate?>(
            date => date is { } value ? LocalDatePattern.Iso.Format(value) : BsonValue.Null,
            bson => bson.IsNull ? null : LocalDatePattern.Iso.Parse(bson.AsString).GetValueOrThrow());
        mapper.RegisterType<WeeklyAvailability>(availability => availability.Slots, bson => new WeeklyAvailability(bson.AsInt32));
        foreach (var collection in StoredCollections.All)
        {
            collection.RegisterId(mapper);
        }

        WarmUp(mapper);
        return mapper;
    }

    // LiteDB 5 registers a type's mapping before filling in its members, and does so lazily on first
    // use: two threads mapping the same type for the first time can see a half-built mapping (seen as
    // messages read back without their text). Mapping every stored type once, before any thread uses
    // the database, avoids that race.
    private static void WarmUp(BsonMapper mapper)
    {
        foreach (var collection in StoredCollections.All)
        {
            collection.WarmUp(mapper);
        }
    }
}

/// <summary>A handled update id; its presence makes a redelivery harmless.</summary>
public sealed class InboxEntry
{
    /// <summary>Telegram's update id.</summary>
    public long UpdateId { get; set; }

    /// <summary>When it was handled.</summary>
    public Instant HandledAt { get; set; }
}
