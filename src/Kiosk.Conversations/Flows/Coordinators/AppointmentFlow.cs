using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;

namespace Kiosk.Conversations.Flows.Coordinators;

/// <summary>A coordinator picks a day and time for an advice appointment: by the day and hour buttons, or written.</summary>
public sealed class ProposingAppointment : FlowState
{
    /// <summary>The advice request the appointment is for.</summary>
    public string AdviceId { get; set; } = "";
}

/// <summary>The written day and time of an appointment (<see cref="AdviceAppointments"/>); its buttons are the older "coord:adv:..." ones.</summary>
public sealed class AppointmentFlow : Flow
{
    /// <inheritdoc />
    public override string Name => "advice_meeting";

    /// <inheritdoc />
    public override bool MakesButtons => false;

    /// <inheritdoc />
    public override bool Owns(FlowState state) => state is ProposingAppointment;

    /// <inheritdoc />
    public override bool Continues(FlowState state, ButtonData button) => FlowButton.Decode<TeamButton>(button) is { Area: AdviceQueue.Area };

    /// <inheritdoc />
    public override void OnText(Turn turn, FlowState state, string text)
    {
        if (TeamGuard.StillOnTeam(turn))
        {
            AdviceAppointments.Written(turn, ((ProposingAppointment)state).AdviceId, text);
        }
    }
}
