using NodaTime;

namespace Kiosk.Conversations.Forms;

/// <summary>A kiosk event while a coordinator writes it: text first, then the day and time.</summary>
public sealed class EventDraft
{
    /// <summary>The title (the first line of the text).</summary>
    public string Title { get; set; } = "";

    /// <summary>The description (the other lines; "" when none).</summary>
    public string Description { get; set; } = "";

    /// <summary>The day, when it was chosen before the time.</summary>
    public LocalDate? Day { get; set; }

    /// <summary>When it starts, once known.</summary>
    public LocalDateTime? Start { get; set; }
}
