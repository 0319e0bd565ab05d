using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Conversations.Flows.Coordinators;
using Kiosk.Domain.Info;
using Kiosk.Domain.Matching;
using NodaTime;

namespace Kiosk.Conversations.Flows.AtTheKiosk;

/// <summary>/events: upcoming events at the kiosk, a reminder per event on request, and the reminder itself.</summary>
public static class KioskEvents
{
    private const int MaxListed = 10;
    private const int MaxTitleInButton = 28;
    private static readonly LocalTime EveningBefore = new(18, 0);
    private static readonly Duration ShortNotice = Duration.FromHours(2);

    /// <summary>Lists the upcoming events; members get a reminder button per event, coordinators also add and delete.</summary>
    public static void Show(Turn turn)
    {
        var events = turn.Directory.UpcomingEvents(turn.Time.LocalNow.LocalDateTime).Take(MaxListed).ToList();
        var text = events.Count == 0
            ? turn.T("kiosk.events_none")
            : turn.T("kiosk.events_title") + "\n\n" + string.Join("\n\n", events.Select(kioskEvent => Describe(turn, kioskEvent)));
        turn.SayText(text, Buttons(turn, events));
    }

    /// <summary>"📅 Saturday, 28.11. at 15:00", the title and the description, in the person's language.</summary>
    public static string Describe(Voice voice, KioskEvent kioskEvent) =>
        $"📅 {KioskInfo.At(voice, kioskEvent.Start)}\n{kioskEvent.Title}" + (kioskEvent.Description.Length > 0 ? "\n" + kioskEvent.Description : "");

    /// <summary>"Remind me" or "no reminder" (<see cref="EventReminderFlow"/>); the id is checked against the stored events.</summary>
    public static void Remind(Turn turn, string eventId, bool subscribe)
    {
        var kioskEvent = turn.Directory.Event(eventId);
        if (kioskEvent is null || !kioskEvent.IsUpcoming(turn.Time.LocalNow.LocalDateTime))
        {
            turn.Say("kiosk.event_gone");
            return;
        }

        var me = turn.Inbound.UserId;
        if (subscribe && !kioskEvent.Subscribers.Contains(me))
        {
            kioskEvent.Subscribers.Add(me);
            var at = ReminderAt(turn, kioskEvent);
            if (at is { } due)
            {
                turn.Scheduled.Add(new ScheduledStep { Id = Ids.New(), Kind = StepKind.EventReminder, MatchId = kioskEvent.Id, MemberId = me, DueAt = due });
            }

            turn.Say(at is null ? "kiosk.subscribed_soon" : "kiosk.subscribed");
        }
        else if (!subscribe)
        {
            kioskEvent.Subscribers.Remove(me);
            turn.Say("kiosk.unsubscribed");
        }
        else
        {
            turn.Say("kiosk.subscribed");
        }

        turn.Changes.Events[kioskEvent.Id] = kioskEvent;
        var shown = turn.Directory.UpcomingEvents(turn.Time.LocalNow.LocalDateTime).Take(MaxListed)
            .Select(listed => listed.Id == kioskEvent.Id ? kioskEvent : listed).ToList();
        turn.EditPressedButtons(Buttons(turn, shown));
    }

    /// <summary>Runs a due reminder (a system turn): once per member, only while the event is planned and they still want it.</summary>
    public static void Remind(Turn turn, ScheduledStep step)
    {
        var kioskEvent = turn.Directory.Event(step.MatchId);
        if (kioskEvent is null || !kioskEvent.IsUpcoming(turn.Time.LocalNow.LocalDateTime) || !kioskEvent.Subscribers.Contains(step.MemberId)
            || kioskEvent.Reminded.Contains(step.MemberId) || turn.Directory.Member(step.MemberId) is not { } member)
        {
            return;
        }

        kioskEvent.Reminded.Add(member.Id);
        turn.Changes.Events[kioskEvent.Id] = kioskEvent;
        var voice = new Voice(turn.Localizer, member.Language);
        turn.SayTo(member.Id, member.Language, "kiosk.reminder", null, ("event", Describe(voice, kioskEvent)), ("address", turn.Options.Address));
    }

    // The evening before at 18:00; when that is past, two hours before; when that is past too, none.
    private static Instant? ReminderAt(Turn turn, KioskEvent kioskEvent)
    {
        var evening = (kioskEvent.Start.Date.PlusDays(-1) + EveningBefore).InZoneLeniently(turn.Time.Zone).ToInstant();
        var shortly = kioskEvent.Start.InZoneLeniently(turn.Time.Zone).ToInstant() - ShortNotice;
        return evening > turn.Time.Now ? evening : shortly > turn.Time.Now ? shortly : null;
    }

    private static List<IEnumerable<Button>> Buttons(Turn turn, IReadOnlyList<KioskEvent> events)
    {
        var rows = new List<IEnumerable<Button>>();
        if (turn.Member is null)
        {
            return rows;
        }

        foreach (var kioskEvent in events)
        {
            var title = Short(kioskEvent.Title);
            rows.Add(kioskEvent.Subscribers.Contains(turn.Inbound.UserId)
                ? [Button.Press(turn.T("kiosk.no_reminder", ("title", title)), FlowButton.Data(new EventButton(Subscribe: false, kioskEvent.Id)))]
                : [Button.Press(turn.T("kiosk.remind_me", ("title", title)), FlowButton.Data(new EventButton(Subscribe: true, kioskEvent.Id)))]);
        }

        if (turn.IsCoordinator)
        {
            rows.AddRange(events.Select(kioskEvent => new[] { Button.Press(turn.T("kiosk.delete", ("title", Short(kioskEvent.Title))), EventDesk.Data("del", kioskEvent.Id)) }));
            rows.Add([Button.Press(turn.T("kiosk.add"), EventDesk.Data("add"))]);
        }

        rows.Add([MainMenu.BackButton(turn)]);
        return rows;
    }

    private static string Short(string title) => title.Length <= MaxTitleInButton ? title : title[..(MaxTitleInButton - 1)] + "…";
}
