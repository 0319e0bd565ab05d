namespace Kiosk.Conversations.Engine;

/// <summary>
/// Callback data of the bot's buttons: "verb:argument", at most 64 bytes. Button data is untrusted
/// (anyone can send any data), so parsing accepts only the verbs of registered flows and leaves decoding the argument
/// to the flow's button record.
/// </summary>
public readonly record struct ButtonData(string Verb, string Argument)
{
    /// <summary>Choose a language: "lang:ar".</summary>
    public const string Language = "lang";

    /// <summary>Accept or decline the privacy notice: "privacy:yes".</summary>
    public const string Privacy = "privacy";

    /// <summary>A main menu entry: "menu:offer".</summary>
    public const string Menu = "menu";

    /// <summary>An answer inside a form: "form:slot:value".</summary>
    public const string Form = "form";

    /// <summary>Matching and talking: "match:yes:ID", "match:ask:REQUEST:OFFER".</summary>
    public const string Match = "match";

    /// <summary>A coordinator's action: "coord:broadcast:send:ID". Refused for everyone else.</summary>
    public const string Coordinator = "coord";

    /// <summary>Asking the Smart cooperative for advice: "advice:topic:invoicing", "advice:accept:ID".</summary>
    public const string Advice = "advice";

    /// <summary>The data as sent to Telegram.</summary>
    public override string ToString() => $"{Verb}:{Argument}";

    /// <summary>Parses button data; false for anything the bot did not make.</summary>
    public static bool TryParse(string? data, out ButtonData button)
    {
        button = default;
        if (string.IsNullOrEmpty(data) || data.Length > 64)
        {
            return false;
        }

        var colon = data.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || Units.FlowRegistry.ForButton(data[..colon]) is null)
        {
            return false;
        }

        button = new ButtonData(data[..colon], data[(colon + 1)..]);
        return true;
    }
}
