using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Kiosk.EndToEnd.Tests.Storm;

/// <summary>Keeps the bot's log lines at Warning and above (with their exceptions), to assert that nothing crashed.</summary>
public sealed class WarningLog : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Category, string Text)> Lines { get; } = new();

    public IEnumerable<string> Errors => Lines.Where(line => line.Level >= LogLevel.Error).Select(line => $"{line.Category}: {line.Text}");

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(WarningLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log.Lines.Enqueue((logLevel, category, formatter(state, exception) + (exception is null ? "" : "\n" + exception)));
            }
        }
    }
}
