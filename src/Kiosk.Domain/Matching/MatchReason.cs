namespace Kiosk.Domain.Matching;

/// <summary>Why an offer was proposed for a help request; shown to people in their language.</summary>
public enum MatchReason
{
    /// <summary>The offer's weekly time covers the requested time.</summary>
    TimeFits,

    /// <summary>The request is flexible, so any time fits.</summary>
    AnyTimeFits,

    /// <summary>Both are in the same district.</summary>
    SameDistrict,

    /// <summary>The districts border each other.</summary>
    NeighbouringDistrict,

    /// <summary>One side is fine with anywhere in Hamburg.</summary>
    AnywhereInHamburg,

    /// <summary>They share a language.</summary>
    SharedLanguage,

    /// <summary>The newcomer has had few proposals lately, so they come first.</summary>
    FewProposalsLately,
}

/// <summary>An offer proposed for a help request, with its score and the reasons.</summary>
/// <param name="Offer">The offer.</param>
/// <param name="Score">Higher is better.</param>
/// <param name="Reasons">Why it fits, best first.</param>
/// <param name="RecentProposals">How many proposals the newcomer got lately (fewer wins a tie).</param>
public sealed record MatchProposal(Offer Offer, int Score, IReadOnlyList<MatchReason> Reasons, int RecentProposals = 0);
