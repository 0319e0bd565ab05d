using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;

namespace Kiosk.Conversations.Flows.AdviceDesk;

/// <summary>A topic was chosen: the next text is the question for the Smart cooperative (optional).</summary>
public sealed class AskingAdvice : FlowState
{
    /// <summary>The chosen topic.</summary>
    public string Topic { get; set; } = "";
}

/// <summary>The question after the topic (<see cref="Advising"/>); "skip" is the older "advice:skip" button.</summary>
public sealed class AdviceQuestionFlow : Flow
{
    /// <inheritdoc />
    public override string Name => "advice_question";

    /// <inheritdoc />
    public override bool MakesButtons => false;

    /// <inheritdoc />
    public override bool Owns(FlowState state) => state is AskingAdvice;

    /// <inheritdoc />
    public override bool Continues(FlowState state, ButtonData button) => FlowButton.Decode<AdviceButton>(button) is { Action: AdviceAction.Skip };

    /// <inheritdoc />
    public override void OnText(Turn turn, FlowState state, string text) => Advising.Question(turn, text);

    /// <inheritdoc />
    public override void Repeat(Turn turn, FlowState state) => Advising.AskQuestion(turn);
}
