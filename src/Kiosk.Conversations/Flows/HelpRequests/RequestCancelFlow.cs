using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;

namespace Kiosk.Conversations.Flows.HelpRequests;

/// <summary>The cancel button under each card of /myrequests (<see cref="MyRequests"/>).</summary>
public sealed class RequestCancelFlow : ButtonFlow<RequestButton>
{
    /// <inheritdoc />
    protected override void OnButton(Turn turn, RequestButton button) => MyRequests.Cancel(turn, button.RequestId);
}

/// <summary>"request:cancel:ID".</summary>
/// <param name="RequestId">One of the person's own help requests (checked).</param>
public sealed record RequestButton(string RequestId) : IFlowButton<RequestButton>
{
    /// <inheritdoc />
    public static string Verb => "request";

    /// <inheritdoc />
    public static IEnumerable<RequestButton> Samples => [new(new string('r', 32))];

    /// <inheritdoc />
    public static RequestButton? TryDecode(string argument) => argument.Split(':') switch
    {
        ["cancel", var id] when id.Length is > 0 and <= 32 && id.All(char.IsAsciiLetterOrDigit) => new(id),
        _ => null,
    };

    /// <inheritdoc />
    public string Encode() => $"cancel:{RequestId}";
}
