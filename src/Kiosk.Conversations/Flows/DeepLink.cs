using Kiosk.Domain;

namespace Kiosk.Conversations.Flows;

/// <summary>
/// The payload of a <c>/start</c> deep link from a kiosk poster: "de", "ar_offer", "request".
/// Unknown parts are ignored, so a damaged link still starts the bot.
/// </summary>
public sealed record DeepLink(string? Language, MemberRole Role)
{
    /// <summary>Reads a payload against the supported languages.</summary>
    public static DeepLink Parse(string? payload, IReadOnlyList<string> languages)
    {
        string? language = null;
        var role = MemberRole.None;
        foreach (var part in (payload ?? "").ToLowerInvariant().Split(['_', '-', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (languages.Contains(part))
            {
                language = part;
            }
            else if (part == "offer")
            {
                role = MemberRole.Newcomer;
            }
            else if (part == "request")
            {
                role = MemberRole.Neighbour;
            }
        }

        return new DeepLink(language, role);
    }
}
