using System.Globalization;
using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Forms;
using Kiosk.Domain.Info;
using NodaTime;
using NodaTime.Text;

namespace Kiosk.Conversations.Flows.Coordinators;

/// <summary>
/// Coordinators add events (text, then day and time from free text or day buttons, then save) and delete
/// them; people who asked for a reminder hear when an event is cancelled.
/// </summary>
public static class EventDesk
{
    private const int MaxTitle = 100;
    private const int DayButtons = 7;

    /// <summary>Button data "coord:ev:...".</summary>
    public static string Data(params string[] parts) => CoordinatorCommands.Data(["ev", .. parts]);

    /// <summary>A pressed "coord:ev:..." button of a coordinator; ids and dates are checked here.</summary>
    public static void OnButton(Turn turn, string[] parts)
    {
        var draft = turn.State.EventDraft;
        switch (parts)
        {
            case ["add"]:
                turn.State.LeaveForm();
                turn.State.EventDraft = new EventDraft();
                turn.State.Step = ConversationStep.WritingEvent;
                turn.Say("kiosk.ask_text");
                break;
            case ["day", var text] when draft is not null && turn.State.Step == ConversationStep.TimingEvent
                && LocalDatePattern.Iso.Parse(text) is { Success: true } day && day.Value >= turn.Time.LocalNow.Date:
                draft.Day = day.Value;
                turn.Say("kiosk.ask_time", ("day", KioskInfo.Date(turn, day.Value)));
                break;
            case ["save"] when draft is { Start: { } start } && turn.State.Step == ConversationStep.ConfirmingEvent:
                Save(turn, draft, start);
                break;
            case ["drop"]:
                turn.RemovePressedButtons();
                turn.Say("kiosk.dropped");
                MainMenu.Show(turn);
                break;
            case ["del", var id] when Planned(turn, id) is { } kioskEvent:
                turn.SayText(turn.T("kiosk.delete_ask", ("event", KioskEvents.Describe(turn, kioskEvent))),
                    [[Button.Press(turn.T("kiosk.delete_yes"), Data("delyes", id))], [Button.Press(turn.T("kiosk.delete_no"), Data("keep"))]]);
                break;
            case ["delyes", var id] when Planned(turn, id) is { } kioskEvent:
                Delete(turn, kioskEvent);
                break;
            case ["keep"]:
                turn.RemovePressedButtons();
                KioskEvents.Show(turn);
                break;
            case ["del" or "delyes", _]:
                turn.Say("kiosk.event_gone");
                break;
            default:
                turn.Say("input.old_button");
                break;
        }
    }

    /// <summary>The event's text: the first line is the title, the rest the description.</summary>
    public static void OnText(Turn turn, string text)
    {
        var lines = text.Trim().Split('\n', 2, StringSplitOptions.TrimEntries);
        var (title, description) = (lines[0], lines.Length > 1 ? lines[1] : "");
        if (title.Length == 0 || title.Length > MaxTitle || description.Length > CommonSlots.MaxText)
        {
            turn.Say("kiosk.too_long", ("title", MaxTitle), ("description", CommonSlots.MaxText));
            return;
        }

        turn.State.EventDraft = new EventDraft { Title = title, Description = description };
        turn.State.Step = ConversationStep.TimingEvent;
        AskWhen(turn);
    }

    /// <summary>The day and time in free text ("Samstag 15 Uhr", "tomorrow 10 am"), or only the time after a day button.</summary>
    public static void OnWhen(Turn turn, string text)
    {
        var draft = turn.State.EventDraft ??= new EventDraft();
        var now = turn.Time.LocalNow.LocalDateTime;
        var clues = turn.Recognizers.When.Clues(text, turn.Language, now);
        var day = clues.Day ?? draft.Day;
        if (clues.Time is { } time)
        {
            var start = (day ?? (time > now.TimeOfDay ? now.Date : now.Date.PlusDays(1))) + time;
            if (start <= now)
            {
                turn.Say("kiosk.in_past");
                AskWhen(turn);
                return;
            }

            draft.Start = start;
            turn.State.Step = ConversationStep.ConfirmingEvent;
            Confirm(turn, draft, start);
        }
        else if (clues.Day is { } named)
        {
            draft.Day = named;
            turn.Say("kiosk.ask_time", ("day", KioskInfo.Date(turn, named)));
        }
        else
        {
            turn.Say("kiosk.when_not_understood");
            AskWhen(turn);
        }
    }

    /// <summary>Asks the current question of adding an event again.</summary>
    public static void Repeat(Turn turn)
    {
        switch (turn.State.Step)
        {
            case ConversationStep.WritingEvent:
                turn.Say("kiosk.ask_text");
                break;
            case ConversationStep.TimingEvent:
                AskWhen(turn);
                break;
            case ConversationStep.ConfirmingEvent when turn.State.EventDraft is { Start: { } start } draft:
                Confirm(turn, draft, start);
                break;
            default:
                MainMenu.Show(turn);
                break;
        }
    }

    private static void AskWhen(Turn turn)
    {
        var today = turn.Time.LocalNow.Date;
        var days = Enumerable.Range(0, DayButtons).Select(offset => today.PlusDays(offset)).Select(day =>
            Button.Press(KioskInfo.Date(turn, day), Data("day", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        turn.SayText(turn.T("kiosk.ask_when"), days.Chunk(2));
    }

    private static void Confirm(Turn turn, EventDraft draft, LocalDateTime start)
    {
        var preview = new KioskEvent { Title = draft.Title, Description = draft.Description, Start = start };
        turn.SayText(turn.T("kiosk.confirm", ("event", KioskEvents.Describe(turn, preview))),
            [[Button.Press(turn.T("kiosk.save"), Data("save"))], [Button.Press(turn.T("kiosk.discard"), Data("drop"))]]);
    }

    private static void Save(Turn turn, EventDraft draft, LocalDateTime start)
    {
        turn.RemovePressedButtons();
        if (start <= turn.Time.LocalNow.LocalDateTime)
        {
            turn.Say("kiosk.in_past");
            turn.State.Step = ConversationStep.TimingEvent;
            AskWhen(turn);
            return;
        }

        var kioskEvent = new KioskEvent { Id = Ids.New(), Title = draft.Title, Description = draft.Description, Start = start, CreatedBy = turn.Inbound.UserId };
        turn.Changes.Events[kioskEvent.Id] = kioskEvent;
        turn.Say("kiosk.saved");
        MainMenu.Show(turn);
    }

    private static void Delete(Turn turn, KioskEvent kioskEvent)
    {
        kioskEvent.Cancelled = true;
        turn.Changes.Events[kioskEvent.Id] = kioskEvent;
        turn.RemovePressedButtons();
        foreach (var member in kioskEvent.Subscribers.Select(turn.Directory.Member).OfType<Domain.Member>())
        {
            var voice = new Voice(turn.Localizer, member.Language);
            turn.SayTo(member.Id, member.Language, "kiosk.cancelled", null, ("event", KioskEvents.Describe(voice, kioskEvent)));
        }

        turn.Say("kiosk.deleted");
    }

    private static KioskEvent? Planned(Turn turn, string id) =>
        turn.Directory.Event(id) is { } kioskEvent && kioskEvent.IsUpcoming(turn.Time.LocalNow.LocalDateTime) ? kioskEvent : null;
}
