using Kiosk.Domain;

namespace Kiosk.Conversations.Flows;

/// <summary>
/// The payload of a <c>/start</c> deep link from a kiosk poster: "de", "ar_offer", "request", or a
/// coordinator invite "coord_CODE". Unknown parts are ignored, so a damaged link still starts the bot.
/// </summary>
public sealed record DeepLink(string? Language, MemberRole Role)
{
    /// <summary>The code of a coordinator invite, when the link is one.</summary>
    public string? Invite { get; init; }

    /// <summary>Reads a payload against the supported languages.</summary>
    public static DeepLink Parse(string? payload, IReadOnlyList<string> languages)
    {
        string? language = null;
        var role = MemberRole.None;
        string? invite = null;
        var parts = (payload ?? "").ToLowerInvariant().Split(['_', '-', ' '], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part == Coordinators.Invites.LinkWord && i + 1 < parts.Length)
            {
                invite = parts[++i];
            }
            else if (languages.Contains(part))
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

        return new DeepLink(language, role) { Invite = invite };
    }
}
