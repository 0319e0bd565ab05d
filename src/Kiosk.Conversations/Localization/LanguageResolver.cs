namespace Kiosk.Conversations.Localization;

/// <summary>
/// Maps a Telegram language code ("pt-br", "en-US", "prs") to the nearest supported language,
/// or null when none is close.
/// </summary>
public static class LanguageResolver
{
    // Dari and Western Persian are read as Farsi; "ua" is a common mistake for Ukrainian.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["prs"] = "fa",
        ["pes"] = "fa",
        ["ua"] = "uk",
    };

    /// <summary>The supported language closest to <paramref name="code"/>, or null.</summary>
    public static string? Resolve(string? code, IReadOnlyList<string> supported)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var normalized = code.Trim().ToLowerInvariant().Replace('_', '-');
        var baseCode = normalized.Split('-')[0];
        foreach (var candidate in new[] { normalized, baseCode })
        {
            var mapped = Aliases.GetValueOrDefault(candidate, candidate);
            if (supported.Contains(mapped))
            {
                return mapped;
            }
        }

        return null;
    }
}
