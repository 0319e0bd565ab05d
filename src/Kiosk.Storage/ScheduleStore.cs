using Kiosk.Conversations.Delivery;
using Kiosk.Conversations.Engine;
using Kiosk.Domain.Matching;
using NodaTime;

namespace Kiosk.Storage;

/// <summary>The schedule in LiteDB: due steps run once each, in a transaction with their results.</summary>
public sealed class ScheduleStore(KioskDatabase database) : IScheduleStore
{
    /// <inheritdoc />
    public int RunDue(Instant now, Func<ScheduledStep, IKioskDirectory, TurnResult> run)
    {
        var due = database.Run(() => database.Steps.Find(step => !step.Done).Where(step => step.DueAt <= now).OrderBy(step => step.DueAt).Select(step => step.Id).ToList());
        foreach (var id in due)
        {
            database.InTransaction(() =>
            {
                var step = database.Steps.FindById(id);
                if (step is null || step.Done)
                {
                    return false;
                }

                var result = run(step, new LiteDirectory(database));
                TurnStore.SaveShared(database, result, now);
                step.Done = true;
                database.Steps.Update(step);
                return true;
            });
        }

        return due.Count;
    }
}
