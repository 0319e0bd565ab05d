using Kiosk.Domain.Broadcasts;
using Kiosk.Domain.Figures;
using Kiosk.Domain.Matching;
using NodaTime;

namespace Kiosk.Domain.Tests.Figures;

public sealed class KioskFiguresTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 12, 0);

    [Fact]
    public void An_empty_kiosk_has_zeros_and_no_rate_or_median()
    {
        var figures = KioskFigures.Of(KioskFacts.None, Now);

        Assert.Equal(0, figures.Members);
        Assert.Equal(0, figures.Requests);
        Assert.Null(figures.MatchRate);
        Assert.Null(figures.MedianTimeToProposal);
        Assert.Empty(figures.Languages);
        Assert.All(figures.Offers, pair => Assert.Equal(0, pair.Value));
        Assert.Equal(Enum.GetValues<OfferStatus>(), figures.Offers.Select(pair => pair.Key));
        Assert.All(figures.Outcomes, pair => Assert.Equal(0, pair.Value));
        Assert.Equal(0, figures.Announcements);
    }

    [Fact]
    public void People_are_split_by_what_they_do_and_counted_by_language()
    {
        var facts = KioskFacts.None with
        {
            Members = [new(1, "ar"), new(2, "de"), new(3, "ar"), new(4, "uk")],
            Offers = [Offer("o1", 1), Offer("o2", 1, OfferStatus.Paused), Offer("o3", 3)],
            Requests = [Request("r1", 2), Request("r2", 3)],
        };

        var figures = KioskFigures.Of(facts, Now);

        Assert.Equal(4, figures.Members);
        Assert.Equal(1, figures.OfferOnly);
        Assert.Equal(1, figures.RequestOnly);
        Assert.Equal(1, figures.Both);
        Assert.Equal(1, figures.Neither);
        Assert.Equal([KeyValuePair.Create("ar", 2), KeyValuePair.Create("de", 1), KeyValuePair.Create("uk", 1)], figures.Languages);
        Assert.Equal(2, figures.Offers.Single(pair => pair.Key == OfferStatus.Active).Value);
        Assert.Equal(1, figures.Offers.Single(pair => pair.Key == OfferStatus.Paused).Value);
    }

    [Fact]
    public void Each_request_counts_in_one_outcome_and_the_rate_counts_accepted_matches()
    {
        var facts = KioskFacts.None with
        {
            Requests =
            [
                Request("open", 1),
                Request("matched", 1),
                Request("done", 1),
                Request("rated", 1),
                Request("cancelled", 1, HelpRequestStatus.Cancelled),
                Request("passed", 1, closesAt: Now - Duration.FromHours(1)),
                Request("declined", 1, HelpRequestStatus.Closed),
                Request("waiting", 1),
            ],
            Matches =
            [
                Match("matched", MatchStatus.Accepted, 1),
                Match("done", MatchStatus.Ended, 1),
                Match("rated", MatchStatus.Accepted, 1, rated: true),
                Match("declined", MatchStatus.Declined, 1),
                Match("waiting", MatchStatus.Asked, 1),
            ],
        };

        var figures = KioskFigures.Of(facts, Now);
        var outcomes = figures.Outcomes.ToDictionary(pair => pair.Key, pair => pair.Value);

        Assert.Equal(8, figures.Requests);
        Assert.Equal(2, outcomes[RequestOutcome.Open]);
        Assert.Equal(1, outcomes[RequestOutcome.Matched]);
        Assert.Equal(2, outcomes[RequestOutcome.Completed]);
        Assert.Equal(1, outcomes[RequestOutcome.Cancelled]);
        Assert.Equal(2, outcomes[RequestOutcome.Unmatched]);
        Assert.Equal(3.0 / 8, figures.MatchRate);
    }

    [Fact]
    public void The_median_wait_uses_the_first_proposal_of_each_request()
    {
        var facts = KioskFacts.None with
        {
            Requests = [Request("a", 1), Request("b", 1), Request("c", 1), Request("none", 1)],
            Matches =
            [
                Match("a", MatchStatus.Declined, 10), Match("a", MatchStatus.Accepted, 30),
                Match("b", MatchStatus.Asked, 60),
                Match("c", MatchStatus.Asked, 135),
            ],
        };

        Assert.Equal(Duration.FromMinutes(60), KioskFigures.Of(facts, Now).MedianTimeToProposal);
    }

    [Fact]
    public void An_even_number_of_waits_has_the_mean_of_the_middle_two_as_median()
    {
        Assert.Equal(Duration.FromMinutes(45), KioskFigures.Median([Duration.FromMinutes(90), Duration.FromMinutes(10), Duration.FromMinutes(30), Duration.FromMinutes(60)]));
        Assert.Null(KioskFigures.Median([]));
    }

    [Fact]
    public void Announcements_count_those_sent_or_being_sent_with_their_deliveries()
    {
        var facts = KioskFacts.None with
        {
            Broadcasts =
            [
                new(BroadcastStatus.Done, 40), new(BroadcastStatus.Sending, 7), new(BroadcastStatus.Draft, 0),
                new(BroadcastStatus.Scheduled, 0), new(BroadcastStatus.Cancelled, 3),
            ],
        };

        var figures = KioskFigures.Of(facts, Now);

        Assert.Equal(2, figures.Announcements);
        Assert.Equal(47, figures.AnnouncementsDelivered);
    }

    [Fact]
    public void Facts_of_stored_records_keep_no_words_and_see_stars_as_rated()
    {
        var match = new Match { RequestId = "r", Status = MatchStatus.Accepted, NeighbourRating = 0, NewcomerComment = "danke" };
        Assert.False(MatchFact.Of(match).Rated);
        match.NewcomerRating = 4;
        Assert.True(MatchFact.Of(match).Rated);
        Assert.DoesNotContain("danke", MatchFact.Of(match).ToString());
        var offer = new Offer { Id = "o", Description = "Ich repariere Fahrräder" };
        Assert.DoesNotContain("Fahrräder", OfferFact.Of(offer).ToString());
    }

    private static OfferFact Offer(string id, long member, OfferStatus status = OfferStatus.Active) =>
        new(id, member, "bike_repair", "ottensen", status, Now - Duration.FromDays(3));

    private static RequestFact Request(string id, long member, HelpRequestStatus status = HelpRequestStatus.Open, Instant? closesAt = null) =>
        new(id, member, "moving", "altona-altstadt", status, Now - Duration.FromDays(2), closesAt ?? Now + Duration.FromDays(5));

    // The match's proposal came this many minutes after its request was saved.
    private static MatchFact Match(string request, MatchStatus status, int minutesAfter, bool rated = false) =>
        new(request, status, Now - Duration.FromDays(2) + Duration.FromMinutes(minutesAfter), rated);
}
