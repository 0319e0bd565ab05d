using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Localization;
using Kiosk.Conversations.Understanding;
using Kiosk.Domain;
using NodaTime;
using NodaTime.Testing;

namespace Kiosk.Conversations.Tests.Understanding;

public sealed class WhenRecognizerTests
{
    private static readonly WhenRecognizer Recognizer = new(new Lexicons(Catalogs.Load(Catalogs.DefaultDirectory)));
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private static readonly LocalDateTime Wednesday = new(2026, 11, 25, 10, 0);

    [Theory]
    [InlineData("tr", "cuma saat 16")]
    [InlineData("fa", "جمعه ساعت ۱۶")]
    [InlineData("ar", "يوم الجمعة الساعة 4")]
    [InlineData("de", "Freitag um 16")]
    [InlineData("uk", "у п'ятницю о 16")]
    [InlineData("en", "friday at 4 pm")]
    [InlineData("tr", "cuma akşam 4'te")]
    [InlineData("tr", "cuma 16.00")]
    [InlineData("ar", "الجمعة المسا 4")]
    [InlineData("de", "Freitag nachmittags 4")]
    public void An_hour_word_before_the_number_is_a_time_too(string language, string text)
    {
        var when = Recognizer.Recognize(text, language, Wednesday)!;
        Assert.Equal("2026-11-27T16:00", Iso(when.Start));
    }

    [Theory]
    [InlineData("de", "morgen um 14.30", "2026-11-26T14:30")]
    [InlineData("de", "am Samstag gegen 10.15", "2026-11-28T10:15")]
    [InlineData("de", "heute um halb drei", "2026-11-25T14:30")]
    [InlineData("en", "tomorrow at half past two", "2026-11-26T14:30")]
    [InlineData("de", "morgen um 9", "2026-11-26T09:00")]
    [InlineData("de", "Freitag abends 7", "2026-11-27T19:00")]
    [InlineData("tr", "cumartesi sabah 7'de", "2026-11-28T07:00")]
    [InlineData("fr", "le 3 décembre vers 14h30", "2026-12-03T14:30")]
    [InlineData("fr", "demain 14 h 30", "2026-11-26T14:30")]
    [InlineData("fr", "vendredi à 16h", "2026-11-27T16:00")]
    [InlineData("tr", "haftaya salı", "2026-12-01T08:00")]
    [InlineData("en", "next week tuesday", "2026-12-01T08:00")]
    [InlineData("ru", "в пятницу утром после 7", "2026-11-27T07:00")]
    [InlineData("uk", "у п'ятницю ввечері після 7", "2026-11-27T19:00")]
    [InlineData("ru", "в пятницу в 10 утра", "2026-11-27T10:00")]
    [InlineData("ru", "в пятницу в 7 вечера", "2026-11-27T19:00")]
    public void Clock_times_keep_their_minutes_an_early_hour_means_the_afternoon_and_a_named_weekday_wins(string language, string text, string start)
    {
        var when = Recognizer.Recognize(text, language, Wednesday)!;
        Assert.Equal(start, Iso(when.Start));
    }

    [Theory]
    [InlineData("de", "Samstag", "2026-11-28T08:00", "2026-11-28T20:00")]
    [InlineData("de", "Kann jemand morgen mein Fahrrad reparieren?", "2026-11-26T08:00", "2026-11-26T20:00")]
    [InlineData("de", "heute Abend", "2026-11-25T17:00", "2026-11-25T21:00")]
    [InlineData("de", "übermorgen ab 17 Uhr", "2026-11-27T17:00", "2026-11-27T21:00")]
    [InlineData("de", "am Wochenende", "2026-11-28T08:00", "2026-11-29T20:00")]
    [InlineData("en", "next week", "2026-11-30T08:00", "2026-12-06T20:00")]
    [InlineData("ru", "в субботу утром", "2026-11-28T08:00", "2026-11-28T12:00")]
    [InlineData("uk", "завтра після 5", "2026-11-26T17:00", "2026-11-26T21:00")]
    [InlineData("ar", "يوم الجمعة المسا", "2026-11-27T17:00", "2026-11-27T21:00")]
    [InlineData("fa", "شنبه صبح", "2026-11-28T08:00", "2026-11-28T12:00")]
    [InlineData("fa", "دوشنبه", "2026-11-30T08:00", "2026-11-30T20:00")]
    [InlineData("tr", "cumartesi sabah", "2026-11-28T08:00", "2026-11-28T12:00")]
    [InlineData("ru", "3 декабря", "2026-12-03T08:00", "2026-12-03T20:00")]
    public void Times_resolve_forward_from_Wednesday_morning(string language, string text, string start, string end)
    {
        var when = Recognizer.Recognize(text, language, Wednesday)!;
        Assert.Equal((start, end), (Iso(when.Start), Iso(when.End)));
    }

