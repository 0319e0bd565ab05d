using System.Diagnostics;

namespace Kiosk.Testing;

/// <summary>Waits for a condition with a timeout, checking often; never a fixed sleep.</summary>
public static class Eventually
{
    public static async Task True(Func<bool> condition, string because, int timeoutSeconds = 10)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(timeoutSeconds), $"Timed out waiting: {because}");
            await Task.Delay(10);
        }
    }
}
