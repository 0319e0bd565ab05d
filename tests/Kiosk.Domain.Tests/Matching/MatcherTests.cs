using Kiosk.Domain.Matching;
using NodaTime;

namespace Kiosk.Domain.Tests.Matching;

public sealed class MatcherTests
{
    private static readonly Instant Created = Instant.FromUtc(2026, 11, 1, 12, 0);
    private static readonly HelpTime SaturdayMorning = HelpTime.Between(new LocalDateTime(2026, 11, 28, 9, 0), new LocalDateTime(2026, 11, 28, 11, 0));

    [Fact]
    public void Only_active_offers_of_the_same_category_by_other_people_are_proposed()
    {
        var request = Request(memberId: 1);
        Offer[] offers =
        [
            Offer(10, category: "bikes"),
            Offer(11, category: "moving"),
            Offer(12, category: "moving", status: OfferStatus.Paused),
            Offer(1, category: "moving"),
        ];

        var proposals = Matcher.Rank(request, offers, _ => 0);

        Assert.Equal([11L], proposals.Select(p => p.Offer.MemberId).ToArray());
    }

    [Fact]
    public void An_offer_whose_time_covers_the_request_comes_before_one_that_does_not()
    {
        var proposals = Matcher.Rank(Request(), [Offer(10, availability: WeeklyAvailability.WeekdayEvenings), Offer(11, availability: WeeklyAvailability.Weekends)], _ => 0);
        Assert.Equal([11L, 10L], proposals.Select(p => p.Offer.MemberId).ToArray());
        Assert.Contains(MatchReason.TimeFits, proposals[0].Reasons);
    }

    [Fact]
    public void A_flexible_request_fits_every_time()
    {
        var proposal = Matcher.Score(Request(when: HelpTime.Flexible), Offer(10, availability: WeeklyAvailability.WeekdayEvenings), 0);
        Assert.Contains(MatchReason.AnyTimeFits, proposal.Reasons);
    }

    [Fact]
    public void Same_district_beats_bordering_which_beats_anywhere_which_beats_far_away()
    {
        var proposals = Matcher.Rank(Request(district: "ottensen"),
        [
            Offer(10, district: "lurup"),
            Offer(11, district: Districts.Anywhere),
            Offer(12, district: "bahrenfeld"),
            Offer(13, district: "ottensen"),
        ], _ => 0, take: 4);

        Assert.Equal([13L, 12L, 11L, 10L], proposals.Select(p => p.Offer.MemberId).ToArray());
        Assert.Equal([MatchReason.SameDistrict, MatchReason.NeighbouringDistrict, MatchReason.AnywhereInHamburg],
            proposals.Take(3).Select(p => p.Reasons.Single(r => r is MatchReason.SameDistrict or MatchReason.NeighbouringDistrict or MatchReason.AnywhereInHamburg)).ToArray());
    }

    [Fact]
    public void A_shared_language_counts()
    {
        var proposals = Matcher.Rank(Request(language: "ar"), [Offer(10, languages: ["de"]), Offer(11, languages: ["ar", "de"])], _ => 0);
        Assert.Equal(11L, proposals[0].Offer.MemberId);
        Assert.Contains(MatchReason.SharedLanguage, proposals[0].Reasons);
    }

    [Fact]
    public void At_most_the_requested_number_of_proposals_best_first()
    {
        var offers = Enumerable.Range(0, 50).Select(i => Offer(100 + i, district: i == 37 ? "ottensen" : "lurup")).ToList();
        var proposals = Matcher.Rank(Request(district: "ottensen"), offers, _ => 0);
        Assert.Equal(3, proposals.Count);
        Assert.Equal(137L, proposals[0].Offer.MemberId);
        Assert.True(proposals.Zip(proposals.Skip(1)).All(pair => pair.First.Score >= pair.Second.Score));
    }

    [Fact]
    public void Asking_for_all_candidates_at_once_works()
    {
        Assert.Equal(2, Matcher.Rank(Request(), [Offer(10), Offer(11)], _ => 0, take: int.MaxValue).Count);
    }

    [Fact]
    public void Excluded_people_such_as_those_who_already_declined_are_left_out()
    {
        var proposals = Matcher.Rank(Request(), [Offer(10), Offer(11)], _ => 0, exclude: new HashSet<long> { 10 });
        Assert.Equal([11L], proposals.Select(p => p.Offer.MemberId).ToArray());
    }

    [Fact]
    public void Over_many_requests_equally_good_newcomers_get_an_equal_share()
    {
        var offers = Enumerable.Range(0, 5).Select(i => Offer(10 + i, createdDaysAgo: i)).ToList();
        var proposalsSoFar = offers.ToDictionary(o => o.MemberId, _ => 0);

        for (var i = 0; i < 200; i++)
        {
            var first = Matcher.Rank(Request(memberId: 1000 + i), offers, member => proposalsSoFar[member], take: 1).Single();
            proposalsSoFar[first.Offer.MemberId]++;
        }

        Assert.All(proposalsSoFar.Values, count => Assert.Equal(40, count));
    }

    [Fact]
    public void Fairness_does_not_outweigh_a_much_better_fit()
    {
        var near = Offer(10, district: "ottensen", languages: ["de"]);
        var far = Offer(11, district: "lurup", languages: ["uk"]);
        var proposals = Matcher.Rank(Request(district: "ottensen"), [near, far], member => member == 10 ? 50 : 0);
        Assert.Equal(10L, proposals[0].Offer.MemberId);
    }

    [Fact]
    public void A_new_offer_finds_the_waiting_requests_that_suit_it()
    {
        var offer = Offer(10, district: "ottensen");
        HelpRequest[] waiting = [Request(memberId: 1, district: "lurup"), Request(memberId: 2, district: "ottensen"), Request(memberId: 3, category: "bikes"), Request(memberId: 10)];

        var found = Matcher.RequestsFor(offer, waiting);

        Assert.Equal([2L, 1L], found.Select(f => f.Request.MemberId).ToArray());
        Assert.Empty(Matcher.RequestsFor(Offer(10, status: OfferStatus.Paused), waiting));
    }

    private static HelpRequest Request(long memberId = 1, string category = "moving", string district = "ottensen", string language = "de", HelpTime? when = null) => new()
    {
        Id = $"r{memberId}", MemberId = memberId, Category = category, District = district, Language = language, When = when ?? SaturdayMorning, CreatedAt = Created,
    };

    private static Offer Offer(
        long memberId, string category = "moving", string district = "ottensen", WeeklyAvailability? availability = null, string[]? languages = null,
        OfferStatus status = OfferStatus.Active, int createdDaysAgo = 0) => new()
    {
        Id = $"o{memberId}", MemberId = memberId, Category = category, District = district, Availability = availability ?? WeeklyAvailability.Always,
        Languages = [.. languages ?? ["de"]], Status = status, CreatedAt = Created - Duration.FromDays(createdDaysAgo),
    };
}

public sealed class MatchTests
{
    [Fact]
    public void A_newcomer_can_answer_for_24_hours_and_then_the_next_one_may_be_asked()
    {
        var asked = Instant.FromUtc(2026, 11, 25, 9, 0);
        var match = new Match { Status = MatchStatus.Asked, AskedAt = asked };
        Assert.True(match.IsWaiting(asked + Duration.FromHours(23)));
        Assert.False(match.IsWaiting(asked + Duration.FromHours(24)));
        Assert.False(new Match { Status = MatchStatus.Declined, AskedAt = asked }.IsWaiting(asked));
    }
}
