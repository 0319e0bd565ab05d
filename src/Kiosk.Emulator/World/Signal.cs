namespace Kiosk.Emulator.World;

/// <summary>Wakes every waiter at once when something changed; waiters re-check their condition.</summary>
public sealed class Signal
{
    private TaskCompletionSource pulse = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A task that completes at the next pulse.</summary>
    public Task Next => Volatile.Read(ref pulse).Task;

    /// <summary>Wakes all current waiters.</summary>
    public void Pulse() => Interlocked.Exchange(ref pulse, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Waits until <paramref name="ready"/> holds, a pulse at a time, or until the timeout; returns whether it holds.</summary>
    public async Task<bool> WaitUntilAsync(Func<bool> ready, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        while (true)
        {
            var next = Next;
            if (ready())
            {
                return true;
            }

            try
            {
                await next.WaitAsync(timeoutSource.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return ready();
            }
        }
    }
}
