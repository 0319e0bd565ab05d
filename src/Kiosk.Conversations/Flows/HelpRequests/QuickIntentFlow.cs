using Kiosk.Conversations.Engine.Units;

namespace Kiosk.Conversations.Flows.HelpRequests;

/// <summary>"I offer this / I need this" for a free message whose side was unclear (the message waits in <see cref="Engine.ChatState.KeptMessage"/>).</summary>
public sealed class QuickIntentFlow : ButtonFlow<QuickButton>
{
    /// <inheritdoc />
    protected override void OnButton(Engine.Turn turn, QuickButton button) => QuickMessage.Decide(turn, button.Offers);
}

/// <summary>"quick:offer" or "quick:request".</summary>
/// <param name="Offers">True for "I offer this".</param>
public sealed record QuickButton(bool Offers) : IFlowButton<QuickButton>
{
    /// <inheritdoc />
    public static string Verb => "quick";

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
