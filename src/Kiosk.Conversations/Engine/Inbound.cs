namespace Kiosk.Conversations.Engine;

/// <summary>What a person did, independent of Telegram: wrote text, pressed a button, or sent something else.</summary>
public enum InboundKind
{
    /// <summary>A text message (commands included).</summary>
    Text,

    /// <summary>A pressed inline button.</summary>
    Button,

    /// <summary>A shared location.</summary>
    Location,

    /// <summary>A sticker, photo, voice message or anything else the bot does not read.</summary>
    Unsupported,
}

/// <summary>One thing a person did in a chat, as the conversation engine sees it.</summary>
public sealed record Inbound
{
    /// <summary>The Telegram update id; handling is idempotent per id.</summary>
    public required long UpdateId { get; init; }

    /// <summary>The chat to answer in.</summary>
    public required long ChatId { get; init; }

    /// <summary>The person who acted.</summary>
    public required long UserId { get; init; }

    /// <summary>What kind of input this is.</summary>
    public required InboundKind Kind { get; init; }

    /// <summary>False for groups, supergroups and channels.</summary>
    public bool IsPrivateChat { get; init; } = true;

    /// <summary>The person's first name as Telegram gives it.</summary>
    public string? FirstName { get; init; }

    /// <summary>The person's Telegram @username, if any.</summary>
    public string? Username { get; init; }

    /// <summary>Telegram's IETF language code of the person's app, e.g. "pt-br".</summary>
    public string? LanguageCode { get; init; }

    /// <summary>Text of a text message.</summary>
    public string? Text { get; init; }

    /// <summary>Data of a pressed button: untrusted, anyone can forge it.</summary>
    public string? ButtonData { get; init; }

    /// <summary>Id of the callback query, to be answered.</summary>
    public string? CallbackQueryId { get; init; }

    /// <summary>The bot message whose button was pressed.</summary>
    public int? ButtonMessageId { get; init; }

    /// <summary>Latitude of a shared location.</summary>
    public double? Latitude { get; init; }

    /// <summary>Longitude of a shared location.</summary>
    public double? Longitude { get; init; }
}
