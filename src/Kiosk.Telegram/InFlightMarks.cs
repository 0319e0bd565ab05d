using Kiosk.Conversations.Delivery;
using Kiosk.Domain.Broadcasts;

namespace Kiosk.Telegram;

/// <summary>
/// Marks announcement copies in flight as their turns come, several in one transaction: while one mark is being
/// written, the copies whose turn came meanwhile wait and are marked together next (a write per copy cost a
/// tenth of the pace at 500 copies a second).
/// </summary>
public sealed class InFlightMarks(IBroadcastStore store)
{
    private readonly SemaphoreSlim writer = new(1, 1);
    private readonly List<(BroadcastDelivery Delivery, TaskCompletionSource<bool> Marked)> waiting = [];

    /// <summary>Marks <paramref name="delivery"/> in flight; false when its announcement was stopped meanwhile.</summary>
    public async Task<bool> MarkAsync(BroadcastDelivery delivery)
    {
        var marked = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (waiting)
        {
            waiting.Add((delivery, marked));
        }

        await writer.WaitAsync();
        try
        {
            List<(BroadcastDelivery Delivery, TaskCompletionSource<bool> Marked)> batch;
            lock (waiting)
            {
                batch = [.. waiting];
                waiting.Clear();
            }

            if (batch.Count > 0)
            {
                try
                {
                    var done = store.MarkInFlight(batch.Select(entry => entry.Delivery).ToList()).Select(copy => copy.Id).ToHashSet();
                    batch.ForEach(entry => entry.Marked.SetResult(done.Contains(entry.Delivery.Id)));
                }
                catch (Exception exception)
                {
                    batch.ForEach(entry => entry.Marked.SetException(exception));
                }
            }
        }
        finally
        {
            writer.Release();
        }

        return await marked.Task;
    }
}
