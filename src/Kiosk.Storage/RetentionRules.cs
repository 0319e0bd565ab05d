using Kiosk.Conversations.Delivery;
using Kiosk.Domain;
using Kiosk.Domain.Broadcasts;
using Kiosk.Domain.Info;
using Kiosk.Domain.Matching;
using NodaTime;

namespace Kiosk.Storage;

/// <summary>
/// What the retention sweep deletes, as pure rules: only things that are finished and whose last moment lies
/// before the cut-off (now minus Storage:RetentionDays). Open requests, pending messages and anything recent stay.
/// </summary>
public static class RetentionRules
{
    /// <summary>A cancelled, closed or expired request whose time (and creation) lies before the cut-off.</summary>
    public static bool RequestGoes(HelpRequest request, Instant now, Instant cutoff, DateTimeZone zone) =>
        !request.IsOpen(now, zone) && request.CreatedAt < cutoff && request.ClosesAt(zone) < cutoff;

    /// <summary>
    /// A match goes with its request, except when the neighbour rated it: that is the newcomer's reference
    /// (/myreferences), their track record for future work.
    /// </summary>
    public static bool MatchGoesWithItsRequest(Match match) => match.NeighbourRating is not (>= 1 and <= 5);

    /// <summary>A message that was sent or failed before the cut-off (it holds texts, also ones relayed between people).</summary>
    public static bool OutboxEntryGoes(OutboxEntry entry, Instant cutoff) => entry.Status != OutboxStatus.Pending && entry.CreatedAt < cutoff;

    /// <summary>An update handled before the cut-off (Telegram redelivers only for hours, never months later).</summary>
    public static bool InboxEntryGoes(InboxEntry entry, Instant cutoff) => entry.HandledAt < cutoff;

    /// <summary>The per-person copies of an announcement that finished (or was stopped) before the cut-off.</summary>
    public static bool DeliveriesGo(Broadcast broadcast, Instant cutoff) =>
        broadcast.Status is BroadcastStatus.Done or BroadcastStatus.Cancelled && broadcast.FinishedAt is { } finished && finished < cutoff;

    /// <summary>An event that took place (or was planned) before the cut-off, with its reminder list.</summary>
    public static bool EventGoes(KioskEvent kioskEvent, Instant cutoff, DateTimeZone zone) =>
        kioskEvent.Start.InZoneLeniently(zone).ToInstant() < cutoff;

    /// <summary>A scheduled step that ran before the cut-off.</summary>
    public static bool StepGoes(ScheduledStep step, Instant cutoff) => step.Done && step.DueAt < cutoff;
}
