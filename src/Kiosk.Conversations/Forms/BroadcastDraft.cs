using Kiosk.Domain.Broadcasts;
using NodaTime;

namespace Kiosk.Conversations.Forms;

/// <summary>An announcement being written by a coordinator, kept in the chat's state until it is sent or dropped.</summary>
public sealed class BroadcastDraft
{
    /// <summary>The texts by language; the first is in the coordinator's language.</summary>
    public Dictionary<string, string> Versions { get; set; } = [];

    /// <summary>The language whose text is expected next.</summary>
    public string Writing { get; set; } = "";

    /// <summary>Who gets it; null until chosen.</summary>
    public Audience? Audience { get; set; }

    /// <summary>The time the coordinator typed, waiting for confirmation.</summary>
    public Instant? SendAt { get; set; }
}
