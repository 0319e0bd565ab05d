using Kiosk.Domain;
using Kiosk.Domain.Matching;
using NodaTime;

namespace Kiosk.Domain.Tests;

/// <summary>The rules of a match's, an offer's and a help request's life live in the domain and refuse what is not allowed.</summary>
public sealed class LifeRulesTests
{
    private static readonly Instant Asked = Instant.FromUtc(2026, 11, 25, 9, 0);

    [Fact]
    public void Only_the_newcomer_answers_a_match_and_only_while_it_waits()
    {
        Assert.False(NewMatch().Answer(by: 1, yes: true, Asked + Duration.FromHours(1)));
        Assert.False(NewMatch().Answer(by: 2, yes: true, Asked + Match.AnswerTime));

        var match = NewMatch();
        Assert.True(match.Answer(by: 2, yes: true, Asked + Duration.FromHours(1)));
        Assert.Equal((MatchStatus.Accepted, Asked + Duration.FromHours(1)), (match.Status, match.AnsweredAt));
        Assert.False(match.Answer(by: 2, yes: false, Asked + Duration.FromHours(2)));
        Assert.Equal(MatchStatus.Accepted, match.Status);
        Assert.False(match.Expire());
    }

    [Fact]
    public void An_unanswered_match_expires_once_and_a_chat_ends_only_for_its_two_sides_while_open()
    {
        var match = NewMatch();
        Assert.True(match.Expire());
        Assert.False(match.Expire());
        Assert.Equal(MatchStatus.Expired, match.Status);

        var open = NewMatch();
        open.Answer(2, yes: true, Asked);
        open.RelayOpen = true;
        Assert.False(open.EndChat(by: 3));
        Assert.True(open.EndChat(by: 1));
        Assert.Equal((MatchStatus.Ended, false), (open.Status, open.RelayOpen));
        Assert.False(open.EndChat(by: 2));
    }

    [Fact]
    public void Offers_pause_and_resume_between_active_and_paused_only_and_requests_leave_open_once()
    {
        var offer = new Offer { Status = OfferStatus.Active };
        Assert.True(offer.Pause());
        Assert.False(offer.Pause());
        Assert.True(offer.Resume());
        Assert.False(new Offer { Status = OfferStatus.Waiting }.Resume());
        Assert.False(new Offer { Status = OfferStatus.Rejected }.Pause());

        var request = new HelpRequest { Status = HelpRequestStatus.Open };
        Assert.True(request.Cancel());
        Assert.False(request.Close());
        Assert.Equal(HelpRequestStatus.Cancelled, request.Status);
        Assert.True(new HelpRequest { Status = HelpRequestStatus.Open }.Close());
    }

    private static Match NewMatch() => new() { Id = "m", NeighbourId = 1, NewcomerId = 2, Status = MatchStatus.Asked, AskedAt = Asked };
}
