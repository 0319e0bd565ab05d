namespace Kiosk.Conversations.Flows;

/// <summary>Short random ids for offers and requests (they travel in 64-byte button data).</summary>
public static class Ids
{
    /// <summary>A new 12-character id.</summary>
    public static string New() => Guid.NewGuid().ToString("N")[..12];
}
