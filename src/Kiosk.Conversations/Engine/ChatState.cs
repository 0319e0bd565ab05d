using Kiosk.Conversations.Forms;
using Kiosk.Domain;

namespace Kiosk.Conversations.Engine;

/// <summary>
/// The typed state of one chat between two updates. Holds no personal data beyond the language,
/// so it may exist before the person accepted the privacy notice.
/// </summary>
public sealed class ChatState
{
    /// <summary>The chat id (the document id in storage).</summary>
    public long ChatId { get; set; }

    /// <summary>The chosen language, once chosen.</summary>
    public string? Language { get; set; }

    /// <summary>
    /// A free message waiting to be handled: written before the privacy notice was accepted (handled right after,
    /// dropped with the chat when it is declined), or waiting for "do you offer this or need it?".
    /// </summary>
    public string? KeptMessage { get; set; }

    /// <summary>The state of the flow in progress (<see cref="Units.FlowRegistry"/> finds its flow); null at the menu, or before anything was asked.</summary>
    public Units.FlowState? Active { get; set; }

    /// <summary>When this person's last files went through a chat through the bot (the last hour only, for the limit).</summary>
    public List<NodaTime.Instant> MediaRelayed { get; set; } = [];

    /// <summary>Leaves any form, dropping its draft.</summary>
    public void LeaveForm()
    {
        if (Active is FillingForm)
        {
            Active = null;
        }
    }
}
