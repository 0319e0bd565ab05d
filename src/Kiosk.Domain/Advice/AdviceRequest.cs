using NodaTime;

namespace Kiosk.Domain.Advice;

/// <summary>Where an advice request is: waiting in the queue, taken by a coordinator, answered, or closed.</summary>
public enum AdviceStatus
{
    /// <summary>In the coordinators' queue; nobody took it yet.</summary>
    Open,

    /// <summary>A coordinator took it and is answering.</summary>
    Taken,

    /// <summary>Answered through the bot, or an appointment at the kiosk was agreed.</summary>
    Answered,

    /// <summary>Closed by the coordinator without an answer (a duplicate, or nothing the kiosk can answer).</summary>
    Closed,
}

/// <summary>The person's answer to a proposed appointment at the kiosk.</summary>
public enum AppointmentAnswer
{
    /// <summary>No appointment proposed, or not answered yet.</summary>
    None,

    /// <summary>The time fits.</summary>
    Accepted,

    /// <summary>The person asked for another time.</summary>
    OtherTime,
}

/// <summary>
/// A member's question to the Smart cooperative (invoicing, insurance, working as a freelancer, pricing, ...),
/// answered by a coordinator through the bot or at an appointment at the kiosk.
/// </summary>
public sealed class AdviceRequest
{
    /// <summary>How many unanswered requests one person may have at a time.</summary>
    public const int MaxOpenPerPerson = 3;

    /// <summary>The longest question kept, in characters.</summary>
    public const int MaxQuestionLength = 1000;

    /// <summary>The topics a person picks from.</summary>
    public static readonly IReadOnlyList<string> Topics = ["invoicing", "insurance", "freelance", "pricing", "other"];

    /// <summary>Stable id (short: it travels in button data).</summary>
    public string Id { get; set; } = "";

    /// <summary>Who asks.</summary>
    public long MemberId { get; set; }

    /// <summary>One of <see cref="Topics"/>.</summary>
    public string Topic { get; set; } = "other";

    /// <summary>The language the person writes in.</summary>
    public string Language { get; set; } = "de";

    /// <summary>The question as written; empty when the person skipped it.</summary>
    public string Question { get; set; } = "";

    /// <summary>Where the request is.</summary>
    public AdviceStatus Status { get; set; }

    /// <summary>The coordinator who took it.</summary>
    public long? CoordinatorId { get; set; }

    /// <summary>When it was asked.</summary>
    public Instant CreatedAt { get; set; }

    /// <summary>When a coordinator took it.</summary>
    public Instant? TakenAt { get; set; }

    /// <summary>True while the coordinator and the person write to each other through the bot.</summary>
    public bool RelayOpen { get; set; }

    /// <summary>The proposed appointment at the kiosk (local time in the kiosk's zone).</summary>
    public LocalDateTime? Appointment { get; set; }

    /// <summary>The person's answer to <see cref="Appointment"/>.</summary>
    public AppointmentAnswer AppointmentAnswer { get; set; }

    /// <summary>True while it still waits for an answer (counts against <see cref="MaxOpenPerPerson"/>).</summary>
    public bool IsUnanswered => Status is AdviceStatus.Open or AdviceStatus.Taken;
}
