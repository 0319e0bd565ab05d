using Kiosk.Domain.Info;
using NodaTime;

namespace Kiosk.Domain.Tests.Info;

public sealed class OpeningHoursTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    // Tuesday to Friday 10-18, Saturday 11-14 with a lunch break, Sunday and Monday closed; closed on Christmas Eve
    // (a Thursday), shorter on 2026-12-31 (a Thursday).
    private static readonly OpeningHours Hours = new(
        new Dictionary<IsoDayOfWeek, IReadOnlyList<OpeningSpan>>
        {
            [IsoDayOfWeek.Tuesday] = Spans("10:00-18:00"), [IsoDayOfWeek.Wednesday] = Spans("10:00-18:00"),
            [IsoDayOfWeek.Thursday] = Spans("10:00-18:00"), [IsoDayOfWeek.Friday] = Spans("10:00-18:00"),
            [IsoDayOfWeek.Saturday] = Spans("11:00-12:00, 13:00-14:00"),
        },
        new Dictionary<LocalDate, IReadOnlyList<OpeningSpan>>
        {
            [new LocalDate(2026, 12, 24)] = Spans("closed"), [new LocalDate(2026, 12, 31)] = Spans("10:00-14:00"),
        });

    [Fact]
    public void Open_on_a_usual_day_until_closing()
    {
        var status = Hours.StatusAt(new LocalDateTime(2026, 11, 25, 10, 0));

        Assert.Equal(new OpeningStatus(true, new LocalTime(18, 0), null), status);
    }

    [Fact]
    public void Before_opening_it_opens_the_same_day()
    {
        Assert.Equal(new OpeningStatus(false, null, new LocalDateTime(2026, 11, 25, 10, 0)), Hours.StatusAt(new LocalDateTime(2026, 11, 25, 9, 59)));
    }

    [Fact]
    public void After_closing_it_opens_the_next_day()
    {
        Assert.Equal(new OpeningStatus(false, null, new LocalDateTime(2026, 11, 26, 10, 0)), Hours.StatusAt(new LocalDateTime(2026, 11, 25, 18, 0)));
    }

    [Fact]
    public void In_the_lunch_break_it_opens_again_after_lunch_and_the_second_span_closes_at_its_own_end()
    {
        Assert.Equal(new LocalDateTime(2026, 11, 28, 13, 0), Hours.StatusAt(new LocalDateTime(2026, 11, 28, 12, 30)).NextOpening);
        Assert.Equal(new LocalTime(14, 0), Hours.StatusAt(new LocalDateTime(2026, 11, 28, 13, 30)).ClosesAt);
    }

    [Fact]
    public void Over_the_weekend_it_opens_on_Tuesday()
    {
        var sunday = new LocalDateTime(2026, 11, 29, 12, 0);

        Assert.Equal(new OpeningStatus(false, null, new LocalDateTime(2026, 12, 1, 10, 0)), Hours.StatusAt(sunday));
    }

    [Fact]
    public void An_exception_day_is_closed_or_has_its_own_hours()
    {
        Assert.Equal(new LocalDateTime(2026, 12, 25, 10, 0), Hours.StatusAt(new LocalDateTime(2026, 12, 24, 12, 0)).NextOpening);
        Assert.Equal(new LocalTime(14, 0), Hours.StatusAt(new LocalDateTime(2026, 12, 31, 12, 0)).ClosesAt);
        Assert.False(Hours.StatusAt(new LocalDateTime(2026, 12, 31, 15, 0)).IsOpen);
        Assert.Equal([(new LocalDate(2026, 12, 24), Spans("closed"))], Hours.ExceptionsBetween(new LocalDate(2026, 12, 20), 7).ToList());
    }

    [Fact]
    public void Without_any_hours_no_opening_is_planned()
    {
        var never = new OpeningHours(new Dictionary<IsoDayOfWeek, IReadOnlyList<OpeningSpan>>(), new Dictionary<LocalDate, IReadOnlyList<OpeningSpan>>());

        Assert.Equal(new OpeningStatus(false, null, null), never.StatusAt(new LocalDateTime(2026, 11, 25, 10, 0)));
    }

    [Theory]
    // Summer time starts on Sunday 2026-03-29 (02:00 -> 03:00) and ends on Sunday 2026-10-25 (03:00 -> 02:00).
    [InlineData(2026, 3, 28, 10, 30, true)]   // Saturday before the switch: 11:30 CET, open (summer time would be the lunch break)
    [InlineData(2026, 3, 31, 7, 30, false)]   // Tuesday after: 09:30 CEST, not yet open (would be open in winter time)
    [InlineData(2026, 3, 31, 8, 0, true)]     // Tuesday after: 10:00 CEST, open
    [InlineData(2026, 10, 24, 9, 30, true)]   // Saturday before the switch back: 11:30 CEST, open
    [InlineData(2026, 10, 27, 8, 30, false)]  // Tuesday after: 09:30 CET, not yet open
    [InlineData(2026, 10, 27, 16, 59, true)]  // Tuesday after: 17:59 CET, still open
    [InlineData(2026, 10, 27, 17, 0, false)]  // Tuesday after: 18:00 CET, closed
    public void Opening_follows_the_clock_on_the_wall_across_summer_time_switches(int year, int month, int day, int utcHour, int utcMinute, bool open)
    {
        var local = Instant.FromUtc(year, month, day, utcHour, utcMinute).InZone(Berlin).LocalDateTime;

        Assert.Equal(open, Hours.StatusAt(local).IsOpen);
    }

    [Theory]
    [InlineData(2026, 3, 29, 1, 30)]   // the night of the switch to summer time
    [InlineData(2026, 10, 25, 1, 30)]  // the night of the switch back (02:30 happens twice)
    public void On_the_switch_days_themselves_the_next_opening_is_Tuesday_at_ten(int year, int month, int day, int utcHour, int utcMinute)
    {
        var local = Instant.FromUtc(year, month, day, utcHour, utcMinute).InZone(Berlin).LocalDateTime;
        var next = Hours.StatusAt(local).NextOpening!.Value;

        Assert.Equal((IsoDayOfWeek.Tuesday, new LocalTime(10, 0)), (next.DayOfWeek, next.TimeOfDay));
        Assert.Equal(new LocalDate(year, month, day).PlusDays(2), next.Date);
    }

    [Theory]
    [InlineData("10:00-18:00", true)]
    [InlineData("9:30-12:00,14:00-18:00", true)]
    [InlineData("closed", true)]
    [InlineData("", true)]
    [InlineData("18:00-10:00", false)]
    [InlineData("10-18", false)]
    [InlineData("10:00-13:00,12:00-18:00", false)]
    [InlineData("25:00-26:00", false)]
    public void Spans_are_read_from_configuration_text(string text, bool valid)
    {
        Assert.Equal(valid, OpeningHours.TryParseSpans(text, out _));
    }

    [Theory]
    [InlineData("Monday", true)]
    [InlineData("saturday", true)]
    [InlineData("None", false)]
    [InlineData("1", false)]
    [InlineData("Monday, Tuesday", false)]
    [InlineData("Montag", false)]
    public void Weekdays_are_their_English_names(string name, bool valid)
    {
        Assert.Equal(valid, OpeningHours.TryParseWeekday(name, out _));
    }

    private static IReadOnlyList<OpeningSpan> Spans(string text) =>
        OpeningHours.TryParseSpans(text, out var spans) ? spans : throw new ArgumentException(text);
}
