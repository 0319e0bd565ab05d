using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;

namespace Kiosk.Conversations.Flows.Privacy;

/// <summary>"Yes, delete everything" / "No, keep" after /delete (<see cref="DataDeletion"/>); only while that question is open.</summary>
public sealed class DataDeletionFlow : ButtonFlow<DeletionButton>
{
    /// <inheritdoc />
    protected override void OnButton(Turn turn, DeletionButton button)
    {
        if (turn.State.Step != ConversationStep.ConfirmingDeletion)
        {
            turn.Say("input.old_button");
            Steps.Repeat(turn);
            return;
        }

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
