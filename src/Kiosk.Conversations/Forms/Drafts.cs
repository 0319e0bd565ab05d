using Kiosk.Domain;

namespace Kiosk.Conversations.Forms;

/// <summary>An offer being written; stored with the chat's state so it survives restarts mid-form.</summary>
public sealed class OfferDraft
{
    /// <summary>The likely categories of a message the classifier was not sure about, asked first ("is it about ...?").</summary>
    public List<string>? LikelyCategories { get; set; }

    /// <summary>The offer being changed, or null for a new one.</summary>
    public string? EditingOfferId { get; set; }

    /// <summary>Category id.</summary>
    public string? Category { get; set; }

    /// <summary>The newcomer's words; empty when skipped.</summary>
    public string? Description { get; set; }

    /// <summary>Weekly slots.</summary>
    public WeeklyAvailability Availability { get; set; }

    /// <summary>District id or "anywhere".</summary>
    public string? District { get; set; }

    /// <summary>Spoken languages chosen so far.</summary>
    public List<string> Languages { get; set; } = [];

    /// <summary>True once the languages were confirmed with "Done".</summary>
    public bool LanguagesDone { get; set; }

    /// <summary>Price.</summary>
    public Price? Price { get; set; }
}

/// <summary>A help request being written.</summary>
public sealed class HelpRequestDraft
{
    /// <summary>The likely categories of a message the classifier was not sure about, asked first ("is it about ...?").</summary>
    public List<string>? LikelyCategories { get; set; }

    /// <summary>Category id.</summary>
    public string? Category { get; set; }

    /// <summary>When help is needed.</summary>
    public HelpTime? When { get; set; }

    /// <summary>District id or "anywhere".</summary>
    public string? District { get; set; }

    /// <summary>The neighbour's words; empty when skipped.</summary>
    public string? Details { get; set; }
}
