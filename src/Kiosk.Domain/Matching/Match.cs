using NodaTime;

namespace Kiosk.Domain.Matching;

/// <summary>Where a match between a help request and an offer is.</summary>
public enum MatchStatus
{
    /// <summary>The newcomer was asked and has not answered.</summary>
    Asked,

    /// <summary>The newcomer said yes: both know it is a match.</summary>
    Accepted,

    /// <summary>The newcomer said no.</summary>
    Declined,

    /// <summary>The chat through the bot was closed.</summary>
    Ended,

    /// <summary>The newcomer did not answer in time.</summary>
    Expired,
}

/// <summary>
/// A neighbour's help request and a newcomer's offer brought together. Contact details are exchanged
/// only when both chose to share them.
/// </summary>
public sealed partial class Match
{
    /// <summary>Stable id (also in button data).</summary>
    public string Id { get; set; } = "";

    /// <summary>The help request.</summary>
    public string RequestId { get; set; } = "";

    /// <summary>The offer.</summary>
    public string OfferId { get; set; } = "";

    /// <summary>The neighbour who asked for help.</summary>
    public long NeighbourId { get; set; }

    /// <summary>The newcomer who offers.</summary>
    public long NewcomerId { get; set; }

    /// <summary>Where it is.</summary>
    public MatchStatus Status { get; set; }

    /// <summary>Why the offer was proposed.</summary>
    public List<MatchReason> Reasons { get; set; } = [];

    /// <summary>When the newcomer was asked.</summary>
    public Instant AskedAt { get; set; }

    /// <summary>When the newcomer answered.</summary>
    public Instant? AnsweredAt { get; set; }

    /// <summary>The neighbour agreed to share their Telegram name.</summary>
    public bool NeighbourShares { get; set; }

    /// <summary>The newcomer agreed to share their Telegram name.</summary>
    public bool NewcomerShares { get; set; }

    /// <summary>The neighbour's @username, stored only once they agreed to share it.</summary>
    public string? NeighbourUsername { get; set; }

    /// <summary>The newcomer's @username, stored only once they agreed to share it.</summary>
    public string? NewcomerUsername { get; set; }

    /// <summary>The neighbour's phone number, stored only once they chose to share it.</summary>
    public string? NeighbourPhone { get; set; }

    /// <summary>The newcomer's phone number, stored only once they chose to share it.</summary>
    public string? NewcomerPhone { get; set; }

    /// <summary>The neighbour's rating afterwards: 1-5, 0 = it did not happen, null = not asked or not answered.</summary>
    public int? NeighbourRating { get; set; }

    /// <summary>The newcomer's rating afterwards, likewise.</summary>
    public int? NewcomerRating { get; set; }

    /// <summary>The neighbour's optional words about it, as written.</summary>
    public string? NeighbourComment { get; set; }

    /// <summary>The newcomer's optional words about it, as written.</summary>
    public string? NewcomerComment { get; set; }

    /// <summary>Messages are passed on through the bot while this is true.</summary>
    public bool RelayOpen { get; set; }

    /// <summary>The day and time both agreed on in the chat (replaces the request's time for reminders and follow-up).</summary>
    public HelpTime? Agreed { get; set; }

    /// <summary>A day and time one side proposed and the other has not answered yet.</summary>
    public HelpTime? Proposed { get; set; }

    /// <summary>Who proposed <see cref="Proposed"/>.</summary>
    public long ProposedBy { get; set; }

    /// <summary>The place both agreed on in the chat (see <see cref="MeetingPlace"/>), or null.</summary>
    public string? AgreedPlace { get; set; }

    /// <summary>A place one side proposed and the other has not answered yet.</summary>
    public string? ProposedPlace { get; set; }

    /// <summary>Who proposed <see cref="ProposedPlace"/>.</summary>
    public long PlaceProposedBy { get; set; }

    /// <summary>When both were asked how it went (once: "It's done" asks at once, the scheduled question then stays quiet).</summary>
    public Instant? FeedbackAskedAt { get; set; }

    /// <summary>How long a newcomer has to answer before the next one may be asked.</summary>
    public static readonly Duration AnswerTime = Duration.FromHours(24);

    /// <summary>True while the newcomer was asked and can still answer.</summary>
    public bool IsWaiting(Instant now) => Status == MatchStatus.Asked && now < AskedAt + AnswerTime;

    /// <summary>True when <paramref name="memberId"/> is one of the two sides.</summary>
    public bool Involves(long memberId) => NeighbourId == memberId || NewcomerId == memberId;

    /// <summary>The other side of <paramref name="memberId"/>.</summary>
    public long Other(long memberId) => memberId == NeighbourId ? NewcomerId : NeighbourId;

    /// <summary>The newcomer says yes or no while they may; false (nothing changes) for anyone else or too late.</summary>
    public bool Answer(long by, bool yes, Instant now)
    {
        if (by != NewcomerId || !IsWaiting(now))
        {
            return false;
        }

        AnsweredAt = now;
        Status = yes ? MatchStatus.Accepted : MatchStatus.Declined;
        return true;
    }

    /// <summary>The newcomer did not answer in time; false unless it was still asked.</summary>
    public bool Expire()
    {
        if (Status != MatchStatus.Asked)
        {
            return false;
        }

        Status = MatchStatus.Expired;
        return true;
    }

    /// <summary>One side proposes a day and time; false unless the match is accepted and the time is a real one.</summary>
    public bool Propose(long by, HelpTime time)
    {
        if (!Involves(by) || Status != MatchStatus.Accepted || time.IsFlexible || time.Start is null || time.End is null)
        {
            return false;
        }

        (Proposed, ProposedBy) = (time, by);
        return true;
    }

    /// <summary>The other side answers the open proposal; yes makes it the agreed time. False for the proposer, anyone else or no proposal.</summary>
    public bool AnswerProposal(long by, bool yes)
    {
        if (Proposed is null || !Involves(by) || by == ProposedBy || Status != MatchStatus.Accepted)
        {
            return false;
        }

        Agreed = yes ? Proposed : Agreed;
        Proposed = null;
        return true;
    }

    /// <summary>One side proposes a place to meet; false unless the match is accepted and the place is one of <see cref="MeetingPlace"/>'s.</summary>
    public bool ProposePlace(long by, string place)
    {
        if (!Involves(by) || Status != MatchStatus.Accepted || !MeetingPlace.IsValid(place, this))
        {
            return false;
        }

        (ProposedPlace, PlaceProposedBy) = (place, by);
        return true;
    }

    /// <summary>The other side answers the open place proposal; yes makes it the agreed place. False for the proposer, anyone else or no proposal.</summary>
    public bool AnswerPlace(long by, bool yes)
    {
        if (ProposedPlace is null || !Involves(by) || by == PlaceProposedBy || Status != MatchStatus.Accepted)
        {
            return false;
        }

        AgreedPlace = yes ? ProposedPlace : AgreedPlace;
        ProposedPlace = null;
        return true;
    }

    /// <summary>One side ends the chat through the bot; false for someone not in the match or a chat not open.</summary>
    public bool EndChat(long by)
    {
        if (!Involves(by) || !RelayOpen)
        {
            return false;
        }

        RelayOpen = false;
        Status = MatchStatus.Ended;
        return true;
    }
}
