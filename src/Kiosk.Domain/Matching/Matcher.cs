namespace Kiosk.Domain.Matching;

/// <summary>
/// Ranks active offers for a help request. The category must be the same; then the time (the offer's
/// weekly time covers the requested window; a flexible request fits all), the place (same district,
/// then bordering, then "anywhere"), a shared language, and fairness: a newcomer who got many proposals
/// lately loses a little, so the same person is not always chosen. Works both ways: a new or resumed
/// offer finds the open requests that suit it.
/// </summary>
public static class Matcher
{
    private const int TimeWeight = 40;
    private const int SameDistrictWeight = 30;
    private const int NeighbouringWeight = 20;
    private const int AnywhereWeight = 10;
    private const int LanguageWeight = 20;
    private const int FairnessStep = 6;
    private const int FairnessCap = 30;

    /// <summary>
    /// The best <paramref name="take"/> offers for <paramref name="request"/>, best first. Offers of the
    /// requester, paused offers, other categories and the members in <paramref name="exclude"/> never appear.
    /// <paramref name="recentProposals"/> tells how many proposals a member got lately.
    /// </summary>
    public static IReadOnlyList<MatchProposal> Rank(
        HelpRequest request, IEnumerable<Offer> offers, Func<long, int> recentProposals, int take = 3, IReadOnlySet<long>? exclude = null)
    {
        // Points first, without allocating; reasons only for the few that are proposed.
        var best = new List<MatchProposal>(Math.Min(take, 64) + 1);
        foreach (var offer in offers)
        {
            if (offer.Status != OfferStatus.Active || offer.Category != request.Category || offer.MemberId == request.MemberId || exclude?.Contains(offer.MemberId) == true)
            {
                continue;
            }

            var recent = recentProposals(offer.MemberId);
            var points = Points(request, offer, recent, null);
            if (best.Count == take && !Better(points, recent, offer, best[^1]))
            {
                continue;
            }

            Insert(best, new MatchProposal(offer, points, [], recent), take);
        }

        return best.Select(proposal => Score(request, proposal.Offer, proposal.RecentProposals)).ToList();
    }

    /// <summary>The open requests (with nobody found yet) that a new or resumed offer suits, best first.</summary>
    public static IReadOnlyList<(HelpRequest Request, MatchProposal Proposal)> RequestsFor(
        Offer offer, IEnumerable<HelpRequest> waiting, int take = 3)
    {
        if (offer.Status != OfferStatus.Active)
        {
            return [];
        }

        return waiting
            .Where(request => request.Category == offer.Category && request.MemberId != offer.MemberId)
            .Select(request => (request, Proposal: Score(request, offer, 0)))
            .OrderByDescending(pair => pair.Proposal.Score)
            .ThenBy(pair => pair.request.CreatedAt)
            .Take(take)
            .ToList();
    }

    /// <summary>The score and reasons of one offer for one request.</summary>
    public static MatchProposal Score(HelpRequest request, Offer offer, int recentProposals)
    {
        var reasons = new List<MatchReason>(5);
        return new MatchProposal(offer, Points(request, offer, recentProposals, reasons), reasons, recentProposals);
    }

    private static int Points(HelpRequest request, Offer offer, int recentProposals, List<MatchReason>? reasons)
    {
        var score = 0;

        if (request.When.IsFlexible)
        {
            score += TimeWeight;
            reasons?.Add(MatchReason.AnyTimeFits);
        }
        else if (request.When is { Start: { } start, End: { } end } && offer.Availability.Overlaps(start, end))
        {
            score += TimeWeight;
            reasons?.Add(MatchReason.TimeFits);
        }

        if (offer.District == request.District && offer.District != Districts.Anywhere)
        {
            score += SameDistrictWeight;
            reasons?.Add(MatchReason.SameDistrict);
        }
        else if (Districts.Border(offer.District, request.District))
        {
            score += NeighbouringWeight;
            reasons?.Add(MatchReason.NeighbouringDistrict);
        }
        else if (offer.District == Districts.Anywhere || request.District == Districts.Anywhere)
        {
            score += AnywhereWeight;
            reasons?.Add(MatchReason.AnywhereInHamburg);
        }

        if (offer.Languages.Contains(request.Language))
        {
            score += LanguageWeight;
            reasons?.Add(MatchReason.SharedLanguage);
        }

        score -= Math.Min(recentProposals * FairnessStep, FairnessCap);
        if (recentProposals == 0)
        {
            reasons?.Add(MatchReason.FewProposalsLately);
        }

        return score;
    }

    // Keeps the best few in order without sorting everything: the list never holds more than take + 1.
    private static void Insert(List<MatchProposal> best, MatchProposal proposal, int take)
    {
        var index = best.Count;
        while (index > 0 && Better(proposal, best[index - 1]))
        {
            index--;
        }

        if (index < take)
        {
            best.Insert(index, proposal);
            if (best.Count > take)
            {
                best.RemoveAt(take);
            }
        }
    }

    // Higher score first; on a tie fewer recent proposals, then the older offer, so waiting longer counts.
    private static bool Better(MatchProposal a, MatchProposal b) => Better(a.Score, a.RecentProposals, a.Offer, b);

    private static bool Better(int score, int recent, Offer offer, MatchProposal b) =>
        score != b.Score ? score > b.Score
        : recent != b.RecentProposals ? recent < b.RecentProposals
        : offer.CreatedAt < b.Offer.CreatedAt;
}
