using Kiosk.Conversations.Delivery;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kiosk.Telegram.Tests;

public sealed class GuardedLoopTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_failed_run_is_tried_again_at_the_next_turn_and_the_bot_keeps_running()
    {
        var lifetime = new FakeLifetime();
        var loop = new CountingLoop(new StoreFailureShutdown(lifetime, NullLogger<StoreFailureShutdown>.Instance), failFirst: new InvalidOperationException("a bug"));

        await loop.StartAsync(CancellationToken.None);
        await loop.SecondRun.Task.WaitAsync(Patience);
        await loop.StopAsync(CancellationToken.None);

        Assert.Equal(0, lifetime.Stops);
        Assert.True(loop.Runs >= 2);
        Assert.True(loop.ExecuteTask!.IsCompleted);
        Assert.False(loop.ExecuteTask.IsFaulted);
    }

    [Fact]
    public async Task A_failing_database_ends_the_loop_and_stops_the_bot()
    {
        var lifetime = new FakeLifetime();
        var exitCode = Environment.ExitCode;
        try
        {
            var loop = new CountingLoop(new StoreFailureShutdown(lifetime, NullLogger<StoreFailureShutdown>.Instance), failFirst: new IOException("disk gone"));

            await loop.StartAsync(CancellationToken.None);
            await loop.ExecuteTask!.WaitAsync(Patience);

            Assert.Equal(1, loop.Runs);
            Assert.Equal(1, lifetime.Stops);
            Assert.Equal(StoreFailureShutdown.ExitCode, Environment.ExitCode);
        }
        finally
        {
            Environment.ExitCode = exitCode;
        }
    }

    private sealed class CountingLoop(StoreFailureShutdown shutdown, Exception failFirst) : GuardedLoop(shutdown, NullLogger.Instance)
    {
        private int runs;

        public int Runs => Volatile.Read(ref runs);

        public TaskCompletionSource SecondRun { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override TimeSpan Every => TimeSpan.FromMilliseconds(10);

        protected override void RunOnce()
        {
            var run = Interlocked.Increment(ref runs);
            if (run == 1)
            {
                throw failFirst;
            }

            SecondRun.TrySetResult();
        }
    }
}
