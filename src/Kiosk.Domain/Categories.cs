namespace Kiosk.Domain;

/// <summary>The kinds of help the kiosk connects; the ids are stable (stored, and used in button data).</summary>
public static class Categories
{
    /// <summary>Every category id, in the order the buttons show them; "other" last.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        "repairs", "bikes", "moving", "cleaning", "gardening", "childcare", "tutoring", "translation", "cooking",
        "sewing", "beauty", "computers", "paperwork", "arts", "errands", "pets", "other",
    ];

    /// <summary>True for a known category id.</summary>
    public static bool IsKnown(string? id) => id is not null && All.Contains(id);
}
