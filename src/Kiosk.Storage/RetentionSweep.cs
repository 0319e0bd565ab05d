using Kiosk.Domain.Matching;
using LiteDB;
using NodaTime;

namespace Kiosk.Storage;

/// <summary>How many documents one sweep deleted, per kind (for the log: counts only).</summary>
public sealed record RetentionResult(int Requests, int Matches, int Messages, int Updates, int Deliveries, int Events, int Steps, int Records = 0)
{
    /// <summary>Everything deleted.</summary>
    public int Total => Requests + Matches + Messages + Updates + Deliveries + Events + Steps + Records;
}

/// <summary>Deletes what <see cref="RetentionRules"/> says has been kept long enough; one short transaction per kind.</summary>
public sealed class RetentionSweep(KioskDatabase database)
{
    /// <summary>Sweeps everything finished before <paramref name="now"/> minus <paramref name="retentionDays"/> days.</summary>
    public RetentionResult Run(Instant now, DateTimeZone zone, int retentionDays)
    {
        var cutoff = now - Duration.FromDays(retentionDays);
        var steps = 0;
        var (requests, matches) = database.InTransaction(() =>
        {
            var gone = database.Requests.Find(Before("CreatedAt", cutoff)).Where(request => RetentionRules.RequestGoes(request, now, cutoff, zone)).Select(request => request.Id).ToList();
            var goneMatches = gone.SelectMany(id => database.Matches.Find(match => match.RequestId == id))
                .Where(RetentionRules.MatchGoesWithItsRequest).Select(match => match.Id).ToList();
            DeleteAll(database.Requests, gone);
            DeleteAll(database.Matches, goneMatches);
            foreach (var matchId in goneMatches)
            {
                steps += database.Steps.DeleteMany(step => step.MatchId == matchId);
            }

            return (gone.Count, goneMatches.Count);
        });
        var messages = database.InTransaction(() => DeleteAll(database.Outbox,
            database.Outbox.Find(Before("CreatedAt", cutoff)).Where(entry => RetentionRules.OutboxEntryGoes(entry, cutoff)).Select(entry => entry.Id)));
        var updates = database.InTransaction(() => database.Inbox.DeleteMany(Before("HandledAt", cutoff)));
        var deliveries = database.InTransaction(() => database.Broadcasts.FindAll().Where(broadcast => RetentionRules.DeliveriesGo(broadcast, cutoff)).ToList()
            .Sum(broadcast => database.Deliveries.DeleteMany(delivery => delivery.BroadcastId == broadcast.Id)));
        var events = database.InTransaction(() =>
        {
            var gone = database.Events.FindAll().Where(kioskEvent => RetentionRules.EventGoes(kioskEvent, cutoff, zone)).Select(kioskEvent => kioskEvent.Id).ToList();
            foreach (var eventId in gone)
            {
                steps += database.Steps.DeleteMany(step => step.Kind == StepKind.EventReminder && step.MatchId == eventId);
            }

            return DeleteAll(database.Events, gone);
        });
        steps += database.InTransaction(() => DeleteAll(database.Steps,
            database.Steps.Find(Before("DueAt", cutoff)).Where(step => RetentionRules.StepGoes(step, cutoff)).Select(step => step.Id)));
        return new RetentionResult(requests, matches, messages, updates, deliveries, events, steps, StoredRecords.Expire(database, now, retentionDays));
    }

    // Instants are stored as ticks (KioskMapper): compare in the database, so only old documents are read.
    private static BsonExpression Before(string field, Instant cutoff) => Query.LT(field, new BsonValue(cutoff.ToUnixTimeTicks()));

    private static int DeleteAll<T, TId>(ILiteCollection<T> collection, IEnumerable<TId> ids) => ids.ToList().Count(id => collection.Delete(new BsonValue(id)));
}
