using NodaTime;

namespace Kiosk.Domain;

/// <summary>Whether an offer can be matched.</summary>
public enum OfferStatus
{
    /// <summary>Shown to neighbours who need this.</summary>
    Active,

    /// <summary>Paused by the newcomer.</summary>
    Paused,

    /// <summary>New, waiting for a coordinator's approval; not matched yet.</summary>
    Waiting,

    /// <summary>Not approved by a coordinator; never matched.</summary>
    Rejected,
}

/// <summary>What a newcomer offers: a category, their own words, when, where, languages and price.</summary>
public sealed class Offer
{
    /// <summary>Stable id (also in button data).</summary>
    public string Id { get; set; } = "";

    /// <summary>The newcomer's member id.</summary>
    public long MemberId { get; set; }

    /// <summary>Category id.</summary>
    public string Category { get; set; } = "";

    /// <summary>The newcomer's own words, as written (at most 500 characters).</summary>
    public string Description { get; set; } = "";

    /// <summary>A few optional words in German or English beside the description, for neighbours who do not read it.</summary>
    public string SecondDescription { get; set; } = "";

    /// <summary>The language of <see cref="SecondDescription"/> ("de", "en", ...), empty when there are none.</summary>
    public string SecondLanguage { get; set; } = "";

    /// <summary>When they have time.</summary>
    public WeeklyAvailability Availability { get; set; }

    /// <summary>District id or "anywhere".</summary>
    public string District { get; set; } = "";

    /// <summary>Languages they speak (codes).</summary>
    public List<string> Languages { get; set; } = [];

    /// <summary>What it costs.</summary>
    public Price Price { get; set; } = Price.Free;

    /// <summary>The language the offer was written in.</summary>
    public string Language { get; set; } = "";

    /// <summary>Active, paused, waiting for approval or rejected.</summary>
    public OfferStatus Status { get; set; }

    /// <summary>The coordinator who approved or rejected it, when moderation decided.</summary>
    public long? DecidedBy { get; set; }

    /// <summary>Why a coordinator rejected it: a reason code of the moderation (e.g. "unclear").</summary>
    public string? RejectReason { get; set; }

    /// <summary>When it was saved first.</summary>
    public Instant CreatedAt { get; set; }

    /// <summary>Takes an active offer offline (the person, or the team after a report); false for any other status.</summary>
    public bool Pause()
    {
        if (Status != OfferStatus.Active)
        {
            return false;
        }

        Status = OfferStatus.Paused;
        return true;
    }

    /// <summary>Puts a paused offer online again; false for any other status (only the team decides on waiting or rejected ones).</summary>
    public bool Resume()
    {
        if (Status != OfferStatus.Paused)
        {
            return false;
        }

        Status = OfferStatus.Active;
        return true;
    }
}
