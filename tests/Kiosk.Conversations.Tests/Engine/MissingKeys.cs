using Kiosk.Conversations.Localization;
using Microsoft.Extensions.Logging;

namespace Kiosk.Conversations.Tests.Engine;

/// <summary>The localizer's logger in conversation tests: collects every key a turn asked for that a catalog lacks.</summary>
public sealed class MissingKeys : ILogger<Localizer>
{
    private readonly List<string> missing = [];

    public IReadOnlyList<string> Found => missing;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (logLevel >= LogLevel.Warning)
        {
            missing.Add(formatter(state, exception));
        }
    }
}
