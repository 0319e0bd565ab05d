using Kiosk.Conversations.Engine;
using Kiosk.Domain.Matching;
using NodaTime;

namespace Kiosk.Conversations.Delivery;

/// <summary>The persistent schedule of time-based steps. Implemented by storage.</summary>
public interface IScheduleStore
{
    /// <summary>
    /// Runs every step due at <paramref name="now"/>, each in its own transaction with what it produces
    /// (messages, matches, further steps), and marks it done. Returns how many ran.
    /// </summary>
    int RunDue(Instant now, Func<ScheduledStep, IKioskDirectory, TurnResult> run);
}
