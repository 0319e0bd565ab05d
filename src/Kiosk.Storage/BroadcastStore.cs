using Kiosk.Conversations.Delivery;
using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Flows.Coordinators;
using Kiosk.Domain.Broadcasts;
using LiteDB;
using NodaTime;

namespace Kiosk.Storage;

/// <summary>
/// Announcements in LiteDB: one stored copy per person with its status. A turn may stop an announcement while the
/// sender counts, so status and counters change only through update expressions, which LiteDB applies under the
/// collection's write lock (read-modify-write of the whole document would lose one of the two).
/// </summary>
public sealed class BroadcastStore(KioskDatabase database, BroadcastNews news) : IBroadcastStore
{
    private static readonly string[] Open = [nameof(DeliveryStatus.Pending), nameof(DeliveryStatus.Sending)];

    /// <summary>Stops an announcement that has not finished (called inside a turn's transaction).</summary>
    public static void Stop(KioskDatabase database, string id, Instant now) =>
        database.Broadcasts.UpdateMany(
            BsonExpression.Create("{ Status: @0 }", nameof(BroadcastStatus.Cancelled)),
            BsonExpression.Create("_id = @0 AND (Status = @1 OR Status = @2)", id, nameof(BroadcastStatus.Scheduled), nameof(BroadcastStatus.Sending)));

    /// <inheritdoc />
    public int FailInterrupted(Instant now) => database.InTransaction(() =>
    {
        var interrupted = database.Deliveries.Find(delivery => delivery.Status == DeliveryStatus.Sending).ToList();
        Count(interrupted.Select(delivery => new DeliveryOutcome(delivery, DeliveryStatus.Unconfirmed)).ToList(), now);
        return interrupted.Count;
    });

    /// <inheritdoc />
    public int Advance(Instant now)
    {
        // Read to the end before writing: a LiteDB query still being read on this thread shares its transaction with a
        // write begun meanwhile, and the commit leaves the reader on a finished transaction (the engine then fails with
        // "get only index below highest index" and stays closed; seen in the crash test).
        var (due, stopped) = database.Run(() => (
            database.Broadcasts.Find(broadcast => broadcast.Status == BroadcastStatus.Scheduled).Where(broadcast => broadcast.SendAt is null || broadcast.SendAt <= now).Select(broadcast => broadcast.Id).ToList(),
            database.Broadcasts.Find(broadcast => broadcast.Status == BroadcastStatus.Cancelled && broadcast.FinishedAt == null).Select(broadcast => broadcast.Id).ToList()));
        return due.Count(id => database.InTransaction(() => Start(id, now))) + stopped.Count(id => database.InTransaction(() => Close(id, now)));
    }

    /// <inheritdoc />
    public IReadOnlyList<BroadcastDelivery> Waiting(int max) => database.Run(() =>
    {
        var waiting = new List<BroadcastDelivery>();
        var running = database.Broadcasts.Find(broadcast => broadcast.Status == BroadcastStatus.Sending).OrderBy(broadcast => broadcast.StartedAt).Select(broadcast => broadcast.Id).ToList();
        foreach (var id in running.TakeWhile(_ => waiting.Count < max))
        {
            waiting.AddRange(database.Deliveries.Query().Where(delivery => delivery.Status == DeliveryStatus.Pending && delivery.BroadcastId == id).Limit(max - waiting.Count).ToList());
        }

        return waiting;
    });

    /// <inheritdoc />
    public IReadOnlyList<BroadcastDelivery> MarkInFlight(IReadOnlyList<BroadcastDelivery> deliveries) =>
        database.InTransaction(() => deliveries.Where(delivery => MarkInFlight(delivery)).ToList());

    /// <inheritdoc />
    public bool MarkInFlight(BroadcastDelivery delivery) => database.Run(() =>
    {
        // An update expression under the collection's lock: a stop between reading and marking wins.
        var marked = database.Deliveries.UpdateMany(
            BsonExpression.Create("{ Status: @0 }", nameof(DeliveryStatus.Sending)),
            BsonExpression.Create("_id = @0 AND Status = @1", delivery.Id, nameof(DeliveryStatus.Pending))) == 1;
        if (marked)
        {
            delivery.Status = DeliveryStatus.Sending;
        }

        return marked;
    });

    /// <inheritdoc />
    public Broadcast? Find(string broadcastId) => database.Run(() => database.Broadcasts.FindById(broadcastId));

