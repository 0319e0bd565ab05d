using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Conversations.Flows.Coordinators;

namespace Kiosk.Conversations.Flows.AdviceDesk;

/// <summary>A coordinator answers an advice request through the bot: the next texts go to the person.</summary>
public sealed class AnsweringAdvice : FlowState
{
    /// <summary>The advice request in hand.</summary>
    public string AdviceId { get; set; } = "";
}

/// <summary>A coordinator's side of the chat about advice (<see cref="AdviceChat"/>); ended by /end or "done", not /cancel.</summary>
public sealed class AdviceAnswerFlow : Flow
{
    /// <inheritdoc />
    public override string Name => "advice_answer";

    /// <inheritdoc />
    public override bool LeftByCancel => false;

    /// <inheritdoc />
    public override bool MakesButtons => false;

    /// <inheritdoc />
    public override bool Owns(FlowState state) => state is AnsweringAdvice;

    /// <inheritdoc />
    public override bool Continues(FlowState state, ButtonData button) => FlowButton.Decode<TeamButton>(button) is { Area: AdviceQueue.Area };

    /// <inheritdoc />
    public override void OnText(Turn turn, FlowState state, string text) => AdviceChat.FromTeam(turn, ((AnsweringAdvice)state).AdviceId, text);
}
