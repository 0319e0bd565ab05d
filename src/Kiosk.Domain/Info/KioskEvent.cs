using NodaTime;

namespace Kiosk.Domain.Info;

/// <summary>An event at the kiosk that coordinators announce (a repair café, an info evening, ...).</summary>
public sealed class KioskEvent
{
    /// <summary>Stable short id (it travels in button data).</summary>
    public string Id { get; set; } = "";

    /// <summary>The title, as the coordinator wrote it.</summary>
    public string Title { get; set; } = "";

    /// <summary>An optional description, as written ("" when none).</summary>
    public string Description { get; set; } = "";

    /// <summary>When it starts, in the kiosk's local time.</summary>
    public LocalDateTime Start { get; set; }

    /// <summary>The coordinator who added it.</summary>
    public long CreatedBy { get; set; }

    /// <summary>True once a coordinator deleted it: it is no longer listed and reminds nobody.</summary>
    public bool Cancelled { get; set; }

    /// <summary>Members who asked to be reminded.</summary>
    public List<long> Subscribers { get; set; } = [];

    /// <summary>Members already reminded (a re-subscription must not remind twice).</summary>
    public List<long> Reminded { get; set; } = [];

    /// <summary>True while it is planned and has not started yet.</summary>
    public bool IsUpcoming(LocalDateTime now) => !Cancelled && Start > now;
}
