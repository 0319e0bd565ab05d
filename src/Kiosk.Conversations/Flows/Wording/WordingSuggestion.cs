using Kiosk.Conversations.Engine.Units;
using NodaTime;

namespace Kiosk.Conversations.Flows.Wording;

/// <summary>
/// A better wording someone proposed for one of the bot's texts: the catalog key and language it is for (never the
/// message as it was shown, which may hold another person's words), and their version.
/// </summary>
public sealed class WordingSuggestion : IStoredRecord
{
    /// <summary>How long a suggestion may be; longer ones are cut.</summary>
    public const int MaxText = 2000;

    /// <inheritdoc />
    public string Id { get; set; } = "";

    /// <inheritdoc />
    public long MemberId { get; set; }

    /// <summary>The catalog's language.</summary>
    public string Language { get; set; } = "";

    /// <summary>The catalog key of the text.</summary>
    public string Key { get; set; } = "";

    /// <summary>The proposed wording, as written.</summary>
    public string Text { get; set; } = "";

    /// <inheritdoc />
    public Instant CreatedAt { get; set; }
}

/// <summary>The person picked a text and is asked for their version of it.</summary>
public sealed class WritingWording : FlowState
{
    /// <summary>The catalog key of the picked text.</summary>
    public string Key { get; set; } = "";
}
