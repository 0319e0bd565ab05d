namespace Kiosk.Conversations.Flows.HelpRequests;

/// <summary>
/// The ready-made phrases of a chat through the bot, by group, in the order they are shown. Their texts are
/// "phrases.GROUP.ID" in every catalog, reviewed to say exactly the same in each language: the other side reads the
/// phrase in their own language and can rely on it.
/// </summary>
public static class PhraseBook
{
    /// <summary>The groups, each with its phrases.</summary>
    public static readonly IReadOnlyList<(string Group, IReadOnlyList<string> Phrases)> Groups =
    [
        ("time", ["on_my_way", "late_10", "late_30", "here", "ring", "wait", "what_time", "today_ok", "tomorrow_ok", "other_day"]),
        ("place", ["where_exactly", "send_address", "which_floor", "at_kiosk", "cant_find", "send_location", "come_down"]),
        ("job", ["send_photo", "what_bring", "bring_tools", "have_tools", "how_long", "how_much", "free", "materials", "part_needed", "more_time", "done", "cannot_do"]),
        ("talk", ["yes", "no", "agreed", "not_understood", "short", "interpreter", "thanks", "thanks_help", "welcome", "sorry", "cancel", "see_you"]),
    ];

    /// <summary>"It's done": ends the job, and both are asked how it went.</summary>
    public const string Done = "job.done";

    /// <summary>Every phrase as "GROUP.ID".</summary>
    public static IEnumerable<string> All => Groups.SelectMany(group => group.Phrases.Select(phrase => $"{group.Group}.{phrase}"));

    /// <summary>True for a group of the book.</summary>
    public static bool IsGroup(string group) => Groups.Any(candidate => candidate.Group == group);

    /// <summary>True for "GROUP.ID" of the book.</summary>
    public static bool IsPhrase(string phrase) => All.Contains(phrase, StringComparer.Ordinal);

    /// <summary>The phrases of <paramref name="group"/> as "GROUP.ID".</summary>
    public static IEnumerable<string> Of(string group) =>
        Groups.Where(candidate => candidate.Group == group).SelectMany(candidate => candidate.Phrases.Select(phrase => $"{group}.{phrase}"));

    /// <summary>The catalog key of a phrase.</summary>
    public static string Key(string phrase) => $"phrases.{phrase}";
}