    [Theory]
    [InlineData("de", "Samstag 14 Uhr", "2026-12-05T14:00")]
    [InlineData("de", "Samstag", "2026-12-05T08:00")]
    [InlineData("en", "saturday 2pm", "2026-12-05T14:00")]
    [InlineData("tr", "cumartesi saat 14", "2026-12-05T14:00")]
    [InlineData("ar", "يوم السبت", "2026-12-05T08:00")]
    [InlineData("ru", "в субботу в 14:00", "2026-12-05T14:00")]
    [InlineData("de", "heute 14 Uhr", "2026-11-28T14:00")]
    public void A_weekday_named_on_that_day_after_its_time_means_next_week_but_today_stays_today(string language, string text, string start)
    {
        var saturdayNight = new LocalDateTime(2026, 11, 28, 22, 0);
        Assert.Equal(start, Iso(Recognizer.Recognize(text, language, saturdayNight)!.Start));
    }

    [Theory]
    [InlineData("de", "Guten Morgen, ich brauche Hilfe beim Umzug")]
    [InlineData("en", "good morning, my bike is broken")]
    [InlineData("ar", "صباح الخير بدي مساعدة بالنقل")]
    [InlineData("ru", "Доброе утро! Нужна помощь с переездом")]
    [InlineData("so", "subax wanaagsan, baaskiilkayga ayaa jaban")]
    public void A_greeting_names_no_time(string language, string text) =>
        Assert.Null(Recognizer.Recognize(text, language, Wednesday));

    [Theory]
    [InlineData("ku", "sibeh dikarim", null)]
    [InlineData("ku", "tenê sibehê", null)]
    [InlineData("ku", "sibê sibehê", "2026-11-26")]
    [InlineData("de", "morgen früh", "2026-11-26")]
    public void A_part_of_the_day_is_not_tomorrow_though_its_word_begins_alike(string language, string text, string? day)
    {
        var clues = Recognizer.Clues(text, language, Wednesday);
        Assert.Equal(PartOfDay.Morning, clues.Part);
        Assert.Equal(day, clues.Day?.ToString("uuuu-MM-dd", null));
    }

    [Fact]
    public void A_weekday_of_a_neighbouring_language_is_not_read_when_its_letters_fold_into_a_common_word() =>
        Assert.Null(Recognizer.Clues("salî nû pîroz be, alîkarî ji bo malê", "ku", Wednesday).Day);

    [Theory]
    [InlineData("ps", "د ډسمبر په ۵ مرسته غواړم", "2026-12-05")]
    [InlineData("ps", "د ډسمبر ۱۲مه", "2026-12-12")]
    [InlineData("fr", "décembre 3, le matin", "2026-12-03")]
    public void A_date_may_name_the_month_first(string language, string text, string day) =>
        Assert.Equal(day, Recognizer.Clues(text, language, Wednesday).Day?.ToString("uuuu-MM-dd", null));

    [Fact]
    public void A_number_after_a_month_followed_by_an_hour_word_is_an_hour() =>
        Assert.NotEqual(new LocalDate(2027, 3, 10), Recognizer.Clues("mars 10 h ?", "fr", Wednesday).Day);

    [Theory]
    [InlineData("de", "egal wann, keine Eile")]
    [InlineData("en", "whenever suits you")]
    [InlineData("ru", "в любое время")]
    public void Any_time_is_flexible(string language, string text) =>
        Assert.True(Recognizer.Recognize(text, language, Wednesday)!.IsFlexible);

    [Fact]
    public void Tomorrow_morning_on_the_night_the_clocks_go_forward_is_local_time_and_closes_at_the_right_instant()
    {
        // 2027-03-27 23:30 in Berlin (CET); that night the clocks jump from 02:00 to 03:00 (CEST).
        var time = new KioskTime(new FakeClock(Instant.FromUtc(2027, 3, 27, 22, 30)), Berlin);
        var when = Recognizer.Recognize("morgen früh", "de", time.LocalNow.LocalDateTime)!;

        Assert.Equal(new LocalDateTime(2027, 3, 28, 8, 0), when.Start);
        var request = new HelpRequest { When = when, CreatedAt = time.Now };
        Assert.Equal(Instant.FromUtc(2027, 3, 28, 10, 0), request.ClosesAt(Berlin));
    }

    [Fact]
    public void Saturday_asked_on_the_night_the_clocks_go_back_is_the_coming_Saturday()
    {
        // Sunday 2026-10-25 01:30 UTC is 02:30 CET, just after the clocks went back.
        var time = new KioskTime(new FakeClock(Instant.FromUtc(2026, 10, 25, 1, 30)), Berlin);
        var when = Recognizer.Recognize("Samstag Vormittag", "de", time.LocalNow.LocalDateTime)!;
        Assert.Equal(new LocalDateTime(2026, 10, 31, 8, 0), when.Start);
    }

    private static string Iso(LocalDateTime? value) => value!.Value.ToString("uuuu-MM-dd'T'HH:mm", null);
}
