namespace Kiosk.Telegram.Tests;

public sealed class WriteBatcherTests
{
    [Fact]
    public async Task Items_that_arrive_during_a_write_are_written_together_next_and_each_gets_its_own_answer()
    {
        using var firstWriteMayEnd = new ManualResetEventSlim();
        var writes = new List<int[]>();
        using var batcher = new WriteBatcher<int, string>(items =>
        {
            lock (writes)
            {
                writes.Add([.. items]);
            }

            if (items[0] == 1)
            {
                firstWriteMayEnd.Wait(TimeSpan.FromSeconds(10));
            }

            return [.. items.Select(item => $"#{item}")];
        });

        var first = Task.Run(() => batcher.WriteAsync(1));
        await Eventually.True(() => { lock (writes) { return writes.Count == 1; } }, "the first write to start");
        var others = Enumerable.Range(2, 5).Select(item => Task.Run(() => batcher.WriteAsync(item))).ToList();
        await Eventually.True(() => batcher.Queued == 5, "the others to wait for the next write");
        firstWriteMayEnd.Set();

        Assert.Equal("#1", await first);
        Assert.Equal(["#2", "#3", "#4", "#5", "#6"], await Task.WhenAll(others));
        Assert.Equal([[1], [2, 3, 4, 5, 6]], writes.Select(write => write.Order().ToArray()));
    }

    [Fact]
    public async Task A_failed_write_fails_every_item_in_it()
    {
        Func<IReadOnlyList<int>, IReadOnlyList<bool>> failing = _ => throw new InvalidOperationException("disk full");
        using var batcher = new WriteBatcher<int, bool>(failing);
        await Assert.ThrowsAsync<InvalidOperationException>(() => batcher.WriteAsync(1));
    }
}
