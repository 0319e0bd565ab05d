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
        mapper.Entity<ChatState>().Id(state => state.ChatId, autoId: false);
        mapper.Entity<Member>().Id(member => member.Id, autoId: false);
        mapper.Entity<OutboxEntry>().Id(entry => entry.Id, autoId: true);
        mapper.Entity<InboxEntry>().Id(entry => entry.UpdateId, autoId: false);
        mapper.Entity<Offer>().Id(offer => offer.Id, autoId: false);
        mapper.Entity<HelpRequest>().Id(request => request.Id, autoId: false);
        mapper.Entity<Kiosk.Domain.Matching.Match>().Id(match => match.Id, autoId: false);
        mapper.Entity<Kiosk.Domain.Matching.Report>().Id(report => report.Id, autoId: false);
        mapper.Entity<Kiosk.Domain.Matching.ScheduledStep>().Id(step => step.Id, autoId: false);
        mapper.Entity<Kiosk.Domain.Coordination.CoordinatorInvite>().Id(invite => invite.Code, autoId: false);
        mapper.Entity<Kiosk.Domain.Broadcasts.Broadcast>().Id(broadcast => broadcast.Id, autoId: false);
        mapper.Entity<Kiosk.Domain.Broadcasts.BroadcastDelivery>().Id(delivery => delivery.Id, autoId: true);
        mapper.Entity<Kiosk.Domain.Advice.AdviceRequest>().Id(request => request.Id, autoId: false);

        mapper.Entity<Kiosk.Domain.Info.KioskEvent>().Id(kioskEvent => kioskEvent.Id, autoId: false);
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
        mapper.ToDocument(new ChatState { OfferDraft = new OfferDraft { Price = Price.Free }, RequestDraft = new HelpRequestDraft { When = HelpTime.Flexible }, Progress = new() });
        mapper.ToDocument(new Offer());
        mapper.ToDocument(new HelpRequest());
        mapper.ToDocument(new Kiosk.Domain.Matching.Match());
        mapper.ToDocument(new Kiosk.Domain.Matching.Report());
        mapper.ToDocument(new Kiosk.Domain.Matching.ScheduledStep());
        mapper.ToDocument(new Kiosk.Domain.Coordination.CoordinatorInvite());
        mapper.ToDocument(new Kiosk.Domain.Broadcasts.Broadcast { Versions = { ["de"] = "" } });
        mapper.ToDocument(new Kiosk.Domain.Broadcasts.BroadcastDelivery());
        mapper.ToDocument(new Kiosk.Domain.Advice.AdviceRequest());

        mapper.ToDocument(new Kiosk.Domain.Info.KioskEvent { Subscribers = [1], Reminded = [1] });
        mapper.ToDocument(new ChatState { EventDraft = new EventDraft { Day = new LocalDate(2026, 1, 1), Start = new LocalDateTime(2026, 1, 1, 10, 0) } });
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
