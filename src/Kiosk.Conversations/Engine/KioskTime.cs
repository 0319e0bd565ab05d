using NodaTime;

namespace Kiosk.Conversations.Engine;

/// <summary>The clock and the kiosk's time zone (Europe/Berlin); tests pin the clock.</summary>
/// <param name="Clock">Where "now" comes from.</param>
/// <param name="Zone">The zone all local times are in.</param>
public sealed record KioskTime(IClock Clock, DateTimeZone Zone)
{
    /// <summary>The current instant.</summary>
    public Instant Now => Clock.GetCurrentInstant();

    /// <summary>The current local date and time in the kiosk's zone.</summary>
    public ZonedDateTime LocalNow => Now.InZone(Zone);

    /// <summary>An instant as local time in the kiosk's zone.</summary>
    public LocalDateTime Local(Instant instant) => instant.InZone(Zone).LocalDateTime;

    /// <summary>A local time in the kiosk's zone as an instant (a time skipped by the clock change moves forward).</summary>
    public Instant Instant(LocalDateTime local) => local.InZoneLeniently(Zone).ToInstant();
}
