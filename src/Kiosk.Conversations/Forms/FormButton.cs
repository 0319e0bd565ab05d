using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;

namespace Kiosk.Conversations.Forms;

/// <summary>
/// A form's button: "form:confirm", "form:SLOT=VALUE" (an answer, "something else" or "done"), "form:change=SLOT". Whether
/// the slot and value fit the form where it is, <see cref="FormRunner"/> checks.
/// </summary>
/// <param name="Key">The slot, "change", or "confirm".</param>
/// <param name="Value">The value (or the slot to change); empty for "confirm".</param>
public sealed record FormButton(string Key, string Value = "") : IFlowButton<FormButton>
{
    /// <inheritdoc />
    public static string Verb => ButtonData.Form;

    /// <inheritdoc />
    public static IEnumerable<FormButton> Samples => [new("confirm"), new("change", "availability"), new("category", "translation"), new("languages", "done")];

    /// <inheritdoc />
    public static FormButton? TryDecode(string argument)
    {
        if (argument == "confirm")
        {
            return new("confirm");
        }

        var equals = argument.IndexOf('=', StringComparison.Ordinal);
        return equals > 0 && equals < argument.Length - 1 && argument.IndexOf('=', equals + 1) < 0 ? new(argument[..equals], argument[(equals + 1)..]) : null;
    }

    /// <inheritdoc />
    public string Encode() => Key == "confirm" && Value.Length == 0 ? Key : $"{Key}={Value}";
}
