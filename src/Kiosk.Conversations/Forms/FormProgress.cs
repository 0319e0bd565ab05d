namespace Kiosk.Conversations.Forms;

/// <summary>Where a chat is inside a form; stored with the chat's state next to the typed draft.</summary>
public sealed class FormProgress
{
    /// <summary>The slot whose answer is expected; null while the summary is shown.</summary>
    public string? Slot { get; set; }

    /// <summary>Answers in a row that did not fit the slot.</summary>
    public int Misses { get; set; }

    /// <summary>True once every slot was filled; later changes return to the summary.</summary>
    public bool Reviewing { get; set; }
}
