using NodaTime;

namespace Kiosk.Domain.Matching;

/// <summary>One side of a match reports the other from a chat through the bot; coordinators review it.</summary>
public sealed class Report
{
    /// <summary>Stable id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The match the chat belongs to.</summary>
    public string MatchId { get; set; } = "";

    /// <summary>Who reported.</summary>
    public long ReporterId { get; set; }

    /// <summary>Who was reported.</summary>
    public long ReportedId { get; set; }

    /// <summary>When.</summary>
    public Instant At { get; set; }

    /// <summary>True once a coordinator dealt with it.</summary>
    public bool Handled { get; set; }

    /// <summary>The coordinator who dealt with it.</summary>
    public long? HandledBy { get; set; }

    /// <summary>What the coordinator did: "warn", "pause", "ban" or "dismiss".</summary>
    public string? Action { get; set; }
}
