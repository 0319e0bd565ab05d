using NodaTime;

namespace Kiosk.Domain.Tests;

public sealed class WeeklyAvailabilityTests
{
    [Theory]
    [InlineData(2026, 11, 28, 9, 11, true)]   // Saturday morning
    [InlineData(2026, 11, 27, 9, 11, false)]  // Friday morning
    [InlineData(2026, 11, 29, 20, 22, true)]  // Sunday evening
    public void Weekends_cover_Saturday_and_Sunday_all_day(int year, int month, int day, int fromHour, int toHour, bool expected)
    {
        var date = new LocalDate(year, month, day);
        Assert.Equal(expected, WeeklyAvailability.Weekends.Overlaps(date.At(new LocalTime(fromHour, 0)), date.At(new LocalTime(toHour, 0))));
    }

    [Fact]
    public void Weekday_evenings_do_not_cover_a_weekday_morning_but_do_cover_after_five()
    {
        var monday = new LocalDate(2026, 11, 30);
        Assert.False(WeeklyAvailability.WeekdayEvenings.Overlaps(monday.At(new LocalTime(9, 0)), monday.At(new LocalTime(12, 0))));
        Assert.True(WeeklyAvailability.WeekdayEvenings.Overlaps(monday.At(new LocalTime(17, 0)), monday.At(new LocalTime(21, 0))));
    }

    [Fact]
    public void Districts_border_each_other_both_ways_and_a_location_finds_the_nearest()
    {
        Assert.True(Districts.Border("ottensen", "bahrenfeld"));
        Assert.True(Districts.Border("bahrenfeld", "ottensen"));
        Assert.False(Districts.Border("ottensen", "lurup"));
        Assert.Equal("st-pauli", Districts.Nearest(53.5500, 9.9660));
        Assert.Null(Districts.Nearest(52.52, 13.40)); // Berlin
    }

    [Fact]
    public void The_western_districts_of_Altona_are_known_with_their_neighbours()
    {
        Assert.True(Districts.Border("blankenese", "nienstedten"));
        Assert.True(Districts.Border("rissen", "suelldorf"));
        Assert.False(Districts.Border("rissen", "ottensen"));
        Assert.Equal("rissen", Districts.Nearest(53.5830, 9.7550)); // S-Bahn Rissen
        Assert.Equal("blankenese", Districts.Nearest(53.5648, 9.8150)); // Blankenese station
        Assert.All(new[] { "blankenese", "iserbrook", "nienstedten", "rissen", "suelldorf" }, id => Assert.True(Districts.IsKnown(id)));
    }
}
