using Kiosk.Domain.Broadcasts;
using NodaTime;

namespace Kiosk.Conversations.Delivery;

/// <summary>What one copy of an announcement came to.</summary>
/// <param name="Delivery">The copy.</param>
/// <param name="Status">Sent, Blocked or Failed.</param>
public sealed record DeliveryOutcome(BroadcastDelivery Delivery, DeliveryStatus Status);

/// <summary>
/// The announcements' delivery state, kept per person so that a restart resumes where it stopped and nobody
/// gets a copy twice. Implemented by storage; used by the Telegram broadcast sender.
/// </summary>
public interface IBroadcastStore
{
    /// <summary>Fails copies that were in flight when the process died: unsent is better than sent twice.</summary>
    int FailInterrupted(Instant now);

    /// <summary>
    /// Starts announcements whose time has come (one stored copy per recipient, the writer is told) and closes
    /// stopped ones (their unsent copies are dropped, the writer gets the report). Returns how many changed.
    /// </summary>
    int Advance(Instant now);

    /// <summary>Up to <paramref name="max"/> copies of running announcements still waiting to be sent, oldest announcement first.</summary>
    IReadOnlyList<BroadcastDelivery> Waiting(int max);

    /// <summary>
    /// Marks a waiting copy in flight just before it goes to Telegram; false when it is no longer waiting (stopped).
    /// Only copies marked so are failed after a crash, so a copy still waiting for its turn is never lost.
    /// </summary>
    bool MarkInFlight(BroadcastDelivery delivery);

    /// <summary>Marks several copies in flight in one transaction; returns those marked (a stopped announcement's are not).</summary>
    IReadOnlyList<BroadcastDelivery> MarkInFlight(IReadOnlyList<BroadcastDelivery> deliveries);

    /// <summary>The announcement a copy belongs to.</summary>
    Broadcast? Find(string broadcastId);

    /// <summary>Puts copies that were not handed to Telegram back in the queue (429, shutting down).</summary>
    void Release(IReadOnlyList<BroadcastDelivery> deliveries);

    /// <summary>Stores what Telegram said for each copy, counts it, marks blocked people unreachable, and tells the writer about progress.</summary>
    void Record(IReadOnlyList<DeliveryOutcome> outcomes, Instant now);
}
