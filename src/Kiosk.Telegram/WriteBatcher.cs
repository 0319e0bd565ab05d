namespace Kiosk.Telegram;

/// <summary>
/// Writes items that arrive together in one go: while one write runs, the items that come meanwhile wait and are
/// written together next. Each LiteDB transaction costs about a millisecond, so marking every sent message on its
/// own was the largest part of the bot's work under load.
/// </summary>
/// <typeparam name="TItem">What is written.</typeparam>
/// <typeparam name="TResult">What the write says about each item.</typeparam>
public sealed class WriteBatcher<TItem, TResult> : IDisposable
{
    private readonly Func<IReadOnlyList<TItem>, Task<IReadOnlyList<TResult>>> write;

    /// <summary>A batcher whose write is asynchronous (the database's owner thread does it; no thread waits).</summary>
    public WriteBatcher(Func<IReadOnlyList<TItem>, Task<IReadOnlyList<TResult>>> write) => this.write = write;

    /// <summary>A batcher whose write runs on the calling thread.</summary>
    public WriteBatcher(Func<IReadOnlyList<TItem>, IReadOnlyList<TResult>> write) => this.write = items => Task.FromResult(write(items));

    private readonly SemaphoreSlim writer = new(1, 1);
    private readonly List<(TItem Item, TaskCompletionSource<TResult> Result)> waiting = [];

    /// <summary>Items waiting for the next write.</summary>
    public int Queued
    {
        get
        {
            lock (waiting)
            {
                return waiting.Count;
            }
        }
    }

    /// <summary>Writes <paramref name="item"/> (with whatever else is waiting) and returns what the write said about it.</summary>
    public async Task<TResult> WriteAsync(TItem item)
    {
        var result = new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (waiting)
        {
            waiting.Add((item, result));
        }

        await writer.WaitAsync();
        try
        {
            List<(TItem Item, TaskCompletionSource<TResult> Result)> batch;
            lock (waiting)
            {
                batch = [.. waiting];
                waiting.Clear();
            }

            if (batch.Count > 0)
            {
                try
                {
                    var results = await write([.. batch.Select(entry => entry.Item)]);
                    for (var i = 0; i < batch.Count; i++)
                    {
                        batch[i].Result.SetResult(results[i]);
                    }
                }
                catch (Exception exception)
                {
                    batch.ForEach(entry => entry.Result.SetException(exception));
                }
            }
        }
        finally
        {
            writer.Release();
        }

        return await result.Task;
    }

    /// <inheritdoc />
    public void Dispose() => writer.Dispose();
}
