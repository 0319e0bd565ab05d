using System.Globalization;
using Kiosk.Conversations.Engine;
using Kiosk.Domain.Info;
using NodaTime;

namespace Kiosk.Conversations.Flows.AtTheKiosk;

/// <summary>/kiosk: open now or when it opens, the week's hours, special days, the address and a map link.</summary>
public static class KioskInfo
{
    private const int SpecialDaysAhead = 28;
    private static readonly IsoDayOfWeek[] Week =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];

    /// <summary>Shows the kiosk's hours and address, with a map button.</summary>
    public static void Show(Turn turn)
    {
        var hours = turn.Options.Hours();
        var now = turn.Time.LocalNow.LocalDateTime;
        var lines = new List<string> { Status(turn, hours.StatusAt(now), now.Date), "", turn.T("kiosk.hours_title") };
        lines.AddRange(Week.Select(day => $"{DayName(turn, day)}: {Spans(turn, hours.Usual(day))}"));
        var special = hours.ExceptionsBetween(now.Date, SpecialDaysAhead).ToList();
        if (special.Count > 0)
        {
            lines.AddRange(["", turn.T("kiosk.special_title")]);
            lines.AddRange(special.Select(day => $"{Date(turn, day.Date)}: {Spans(turn, day.Spans)}"));
        }

        lines.AddRange(["", turn.T("kiosk.address", ("address", turn.Options.Address))]);
        var buttons = new List<IEnumerable<Button>> { new[] { new Button { Label = turn.T("kiosk.map"), Url = turn.Options.Map() } } };
        if (turn.Member is not null)
        {
            buttons.Add([Button.Press(turn.T("kiosk.events_button"), MenuFlow.Data("events"))]);
            buttons.Add([MainMenu.BackButton(turn)]);
        }

        turn.SayText(string.Join("\n", lines), buttons);
    }

    /// <summary>"Saturday, 28. November" in the person's language (day and month as its culture writes them).</summary>
    public static string Date(Voice voice, LocalDate date) => $"{DayName(voice, date.DayOfWeek)}, {voice.Localizer.Date(voice.Language, date)}";

    /// <summary>"Saturday, 28.11. at 15:00" in the person's language.</summary>
    public static string At(Voice voice, LocalDateTime start) => voice.T("kiosk.at", ("day", Date(voice, start.Date)), ("time", Clock(voice, start.TimeOfDay)));

    /// <summary>A weekday's full name in the person's language, capitalized ("Montag", "Понедельник").</summary>
    public static string DayName(Voice voice, IsoDayOfWeek day)
    {
        var culture = Localization.Localizer.Culture(voice.Language);
        var name = culture.DateTimeFormat.DayNames[(int)day % 7];
        return name.Length == 0 ? name : culture.TextInfo.ToUpper(name[0]) + name[1..];
    }

    /// <summary>A clock time as 24-hour "15:00", in the language's digits.</summary>
    public static string Clock(Voice voice, LocalTime time) => voice.Digits(time.ToString("HH:mm", CultureInfo.InvariantCulture));

    private static string Status(Turn turn, OpeningStatus status, LocalDate today) => status switch
    {
        { IsOpen: true, ClosesAt: { } closes } => turn.T("kiosk.open_until", ("time", Clock(turn, closes))),
        { NextOpening: { } next } when next.Date == today => turn.T("kiosk.opens_today", ("time", Clock(turn, next.TimeOfDay))),
        { NextOpening: { } next } when next.Date == today.PlusDays(1) => turn.T("kiosk.opens_tomorrow", ("time", Clock(turn, next.TimeOfDay))),
        { NextOpening: { } next } when next.Date < today.PlusDays(7) => turn.T("kiosk.opens_on", ("day", DayName(turn, next.DayOfWeek)), ("time", Clock(turn, next.TimeOfDay))),
        { NextOpening: { } next } => turn.T("kiosk.opens_on", ("day", Date(turn, next.Date)), ("time", Clock(turn, next.TimeOfDay))),
        _ => turn.T("kiosk.closed_for_now"),
    };

    private static string Spans(Voice voice, IReadOnlyList<OpeningSpan> spans) =>
        spans.Count == 0 ? voice.T("kiosk.closed") : Labels.List(voice, spans.Select(span => $"{Clock(voice, span.Opens)}–{Clock(voice, span.Closes)}"));
}
