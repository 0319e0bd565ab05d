using NodaTime;

namespace Kiosk.Domain;

/// <summary>Where a help request is.</summary>
public enum HelpRequestStatus
{
    /// <summary>Looking for someone.</summary>
    Open,

    /// <summary>Cancelled by the neighbour.</summary>
    Cancelled,

    /// <summary>Its time has passed (or 14 days, when flexible).</summary>
    Closed,
}

/// <summary>A neighbour's request for help.</summary>
public sealed class HelpRequest
{
    /// <summary>Days a flexible request stays open.</summary>
    public static readonly Duration FlexibleLifetime = Duration.FromDays(14);

    /// <summary>Stable id (also in button data).</summary>
    public string Id { get; set; } = "";

    /// <summary>The neighbour's member id.</summary>
    public long MemberId { get; set; }

    /// <summary>Category id.</summary>
    public string Category { get; set; } = "";

    /// <summary>When help is needed.</summary>
    public HelpTime When { get; set; } = HelpTime.Flexible;

    /// <summary>District id or "anywhere".</summary>
    public string District { get; set; } = "";

    /// <summary>The neighbour's words, as written.</summary>
    public string Details { get; set; } = "";

    /// <summary>The language it was written in.</summary>
    public string Language { get; set; } = "";

    /// <summary>Open, cancelled or closed.</summary>
    public HelpRequestStatus Status { get; set; }

    /// <summary>When it was saved.</summary>
    public Instant CreatedAt { get; set; }

    /// <summary>
    /// When it closes by itself: the end of its time window, or 14 days after it was made when flexible.
    /// </summary>
    public Instant ClosesAt(DateTimeZone zone) => When is { IsFlexible: false, End: { } end }
        ? end.InZoneLeniently(zone).ToInstant()
        : CreatedAt + FlexibleLifetime;

    /// <summary>True while it is open and its time has not passed.</summary>
    public bool IsOpen(Instant now, DateTimeZone zone) => Status == HelpRequestStatus.Open && now < ClosesAt(zone);

    /// <summary>The neighbour cancels it; false unless it was open.</summary>
    public bool Cancel() => Leave(HelpRequestStatus.Cancelled);

    /// <summary>Its time has passed; false unless it was open.</summary>
    public bool Close() => Leave(HelpRequestStatus.Closed);

    private bool Leave(HelpRequestStatus status)
    {
        if (Status != HelpRequestStatus.Open)
        {
            return false;
        }

        Status = status;
        return true;
    }
}
