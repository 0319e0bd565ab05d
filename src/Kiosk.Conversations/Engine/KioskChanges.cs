using Kiosk.Domain;
using Kiosk.Domain.Broadcasts;

using Kiosk.Domain.Advice;
using Kiosk.Domain.Coordination;
using Kiosk.Domain.Info;

namespace Kiosk.Conversations.Engine;

/// <summary>
/// What a turn changes beyond the acting person's own chat, member, offers and requests: other people
/// (a coordinator's decisions), invites, announcements. Storage writes each list in the turn's transaction.
/// </summary>
public sealed class KioskChanges
{
    /// <summary>Other members, stored as they are.</summary>
    public Dictionary<long, Member> Members { get; } = [];

    /// <summary>Other people's offers, stored as they are.</summary>
    public Dictionary<string, Offer> Offers { get; } = [];

    /// <summary>Reports a coordinator dealt with, stored as they are.</summary>
    public Dictionary<string, Domain.Matching.Report> Reports { get; } = [];

    /// <summary>Coordinator invites, stored as they are.</summary>
    public Dictionary<string, CoordinatorInvite> Invites { get; } = [];

    /// <summary>Announcements confirmed in this turn (inserted; the broadcast sender delivers them).</summary>
    public List<Broadcast> NewBroadcasts { get; } = [];

    /// <summary>Ids of announcements a coordinator stopped (only their status changes; the sender owns the counts).</summary>
    public List<string> StoppedBroadcasts { get; } = [];

    /// <summary>Advice requests, stored as they are.</summary>
    public Dictionary<string, AdviceRequest> AdviceRequests { get; } = [];

    /// <summary>Records of the flows built as units, stored as they are in their kind's collection.</summary>
    public List<Units.IStoredRecord> Records { get; } = [];

    /// <summary>Kiosk events (added, cancelled, subscribed to), stored as they are.</summary>
    public Dictionary<string, KioskEvent> Events { get; } = [];
}
