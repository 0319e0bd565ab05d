using System.Globalization;
using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Conversations.Flows.AdviceDesk;
using Kiosk.Domain.Advice;
using NodaTime;
using NodaTime.Text;

namespace Kiosk.Conversations.Flows.Coordinators;

/// <summary>
/// An appointment at the kiosk instead of an answer through the bot: the coordinator picks a day and a time by
/// button (or writes them), the person accepts or asks for another time, and the coordinator is told.
/// </summary>
public static class AdviceAppointments
{
    private const int DaysShown = 6;
    private static readonly LocalDatePattern DayPattern = LocalDatePattern.CreateWithInvariantCulture("yyyyMMdd");
    private static readonly LocalDateTimePattern TimePattern = LocalDateTimePattern.CreateWithInvariantCulture("yyyyMMddHHmm");
    private static readonly int[] Hours = [10, 12, 14, 16, 18];

    /// <summary>"coord:adv:meet:ID": the next days (not Sundays) as buttons; a written day and time works too.</summary>
    public static void AskDay(Turn turn, AdviceRequest request)
    {
        Flow.Enter(turn, new ProposingAppointment { AdviceId = request.Id });
        var today = turn.Time.Now.InZone(turn.Time.Zone).Date;
        var days = Enumerable.Range(1, DaysShown + 1).Select(today.PlusDays).Where(day => day.DayOfWeek != IsoDayOfWeek.Sunday).Take(DaysShown)
            .Select(day => Button.Press(Labels.Day(turn, day), CoordinatorCommands.Data(AdviceQueue.Area, "day", request.Id, DayPattern.Format(day))));
        turn.SayText(turn.T("advice.pick_day", ("name", Labels.Name(turn, request.MemberId))), days.Chunk(3));
    }

    /// <summary>"coord:adv:day:ID:yyyyMMdd": the hours of that day as buttons.</summary>
    public static void AskTime(Turn turn, AdviceRequest request, string day)
    {
        var today = turn.Time.Now.InZone(turn.Time.Zone).Date;
        if (!DayPattern.Parse(day).TryGetValue(today, out var date) || date < today || date > today.PlusDays(60))
        {
            turn.Say("input.old_button");
            return;
        }

        ShowHours(turn, request, date);
    }

    /// <summary>A written day and time while choosing ("Donnerstag 14 Uhr"), read like a help request's time.</summary>
    public static void Written(Turn turn, string adviceId, string text)
    {
        var request = AdviceChat.Load(turn, adviceId);
        if (request is null || request.CoordinatorId != turn.Inbound.UserId || request.Status != AdviceStatus.Taken)
        {
            Flow.Leave(turn);
            MainMenu.Show(turn);
            return;
        }

        var now = turn.Time.Now.InZone(turn.Time.Zone).LocalDateTime;
        var when = turn.Recognizers.When.Recognize(text, turn.Language, now);
        if (when is not { Start: { } start, End: { } end } || start <= now)
        {
            turn.Say("advice.time_not_understood");
            AskDay(turn, request);
            return;
        }

        // A clock time reads as a two-hour window; a day or part of the day needs the hour still.
        if (Period.Between(start, end, PeriodUnits.Minutes).Minutes == 120)
        {
            Propose(turn, request, start);
        }
        else
        {
            ShowHours(turn, request, start.Date);
        }
    }

    /// <summary>"coord:adv:at:ID:yyyyMMddHHmm": sends the time to the person with accept and other-time buttons.</summary>
    public static void Propose(Turn turn, AdviceRequest request, string when)
    {
        var now = turn.Time.Now.InZone(turn.Time.Zone).LocalDateTime;
        if (!TimePattern.Parse(when).TryGetValue(now, out var time) || time <= now || time > now.PlusDays(61))
        {
            turn.Say("input.old_button");
            return;
        }

        turn.RemovePressedButtons();
        Propose(turn, request, time);
    }

    /// <summary>"advice:accept:ID" or "advice:other:ID" from the person who asked.</summary>
    public static void Answer(Turn turn, string id, bool accept)
    {
        var request = AdviceChat.Load(turn, id);
        if (request is not { Appointment: { } time, AppointmentAnswer: AppointmentAnswer.None, Status: AdviceStatus.Taken, CoordinatorId: { } coordinatorId }
            || request.MemberId != turn.Inbound.UserId)
        {
            turn.Say("input.old_button");
            return;
        }

        turn.RemovePressedButtons();
        turn.Changes.AdviceRequests[request.Id] = request;
        var team = turn.VoiceOf(coordinatorId, Localization.Localizer.DefaultLanguage);
        var name = Labels.Name(turn, request.MemberId);
        if (accept)
        {
            (request.AppointmentAnswer, request.Status, request.RelayOpen) = (AppointmentAnswer.Accepted, AdviceStatus.Answered, false);
            turn.Say("advice.appointment_accepted_person", ("when", Labels.Moment(turn, time)));
            turn.SayTextTo(coordinatorId, team.T("advice.appointment_accepted_team", ("name", name), ("when", Labels.Moment(team, time))));
            return;
        }

        request.AppointmentAnswer = AppointmentAnswer.OtherTime;
        turn.Say("advice.appointment_other_person");
        turn.SayTextTo(coordinatorId, team.T("advice.appointment_other_team", ("name", name), ("when", Labels.Moment(team, time))),
        [
            [Button.Press(team.T("advice.appointment"), CoordinatorCommands.Data(AdviceQueue.Area, "meet", request.Id))],
            [Button.Press(team.T("advice.via_bot"), CoordinatorCommands.Data(AdviceQueue.Area, "relay", request.Id))],
        ]);
    }

    private static void Propose(Turn turn, AdviceRequest request, LocalDateTime time)
    {
        (request.Appointment, request.AppointmentAnswer) = (time, AppointmentAnswer.None);
        turn.Changes.AdviceRequests[request.Id] = request;
        Flow.Leave(turn);
        var person = turn.VoiceOf(request.MemberId, request.Language);
        turn.SayTo(request.MemberId, person.Language, "advice.appointment_offer",
            [[Button.Press(person.T("advice.accept"), AdviceFlow.Data(AdviceAction.Accept, request.Id)), Button.Press(person.T("advice.other_time"), AdviceFlow.Data(AdviceAction.Other, request.Id))]],
            ("name", AdviceChat.CoordinatorName(turn)), ("topic", person.T($"advice.topic_{request.Topic}")), ("when", Labels.Moment(person, time)));
        turn.Say("advice.appointment_sent", ("name", Labels.Name(turn, request.MemberId)), ("when", Labels.Moment(turn, time)));
    }

    private static void ShowHours(Turn turn, AdviceRequest request, LocalDate date)
    {
        var now = turn.Time.Now.InZone(turn.Time.Zone).LocalDateTime;
        var hours = Hours.Select(hour => date + new LocalTime(hour, 0)).Where(time => time > now)
            .Select(time => Button.Press(time.ToString("HH:mm", CultureInfo.InvariantCulture), CoordinatorCommands.Data(AdviceQueue.Area, "at", request.Id, TimePattern.Format(time))))
            .ToList();
        if (hours.Count == 0)
        {
            turn.Say("advice.time_not_understood");
            AskDay(turn, request);
            return;
        }

        turn.SayText(turn.T("advice.pick_time", ("day", Labels.Day(turn, date))), hours.Chunk(3));
    }
}
