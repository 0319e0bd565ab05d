using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;

namespace Kiosk.Conversations.Forms;

/// <summary>What a form answer led to.</summary>
public enum FormOutcome
{
    /// <summary>The form asked its next question or showed the summary.</summary>
    Asking,

    /// <summary>The person confirmed the summary; the draft is complete.</summary>
    Confirmed,
}

/// <summary>
/// Runs a form: asks the first empty slot, recognizes and validates the answer, moves on, and ends in a
/// summary with "change X" buttons and a confirm button. After three misses in a row the buttons are
/// offered again. Button data: "form:slot=value", "form:change=slot", "form:confirm".
/// </summary>
public static class FormRunner
{
    private const int MissesBeforeButtons = 3;
    private const string Done = "done";
    private const string SomethingElse = "*";

    /// <summary>Asks the first empty slot, or shows the summary when all are filled.</summary>
    public static FormOutcome Ask<TDraft>(Turn turn, Form<TDraft> form, TDraft draft, FormProgress progress)
    {
        var next = progress.Reviewing ? null : form.Slots.FirstOrDefault(slot => !slot.IsFilled(draft));
        if (next is null)
        {
            ShowSummary(turn, form, draft, progress);
        }
        else
        {
            AskSlot(turn, next, progress, draft);
        }

        return FormOutcome.Asking;
    }

    /// <summary>Handles free text while the form is running.</summary>
    public static FormOutcome OnText<TDraft>(Turn turn, Form<TDraft> form, TDraft draft, FormProgress progress, string text)
    {
        var slot = Current(form, progress);
        if (slot is null)
        {
            return Miss(turn, form, draft, progress, null);
        }

        var value = slot.Recognize?.Invoke(turn, text);
        return value is null ? Miss(turn, form, draft, progress, null) : Fill(turn, form, draft, progress, slot, value);
    }

    /// <summary>Handles a pressed form button (argument of "form:..."); forged data is treated as a miss.</summary>
    public static FormOutcome OnButton<TDraft>(Turn turn, Form<TDraft> form, TDraft draft, FormProgress progress, FormButton button)
    {
        if (button is { Key: "confirm", Value: "" } && progress.Slot is null && form.Slots.All(slot => slot.IsFilled(draft)))
        {
            turn.RemovePressedButtons();
            return FormOutcome.Confirmed;
        }

        var (key, value) = (button.Key, button.Value);
        if (key == "change" && form.Slots.FirstOrDefault(slot => slot.Name == value) is { } toChange)
        {
            turn.RemovePressedButtons();
            progress.Reviewing = true;
            AskSlot(turn, toChange, progress, draft);
            return FormOutcome.Asking;
        }

        var slot = Current(form, progress);
        if (slot is not null && slot.Name == key && value == SomethingElse && draft is not null && LikelyOf(slot, draft).Count > 0)
        {
            turn.RemovePressedButtons();
            slot.ForgetLikely?.Invoke(draft);
            AskSlot(turn, slot, progress, draft);
            return FormOutcome.Asking;
        }

        var isDone = slot?.Toggle is not null && value == Done;
        if (slot is null || slot.Name != key || !(isDone || slot.Choices(turn).Any(choice => choice.Value == value)))
        {
            turn.Say("input.old_button");
            return Ask(turn, form, draft, progress);
        }

        if (slot.Toggle is not null && !isDone)
        {
            slot.Toggle(draft, value);
            turn.EditPressedButtons(Buttons(turn, slot, draft));
            return FormOutcome.Asking;
        }

        turn.RemovePressedButtons();
        return Fill(turn, form, draft, progress, slot, value);
    }

    /// <summary>Answers the current slot with a value found another way (a shared location); a miss when it does not fit.</summary>
    public static FormOutcome Answer<TDraft>(Turn turn, Form<TDraft> form, TDraft draft, FormProgress progress, string slotName, string? value)
    {
        var slot = Current(form, progress);
        return slot is null || slot.Name != slotName || value is null
            ? Miss(turn, form, draft, progress, null)
            : Fill(turn, form, draft, progress, slot, value);
    }

