using Kiosk.Conversations.Engine;

namespace Kiosk.Conversations.Forms;

/// <summary>A choice offered as a button: the label is localized, the value goes into the button data.</summary>
/// <param name="Label">What the person sees.</param>
/// <param name="Value">What the slot receives (short: it travels in 64 bytes of callback data).</param>
public sealed record Choice(string Label, string Value);

/// <summary>
/// One slot of a form over a typed draft: the prompt (text and buttons), the recognizer for free text,
/// the validator, and how the value is written into the draft and shown in the summary.
/// </summary>
/// <typeparam name="TDraft">The draft the form fills, e.g. an offer draft.</typeparam>
public sealed class Slot<TDraft>
{
    /// <summary>Stable name, used in button data and the stored progress.</summary>
    public required string Name { get; init; }

    /// <summary>Localization key of the question.</summary>
    public required string PromptKey { get; init; }

    /// <summary>Localization key of the slot's name in the summary ("When").</summary>
    public required string LabelKey { get; init; }

    /// <summary>Localization key of an example answer, shown after a miss.</summary>
    public required string ExampleKey { get; init; }

    /// <summary>True when the draft already has a value for this slot.</summary>
    public required Func<TDraft, bool> IsFilled { get; init; }

    /// <summary>Buttons that answer the slot without typing; every slot has at least one.</summary>
    public required Func<Turn, IReadOnlyList<Choice>> Choices { get; init; }

    /// <summary>
    /// A few likely values to offer first, with a "something else" button that shows every choice (null or empty:
    /// every choice at once), asked with <see cref="LikelyPromptKey"/>.
    /// </summary>
    public Func<TDraft, IReadOnlyList<string>?>? Likely { get; init; }

    /// <summary>Forgets the likely values ("something else" was pressed).</summary>
    public Action<TDraft>? ForgetLikely { get; init; }

    /// <summary>Localization key of the question when likely values are offered first.</summary>
    public string? LikelyPromptKey { get; init; }

    /// <summary>Free text to a value, or null when not understood. Null means buttons only.</summary>
    public Func<Turn, string, string?>? Recognize { get; init; }

    /// <summary>Checks a value from a button or the recognizer: null if fine, else a localization key.</summary>
    public Func<string, string?> Validate { get; init; } = _ => null;

    /// <summary>Writes a valid value into the draft (the turn gives the time, for values like "tomorrow").</summary>
    public required Action<Turn, TDraft, string> Apply { get; init; }

    /// <summary>
    /// For a multiple choice: whether a value is ticked. Pressing a choice then ticks or unticks it (with
    /// <see cref="Toggle"/>), and the value "done" ends the slot.
    /// </summary>
    public Func<TDraft, string, bool>? IsTicked { get; init; }

    /// <summary>Ticks or unticks a value of a multiple choice.</summary>
    public Action<TDraft, string>? Toggle { get; init; }

    /// <summary>The slot's value as the summary shows it.</summary>
    public required Func<Turn, TDraft, string> Describe { get; init; }
}

/// <summary>An ordered list of slots over a draft, ending in a summary with change and confirm.</summary>
/// <param name="Id">Stable form id ("offer"), for logs and storage.</param>
/// <param name="Slots">The slots, asked in this order when empty.</param>
/// <typeparam name="TDraft">The draft type.</typeparam>
public sealed record Form<TDraft>(string Id, IReadOnlyList<Slot<TDraft>> Slots);
