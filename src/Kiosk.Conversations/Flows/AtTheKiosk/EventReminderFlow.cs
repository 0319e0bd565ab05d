using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;

namespace Kiosk.Conversations.Flows.AtTheKiosk;

/// <summary>"Remind me" / "No reminder" under a kiosk event (<see cref="KioskEvents"/>).</summary>
public sealed class EventReminderFlow : ButtonFlow<EventButton>
{
    /// <inheritdoc />
    protected override void OnButton(Turn turn, EventButton button) => KioskEvents.Remind(turn, button.EventId, button.Subscribe);
}

/// <summary>"event:sub:ID" or "event:unsub:ID".</summary>
/// <param name="Subscribe">True for "remind me".</param>
/// <param name="EventId">The event (checked against the stored events).</param>
public sealed record EventButton(bool Subscribe, string EventId) : IFlowButton<EventButton>
{
    /// <inheritdoc />
    public static string Verb => "event";

    /// <inheritdoc />
    public static IEnumerable<EventButton> Samples => [new(true, new string('e', 32)), new(false, new string('e', 32))];

    /// <inheritdoc />
    public static EventButton? TryDecode(string argument) => argument.Split(':') switch
    {
        [var action and ("sub" or "unsub"), var id] when id.Length is > 0 and <= 32 && id.All(char.IsAsciiLetterOrDigit) => new(action == "sub", id),
        _ => null,
    };

    /// <inheritdoc />
    public string Encode() => $"{(Subscribe ? "sub" : "unsub")}:{EventId}";
}