    /// <inheritdoc />
    public void Release(IReadOnlyList<BroadcastDelivery> deliveries) => database.InTransaction(() =>
    {
        foreach (var delivery in deliveries)
        {
            delivery.Status = DeliveryStatus.Pending;
        }

        return database.Deliveries.Update(deliveries);
    });

    /// <inheritdoc />
    public void Record(IReadOnlyList<DeliveryOutcome> outcomes, Instant now) => database.InTransaction(() => Count(outcomes, now));

    private bool Start(string id, Instant now)
    {
        var started = database.Broadcasts.UpdateMany(
            BsonExpression.Create("{ Status: @0, StartedAt: @1 }", nameof(BroadcastStatus.Sending), now.ToUnixTimeTicks()),
            BsonExpression.Create("_id = @0 AND Status = @1", id, nameof(BroadcastStatus.Scheduled)));
        if (started == 0)
        {
            return false;
        }

        var broadcast = database.Broadcasts.FindById(id);
        var people = AudienceReader.Select(database, broadcast.Audience);
        database.Deliveries.InsertBulk(people.Select(member => new BroadcastDelivery { BroadcastId = id, ChatId = member.Id, Language = member.Language }));
        broadcast.Recipients = people.Count;
        Tell(news.Started(broadcast), now);
        if (people.Count == 0)
        {
            Finish(broadcast, BroadcastStatus.Done, now);
        }

        database.Broadcasts.Update(broadcast);
        return true;
    }

    // A stopped announcement: its unsent copies are dropped and the writer gets the report.
    private bool Close(string id, Instant now)
    {
        var broadcast = database.Broadcasts.FindById(id);
        database.Deliveries.UpdateMany(
            BsonExpression.Create("{ Status: @0 }", nameof(DeliveryStatus.Cancelled)),
            BsonExpression.Create("BroadcastId = @0 AND Status = @1", id, nameof(DeliveryStatus.Pending)));
        Finish(broadcast, BroadcastStatus.Cancelled, now);
        database.Broadcasts.Update(broadcast);
        return true;
    }

    private bool Count(IReadOnlyList<DeliveryOutcome> outcomes, Instant now)
    {
        foreach (var outcome in outcomes)
        {
            outcome.Delivery.Status = outcome.Status;
            database.Deliveries.Update(outcome.Delivery);
            if (outcome.Status == DeliveryStatus.Blocked && database.Members.FindById(outcome.Delivery.ChatId) is { } member)
            {
                member.Unreachable = true;
                database.Members.Update(member);
            }
        }

        foreach (var group in outcomes.GroupBy(outcome => outcome.Delivery.BroadcastId))
        {
            database.Broadcasts.UpdateMany(
                BsonExpression.Create("{ Sent: $.Sent + @0, Blocked: $.Blocked + @1, Failed: $.Failed + @2, Unconfirmed: $.Unconfirmed + @3 }",
                    group.Count(outcome => outcome.Status == DeliveryStatus.Sent),
                    group.Count(outcome => outcome.Status == DeliveryStatus.Blocked),
                    group.Count(outcome => outcome.Status == DeliveryStatus.Failed),
                    group.Count(outcome => outcome.Status == DeliveryStatus.Unconfirmed)),
                BsonExpression.Create("_id = @0", group.Key));
            // Read after the update: this transaction now holds the write lock, so the status is current.
            if (database.Broadcasts.FindById(group.Key) is { Status: BroadcastStatus.Sending } broadcast)
            {
                Report(broadcast, now);
            }
        }

        return true;
    }

    private void Report(Broadcast broadcast, Instant now)
    {
        if (!database.Deliveries.Exists(BsonExpression.Create("BroadcastId = @0 AND (Status = @1 OR Status = @2)", broadcast.Id, Open[0], Open[1])))
        {
            Finish(broadcast, BroadcastStatus.Done, now);
        }
        else if (broadcast.Recipients > 0 && broadcast.Tried * 4 / broadcast.Recipients is var quarter && quarter > broadcast.ReportedQuarter && quarter < 4)
        {
            broadcast.ReportedQuarter = quarter;
            Tell(news.Progress(broadcast), now);
        }

        database.Broadcasts.Update(broadcast);
    }

    private void Finish(Broadcast broadcast, BroadcastStatus status, Instant now)
    {
        broadcast.Status = status;
        broadcast.FinishedAt = now;
        if (broadcast.StartedAt is not null || status == BroadcastStatus.Done)
        {
            Tell(news.Report(broadcast), now);
        }
    }

    private void Tell(Outbound message, Instant now) =>
        database.Outbox.Insert(new OutboxEntry { ChatId = message.ChatId, Message = message, CreatedAt = now });
}
