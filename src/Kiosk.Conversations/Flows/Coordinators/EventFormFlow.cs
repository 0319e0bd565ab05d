using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Conversations.Forms;

namespace Kiosk.Conversations.Flows.Coordinators;

/// <summary>Where a coordinator is in adding an event.</summary>
public enum EventStage
{
    /// <summary>The next text is the title (first line) and description.</summary>
    Writing,

    /// <summary>The next text (or a day button and then a text) is the day and time.</summary>
    Timing,

    /// <summary>The summary waits for save or discard.</summary>
    Confirming,
}

/// <summary>A coordinator adding an event: the stage and what is written so far.</summary>
public sealed class AddingEvent : FlowState
{
    /// <summary>The question waiting for an answer.</summary>
    public EventStage Stage { get; set; }

    /// <summary>The event so far.</summary>
    public EventDraft Draft { get; set; } = new();
}

/// <summary>Adding an event (<see cref="EventForm"/>); its buttons are the older "coord:ev:..." ones (<see cref="EventDesk"/>).</summary>
public sealed class EventFormFlow : Flow
{
    /// <inheritdoc />
    public override string Name => "event_form";

    /// <inheritdoc />
    public override bool MakesButtons => false;

    /// <inheritdoc />
    public override bool Owns(FlowState state) => state is AddingEvent;

    /// <inheritdoc />
    public override bool Continues(FlowState state, ButtonData button) => FlowButton.Decode<TeamButton>(button) is { Area: EventDesk.Area };

    /// <inheritdoc />
    public override void OnText(Turn turn, FlowState state, string text)
    {
        var adding = (AddingEvent)state;
        if (!TeamGuard.StillOnTeam(turn))
        {
            return;
        }

        switch (adding.Stage)
        {
            case EventStage.Writing:
                EventForm.OnText(turn, adding, text);
                break;
            case EventStage.Timing:
                EventForm.OnWhen(turn, adding, text);
                break;
            default:
                turn.Say("input.not_understood");
                EventForm.Repeat(turn, adding);
                break;
        }
    }

    /// <inheritdoc />
    public override void Repeat(Turn turn, FlowState state)
    {
        if (TeamGuard.StillOnTeam(turn))
        {
            EventForm.Repeat(turn, (AddingEvent)state);
        }
    }
}
