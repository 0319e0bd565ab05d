using NodaTime;

namespace Kiosk.Domain;

/// <summary>When a neighbour needs help: a window of local time in the kiosk's zone, or flexible.</summary>
public sealed record HelpTime
{
    /// <summary>Any time is fine.</summary>
    public static readonly HelpTime Flexible = new() { IsFlexible = true };

    /// <summary>True when any time is fine.</summary>
    public bool IsFlexible { get; init; }

    /// <summary>Start of the window (local time), unless flexible.</summary>
    public LocalDateTime? Start { get; init; }

    /// <summary>End of the window (local time), unless flexible.</summary>
    public LocalDateTime? End { get; init; }

    /// <summary>A window from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static HelpTime Between(LocalDateTime start, LocalDateTime end) => new() { Start = start, End = end };
}
