using NodaTime;

namespace Kiosk.Domain.Coordination;

/// <summary>A single-use link with which an existing coordinator makes someone a coordinator.</summary>
public sealed class CoordinatorInvite
{
    /// <summary>How long an invite link works.</summary>
    public static readonly Duration Lifetime = Duration.FromHours(48);

    /// <summary>The secret code in the link (lowercase letters and digits, also the document id).</summary>
    public string Code { get; set; } = "";

    /// <summary>The coordinator who made it.</summary>
    public long CreatedBy { get; set; }

    /// <summary>When it stops working.</summary>
    public Instant ExpiresAt { get; set; }

    /// <summary>Who used it; null while unused.</summary>
    public long? UsedBy { get; set; }

    /// <summary>True while it can still be used.</summary>
    public bool IsUsable(Instant now) => UsedBy is null && now < ExpiresAt;
}
