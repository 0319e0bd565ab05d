using Kiosk.Conversations.Engine.Units;

namespace Kiosk.Conversations.Flows;

/// <summary>"I offer this / I need this" for a free message whose side was unclear (the message waits in <see cref="Engine.ChatState.KeptMessage"/>).</summary>
public sealed class QuickIntentFlow : Flow<QuickButton>
{
    /// <summary>The button verb ("quick:offer").</summary>
    public const string Verb = "quick";

    /// <inheritdoc />
    public override string Name => Verb;

    /// <summary>The data of a button, as sent to Telegram.</summary>
    public static string Press(QuickButton button) => $"{Verb}:{button.Encode()}";

    /// <inheritdoc />
    public override bool Owns(FlowState state) => false;

    /// <inheritdoc />
    protected override void OnButton(Engine.Turn turn, QuickButton button) => QuickMessage.Decide(turn, button.Offers);
}

/// <summary>"quick:offer" or "quick:request".</summary>
/// <param name="Offers">True for "I offer this".</param>
public sealed record QuickButton(bool Offers) : IFlowButton<QuickButton>
{
    /// <inheritdoc />
    public static IEnumerable<QuickButton> Samples => [new(true), new(false)];

    /// <inheritdoc />
    public static QuickButton? TryDecode(string argument) => argument switch
    {
        "offer" => new(true),
        "request" => new(false),
        _ => null,
    };

    /// <inheritdoc />
    public string Encode() => Offers ? "offer" : "request";
}
