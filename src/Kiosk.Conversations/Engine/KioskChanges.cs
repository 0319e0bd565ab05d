using Kiosk.Domain;
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

    /// <summary>Coordinator invites, stored as they are.</summary>
    public Dictionary<string, CoordinatorInvite> Invites { get; } = [];

    /// <summary>Kiosk events (added, cancelled, subscribed to), stored as they are.</summary>
    public Dictionary<string, KioskEvent> Events { get; } = [];
}
