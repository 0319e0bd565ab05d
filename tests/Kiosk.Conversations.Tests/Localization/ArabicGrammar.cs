using System.Text.RegularExpressions;

namespace Kiosk.Conversations.Tests.Localization;

/// <summary>
/// Third-person masculine verb forms a translator reaches for first. A person's name may be Amina as well as Jens:
/// the house rule (docs/translations.md) is nominal sentences or the name as an object ("سألتُ {name}").
/// </summary>
internal static partial class ArabicGrammar
{
    public static readonly string[] MasculineVerbs = ["يستطيع", "يريد", "يحتاج", "وافق", "رفض", "قال", "كتب", "أرسل", "يساعد", "يقدم", "يبحث", "سأل", "أجاب", "غادر",
        "انضم", "يترجم", "يمكنه", "يرد", "اقترح", "يعرض", "ساعد", "يقترح", "يرى", "يعرف", "لديه", "أنهى", "شارك", "ألغى", "اختار", "قبل"];

    /// <summary>The masculine verbs right before or right after <paramref name="name"/> in the text.</summary>
    public static IEnumerable<string> MasculineVerbsNextTo(string text, string name) =>
        Regex.Matches(text, $@"(?<before>[\p{{L}}\p{{M}}]+)\s+{Regex.Escape(name)}|{Regex.Escape(name)}\s+(?<after>[\p{{L}}\p{{M}}]+)")
            .Select(match => match.Groups["before"].Success ? match.Groups["before"].Value : match.Groups["after"].Value)
            .Where(word => MasculineVerbs.Contains(word));
}
