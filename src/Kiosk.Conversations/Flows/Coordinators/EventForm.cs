using System.Globalization;
using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Conversations.Flows.AtTheKiosk;
using Kiosk.Conversations.Forms;
using Kiosk.Domain.Info;
using NodaTime;

namespace Kiosk.Conversations.Flows.Coordinators;

/// <summary>A coordinator adds an event: the text, then the day and time (free text or a day button and the time), then save.</summary>
public static class EventForm
{
    private const int MaxTitle = 100;
    private const int DayButtons = 7;

    /// <summary>Starts a new event, leaving any form.</summary>
    public static void Start(Turn turn)
    {
        Flow.Enter(turn, new AddingEvent());
        turn.Say("kiosk.ask_text");
    }

    /// <summary>The event's text: the first line is the title, the rest the description.</summary>
    public static void OnText(Turn turn, AddingEvent adding, string text)
    {
        var lines = text.Trim().Split('\n', 2, StringSplitOptions.TrimEntries);
        var (title, description) = (lines[0], lines.Length > 1 ? lines[1] : "");
        if (title.Length == 0 || title.Length > MaxTitle || description.Length > CommonSlots.MaxText)
        {
            turn.Say("kiosk.too_long", ("title", MaxTitle), ("description", CommonSlots.MaxText));
            return;
        }

        (adding.Draft, adding.Stage) = (new EventDraft { Title = title, Description = description }, EventStage.Timing);
        AskWhen(turn);
    }

    /// <summary>The day and time in free text ("Samstag 15 Uhr", "tomorrow 10 am"), or only the time after a day button.</summary>
    public static void OnWhen(Turn turn, AddingEvent adding, string text)
    {
        var draft = adding.Draft;
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
            adding.Stage = EventStage.Confirming;
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
    public static void Repeat(Turn turn, AddingEvent adding)
    {
        switch (adding.Stage)
        {
            case EventStage.Writing:
                turn.Say("kiosk.ask_text");
                break;
            case EventStage.Confirming when adding.Draft.Start is { } start:
                Confirm(turn, adding.Draft, start);
                break;
            default:
                AskWhen(turn);
                break;
        }
    }

    private static void AskWhen(Turn turn)
    {
        var today = turn.Time.LocalNow.Date;
        var days = Enumerable.Range(0, DayButtons).Select(offset => today.PlusDays(offset)).Select(day =>
            Button.Press(KioskInfo.Date(turn, day), EventDesk.Data("day", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        turn.SayText(turn.T("kiosk.ask_when"), days.Chunk(2));
    }

    private static void Confirm(Turn turn, EventDraft draft, LocalDateTime start)
    {
        var preview = new KioskEvent { Title = draft.Title, Description = draft.Description, Start = start };
        turn.SayText(turn.T("kiosk.confirm", ("event", KioskEvents.Describe(turn, preview))),
            [[Button.Press(turn.T("kiosk.save"), EventDesk.Data("save"))], [Button.Press(turn.T("kiosk.discard"), EventDesk.Data("drop"))]]);
    }

    /// <summary>Saves the confirmed event (when its time is still ahead).</summary>
    public static void Save(Turn turn, AddingEvent adding, LocalDateTime start)
    {
        turn.RemovePressedButtons();
        var draft = adding.Draft;
        if (start <= turn.Time.LocalNow.LocalDateTime)
        {
            turn.Say("kiosk.in_past");
            adding.Stage = EventStage.Timing;
            AskWhen(turn);
            return;
        }

        Flow.Leave(turn);

        var kioskEvent = new KioskEvent { Id = Ids.New(), Title = draft.Title, Description = draft.Description, Start = start, CreatedBy = turn.Inbound.UserId };
        turn.Changes.Events[kioskEvent.Id] = kioskEvent;
        turn.Say("kiosk.saved");
        MainMenu.Show(turn);
    }
}
