using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;

namespace Kiosk.Conversations.Flows.Privacy;

/// <summary>/delete asked "really delete everything?"; the answer is one of the two buttons.</summary>
public sealed class ConfirmingDeletion : FlowState
{
}

/// <summary>"Yes, delete everything" / "No, keep" after /delete (<see cref="DataDeletion"/>); only while that question is open.</summary>
public sealed class DataDeletionFlow : Flow<DeletionButton>
{
    /// <inheritdoc />
    public override bool Owns(FlowState state) => state is ConfirmingDeletion;

    /// <inheritdoc />
    public override void OnText(Turn turn, FlowState state, string text)
    {
        turn.Say("input.not_understood");
        Repeat(turn, state);
    }

    /// <inheritdoc />
    public override void Repeat(Turn turn, FlowState state) => DataDeletion.Ask(turn);

    /// <inheritdoc />
    protected override void OnButton(Turn turn, DeletionButton button)
    {
        if (turn.State.Active is not ConfirmingDeletion)
        {
            turn.Say("input.old_button");
            Steps.Repeat(turn);
            return;
        }

        Leave(turn);
        DataDeletion.Answer(turn, button.Yes);
    }
}

/// <summary>"delete:yes" or "delete:no".</summary>
/// <param name="Yes">True for "delete everything".</param>
public sealed record DeletionButton(bool Yes) : IFlowButton<DeletionButton>
{
    /// <inheritdoc />
    public static string Verb => "delete";

    /// <inheritdoc />
    public static IEnumerable<DeletionButton> Samples => [new(true), new(false)];

    /// <inheritdoc />
    public static DeletionButton? TryDecode(string argument) => argument switch
    {
        "yes" => new(true),
        "no" => new(false),
        _ => null,
    };

    /// <inheritdoc />
    public string Encode() => Yes ? "yes" : "no";
}