    /// <summary>The name of the slot whose answer is expected, or null at the summary.</summary>
    public static string? CurrentSlot(FormProgress progress) => progress.Slot;

    private static FormOutcome Fill<TDraft>(Turn turn, Form<TDraft> form, TDraft draft, FormProgress progress, Slot<TDraft> slot, string value)
    {
        if (slot.Validate(value) is { } problem)
        {
            return Miss(turn, form, draft, progress, problem);
        }

        slot.Apply(turn, draft, value);
        progress.Misses = 0;
        progress.Slot = null;
        return Ask(turn, form, draft, progress);
    }

    private static FormOutcome Miss<TDraft>(Turn turn, Form<TDraft> form, TDraft draft, FormProgress progress, string? problemKey)
    {
        progress.Misses++;
        var slot = Current(form, progress);
        if (slot is null)
        {
            turn.Say("form.retry_buttons");
            ShowSummary(turn, form, draft, progress);
            return FormOutcome.Asking;
        }

        turn.Say(problemKey ?? "form.retry", ("example", turn.T(slot.ExampleKey)), ("max", Flows.CommonSlots.MaxText));
        if (progress.Misses >= MissesBeforeButtons || slot.Recognize is null)
        {
            progress.Misses = 0;
            AskSlot(turn, slot, progress, draft);
        }

        return FormOutcome.Asking;
    }

    private static void AskSlot<TDraft>(Turn turn, Slot<TDraft> slot, FormProgress progress, TDraft? draft = default)
    {
        progress.Slot = slot.Name;
        var likely = draft is null ? [] : LikelyOf(slot, draft);
        turn.SayText(turn.T(likely.Count > 0 && slot.LikelyPromptKey is { } likelyPrompt ? likelyPrompt : slot.PromptKey), Buttons(turn, slot, draft));
    }

    private static IReadOnlyList<string> LikelyOf<TDraft>(Slot<TDraft> slot, TDraft draft) => slot.Likely?.Invoke(draft) ?? [];

    private static IEnumerable<IEnumerable<Button>> Buttons<TDraft>(Turn turn, Slot<TDraft> slot, TDraft? draft)
    {
        var likely = draft is null ? [] : LikelyOf(slot, draft);
        if (likely.Count > 0)
        {
            // One per row, most likely first, then the way to every choice.
            var all = slot.Choices(turn);
            return likely.Select(value => all.FirstOrDefault(choice => choice.Value == value)).OfType<Choice>()
                .Select(choice => (IEnumerable<Button>)[Button.Press(choice.Label, Data(slot.Name, choice.Value))])
                .Append([Button.Press(turn.T("form.something_else"), Data(slot.Name, SomethingElse))]);
        }

        var choices = slot.Choices(turn).Select(choice =>
        {
            var ticked = draft is not null && slot.IsTicked?.Invoke(draft, choice.Value) == true;
            return Button.Press(ticked ? "✅ " + choice.Label : choice.Label, Data(slot.Name, choice.Value));
        });
        var rows = choices.Chunk(2).Select(row => (IEnumerable<Button>)row);
        return slot.Toggle is null ? rows : rows.Append([Button.Press(turn.T("form.done"), Data(slot.Name, Done))]);
    }

    private static void ShowSummary<TDraft>(Turn turn, Form<TDraft> form, TDraft draft, FormProgress progress)
    {
        progress.Slot = null;
        progress.Reviewing = true;
        var lines = form.Slots.Select(slot => $"{turn.T(slot.LabelKey)}: {slot.Describe(turn, draft)}");
        var buttons = form.Slots
            .Select(slot => Button.Press(turn.T("form.change", ("field", turn.T(slot.LabelKey))), Data("change", slot.Name)))
            .Chunk(2)
            .Prepend([Button.Press(turn.T("form.confirm"), Data("confirm", ""))]);
        turn.SayText(turn.T("form.summary") + "\n\n" + string.Join('\n', lines), buttons);
    }

    private static Slot<TDraft>? Current<TDraft>(Form<TDraft> form, FormProgress progress) =>
        form.Slots.FirstOrDefault(slot => slot.Name == progress.Slot);

    private static string Data(string key, string value) => FlowButton.Data(new FormButton(key, value));
}
