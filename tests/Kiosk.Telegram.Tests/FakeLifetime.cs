using Microsoft.Extensions.Hosting;

namespace Kiosk.Telegram.Tests;

/// <summary>A host lifetime that counts the requests to stop.</summary>
public sealed class FakeLifetime : IHostApplicationLifetime
{
    public int Stops { get; private set; }

    public CancellationToken ApplicationStarted => CancellationToken.None;

    public CancellationToken ApplicationStopping => CancellationToken.None;

    public CancellationToken ApplicationStopped => CancellationToken.None;

    public void StopApplication() => Stops++;
}
