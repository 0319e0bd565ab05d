using Kiosk.Conversations.Engine;
using Kiosk.Domain.Broadcasts;

namespace Kiosk.Conversations.Flows.Coordinators;

/// <summary>What a coordinator sees before sending: the audience in words, and who would get which version.</summary>
public static class BroadcastPlan
{
    /// <summary>One line per version: "English: 35 (English 20, Русский 15)", biggest first; each language name isolated, so "فارسی 3" keeps its number after it in left-to-right text.</summary>
    public static IReadOnlyList<string> Lines(Voice turn, Broadcast broadcast, IReadOnlyDictionary<string, int> recipientsByLanguage) =>
        recipientsByLanguage
            .GroupBy(pair => broadcast.VersionFor(pair.Key))
            .OrderByDescending(group => group.Sum(pair => pair.Value))
            .Select(group => turn.T("broadcast.plan_line",
                ("version", turn.Localizer.LanguageName(group.Key)),
                ("count", group.Sum(pair => pair.Value)),
                ("languages", string.Join(", ", group.OrderByDescending(pair => pair.Value).Select(pair => $"{Localization.Bidi.Isolate(turn.Localizer.LanguageName(pair.Key))} {pair.Value}")))))
            .ToList();

    /// <summary>The audience in words: "Everyone", "Language: العربية", "District: Ottensen".</summary>
    public static string AudienceLabel(Voice turn, Audience audience) => audience.Kind switch
    {
        AudienceKind.Language => turn.T("broadcast.audience_language") + ": " + turn.Localizer.LanguageName(audience.Value),
        AudienceKind.District => turn.T("broadcast.audience_district") + ": " + Labels.District(turn, audience.Value),
        AudienceKind.Category => turn.T("broadcast.audience_category") + ": " + Labels.Category(turn, audience.Value),
        AudienceKind.Newcomers => turn.T("broadcast.audience_newcomers"),
        AudienceKind.Neighbours => turn.T("broadcast.audience_neighbours"),
        _ => turn.T("broadcast.audience_everyone"),
    };
}
