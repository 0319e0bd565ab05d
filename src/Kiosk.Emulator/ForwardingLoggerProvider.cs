using Microsoft.Extensions.Logging;

namespace Kiosk.Emulator;

/// <summary>Hands the emulator's log lines to the hosting application's logger factory.</summary>
public sealed class ForwardingLoggerProvider(ILoggerFactory target) : ILoggerProvider
{
    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => target.CreateLogger(categoryName);

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
