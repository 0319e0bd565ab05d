using NodaTime;

namespace Kiosk.Domain.Matching;

/// <summary>What a scheduled step does when it is due.</summary>
public enum StepKind
{
    /// <summary>The asked newcomer did not answer in 24 hours: ask the next one.</summary>
    AnswerTimeout,

    /// <summary>Remind both sides the evening before the agreed time.</summary>
    Reminder,

    /// <summary>Ask both sides whether it happened and how it went.</summary>
    AskFeedback,

    /// <summary>Remind one member of a kiosk event they subscribed to (MatchId holds the event id).</summary>
    EventReminder,

    /// <summary>
    /// Something waits for the kiosk team (<see cref="ScheduledStep.MatchId"/> says what: "offer:ID", "report:ID",
    /// "advice:ID"): if it still waits, the coordinators who were not told for hours hear what is waiting.
    /// </summary>
    TeamReminder,
}

/// <summary>A time-based step of a match, stored so that it happens on time after a restart too.</summary>
public sealed class ScheduledStep
{
    /// <summary>Stable id.</summary>
    public string Id { get; set; } = "";

    /// <summary>When it is due.</summary>
    public Instant DueAt { get; set; }

    /// <summary>What it does.</summary>
    public StepKind Kind { get; set; }

    /// <summary>The match it belongs to (for an event reminder: the event).</summary>
    public string MatchId { get; set; } = "";

    /// <summary>The member it is for, when it is for one person only (event reminders); 0 otherwise.</summary>
    public long MemberId { get; set; }

    /// <summary>True once it ran.</summary>
    public bool Done { get; set; }
}
