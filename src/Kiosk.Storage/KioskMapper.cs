using Kiosk.Conversations.Delivery;
using Kiosk.Conversations.Engine;
using Kiosk.Domain;
using LiteDB;
using NodaTime;

namespace Kiosk.Storage;

/// <summary>The one BsonMapper of the kiosk: NodaTime types and document ids registered once.</summary>
public static class KioskMapper
{
    /// <summary>Builds the mapper.</summary>
    public static BsonMapper Create()
    {
        var mapper = new BsonMapper();
        // Ticks since the Unix epoch: exact, and free of LiteDB's local-time conversion of DateTime.
        mapper.RegisterType<Instant>(instant => instant.ToUnixTimeTicks(), bson => Instant.FromUnixTimeTicks(bson.AsInt64));
        mapper.Entity<ChatState>().Id(state => state.ChatId, autoId: false);
        mapper.Entity<Member>().Id(member => member.Id, autoId: false);
        mapper.Entity<OutboxEntry>().Id(entry => entry.Id, autoId: true);
        mapper.Entity<InboxEntry>().Id(entry => entry.UpdateId, autoId: false);
        WarmUp(mapper);
        return mapper;
    }

    // LiteDB 5 registers a type's mapping before filling in its members, and does so lazily on first
    // use: two threads mapping the same type for the first time can see a half-built mapping (seen as
    // messages read back without their text). Mapping every stored type once, before any thread uses
    // the database, avoids that race.
    private static void WarmUp(BsonMapper mapper)
    {
        mapper.ToDocument(new ChatState());
        mapper.ToDocument(new Member());
        mapper.ToDocument(new InboxEntry());
        mapper.ToDocument(new OutboxEntry { Message = new Outbound { Buttons = [[new Button()]] } });
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
