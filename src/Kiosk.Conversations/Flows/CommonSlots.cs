using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Forms;
using Kiosk.Domain;

namespace Kiosk.Conversations.Flows;

/// <summary>Slots that both forms use: category, district, and a text of the person's own words.</summary>
public static class CommonSlots
{
    /// <summary>Longest text of a person's own words.</summary>
    public const int MaxText = 500;

    /// <summary>The value of the "skip" button of an optional text.</summary>
    public const string Skip = "-";

    /// <summary>A free message as the person's own words of a form: trimmed, and cut (with "…") to fit <see cref="MaxText"/>.</summary>
    public static string OwnWords(string text) => WrittenText.Cut(text.Trim(), MaxText - 1);

    /// <summary>
    /// Category by buttons or recognized from text. When a free message left the classifier unsure, its likely
    /// categories are asked first ("is it about ...?"), with "something else" for all.
    /// </summary>
    public static Slot<TDraft> Category<TDraft>(
        string form, Func<TDraft, string?> get, Action<TDraft, string> set, Func<TDraft, List<string>?> likely, Action<TDraft, List<string>?> setLikely) => new()
    {
        Name = "category", PromptKey = $"{form}.ask_category", LabelKey = $"{form}.label_category", ExampleKey = $"{form}.example_category",
        LikelyPromptKey = "form.likely_category",
        Likely = likely,
        ForgetLikely = draft => setLikely(draft, null),
        IsFilled = draft => get(draft) is not null,
        Choices = turn => Categories.All.Select(id => new Choice(Labels.Category(turn, id), id)).ToList(),
        Recognize = (turn, text) => turn.Recognizers.Category.Recognize(text, turn.Language),
        Validate = value => Categories.IsKnown(value) ? null : "form.retry",
        Apply = (_, draft, value) =>
        {
            set(draft, value);
            setLikely(draft, null);
        },
        Describe = (turn, draft) => Labels.Category(turn, get(draft)),
    };

    /// <summary>District by buttons, recognized from text, or from a shared location.</summary>
    public static Slot<TDraft> District<TDraft>(string form, Func<TDraft, string?> get, Action<TDraft, string> set) => new()
    {
        Name = "district", PromptKey = $"{form}.ask_district", LabelKey = $"{form}.label_district", ExampleKey = $"{form}.example_district",
        IsFilled = draft => get(draft) is not null,
        Choices = turn => Districts.Ids.Select(id => new Choice(Labels.District(turn, id), id)).ToList(),
        Recognize = (turn, text) => turn.Recognizers.District.Recognize(text, turn.Language),
        Validate = value => Districts.IsKnown(value) ? null : "form.location_unknown",
        Apply = (_, draft, value) => set(draft, value),
        Describe = (turn, draft) => Labels.District(turn, get(draft)),
    };

    /// <summary>The person's own words (at most 500 characters), or skipped.</summary>
    public static Slot<TDraft> OwnWords<TDraft>(string name, string form, string key, Func<TDraft, string?> get, Action<TDraft, string> set, string emptyKey) => new()
    {
        Name = name, PromptKey = $"{form}.ask_{key}", LabelKey = $"{form}.label_{key}", ExampleKey = $"{form}.example_{key}",
        IsFilled = draft => get(draft) is not null,
        Choices = turn => [new Choice(turn.T("form.skip"), Skip)],
        Recognize = (_, text) => text.Trim().Length == 0 ? null : text.Trim(),
        Validate = value => value.Length > MaxText ? "form.too_long" : null,
        Apply = (_, draft, value) => set(draft, value == Skip ? "" : value),
        Describe = (turn, draft) => get(draft) is { Length: > 0 } words ? words : turn.T(emptyKey),
    };
}
