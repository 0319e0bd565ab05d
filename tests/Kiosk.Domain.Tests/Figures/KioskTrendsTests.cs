using Kiosk.Domain.Figures;
using Kiosk.Domain.Matching;
using NodaTime;

namespace Kiosk.Domain.Tests.Figures;

public sealed class KioskTrendsTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    // Wednesday 25 November 2026, noon in Hamburg: the current week began on Monday the 23rd.
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 11, 0);

    private static Instant Local(int month, int day, int hour) => new LocalDateTime(2026, month, day, hour, 0).InZoneStrictly(Berlin).ToInstant();

    [Fact]
    public void Weeks_run_Monday_to_Sunday_in_Hamburg_twelve_of_them_ending_with_this_one()
    {
        var facts = KioskFacts.None with
        {
            Requests =
            [
                Request("r1", Local(11, 23, 0)), // Monday 00:00 in Hamburg (Sunday 23:00 UTC): this week
                Request("r2", Local(11, 22, 23)), // Sunday night: last week
                Request("r3", Local(9, 1, 10)), // older than twelve weeks: not in the chart
            ],
            Offers = [new OfferFact("o1", 5, "cooking", "altona", OfferStatus.Active, Local(11, 24, 9))],
            Matches = [new MatchFact("r2", MatchStatus.Accepted, Local(11, 23, 8), false), new MatchFact("r1", MatchStatus.Declined, Local(11, 23, 9), false)],
        };

        var weeks = KioskTrends.Of(facts, Now, Berlin).PerWeek;

        Assert.Equal(12, weeks.Count);
        Assert.Equal(new LocalDate(2026, 11, 23), weeks[^1].Monday);
        Assert.Equal(new LocalDate(2026, 9, 7), weeks[0].Monday);
        Assert.Equal(new WeekFigures(new LocalDate(2026, 11, 23), 1, 1, 1), weeks[^1]);
        Assert.Equal(new WeekFigures(new LocalDate(2026, 11, 16), 1, 0, 0), weeks[^2]);
        Assert.Equal(2, weeks.Sum(week => week.Requests));
    }

    [Fact]
    public void Waits_until_the_first_proposal_fall_into_spans_and_stars_are_counted_from_both_sides()
    {
        var asked = Local(11, 20, 10);
        var facts = KioskFacts.None with
        {
            Requests = [Request("fast", asked), Request("slow", asked), Request("never", asked), Request("day", asked)],
            Matches =
            [
                new MatchFact("fast", MatchStatus.Ended, asked + Duration.FromMinutes(20), true, 5, 4),
                new MatchFact("fast", MatchStatus.Declined, asked + Duration.FromHours(30), false),
                new MatchFact("slow", MatchStatus.Asked, asked + Duration.FromDays(4), false),
                new MatchFact("day", MatchStatus.Accepted, asked + Duration.FromHours(6), true, null, 5),
            ],
        };

        var trends = KioskTrends.Of(facts, Now, Berlin);

        Assert.Equal([1, 0, 1, 0, 1], trends.Waits.Select(pair => pair.Value));
        Assert.Equal([0, 0, 0, 1, 2], trends.Stars);
        Assert.Equal(2, trends.HelpHappened); // ended, and rated
    }

    [Fact]
    public void Categories_and_districts_count_requests_and_offers_most_first()
    {
        var facts = KioskFacts.None with
        {
            Requests = [Request("r1", Now, "bikes", "ottensen"), Request("r2", Now, "bikes", "altona"), Request("r3", Now, "cooking", "altona")],
            Offers = [new OfferFact("o1", 5, "cooking", "altona", OfferStatus.Active, Now), new OfferFact("o2", 6, "cooking", "altona", OfferStatus.Waiting, Now)],
        };

        var trends = KioskTrends.Of(facts, Now, Berlin);

        Assert.Equal([new KeyFigures("cooking", 1, 2), new KeyFigures("bikes", 2, 0)], trends.Categories);
        Assert.Equal([new KeyFigures("altona", 2, 2), new KeyFigures("ottensen", 1, 0)], trends.Districts);
    }

    private static RequestFact Request(string id, Instant at, string category = "bikes", string district = "altona") =>
        new(id, 1, category, district, HelpRequestStatus.Open, at, at + Duration.FromDays(7));
}
