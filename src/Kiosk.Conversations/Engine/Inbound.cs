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

    /// <summary>A photo, voice message, video, video note, document, audio, sticker, venue or contact card: passed on in a chat through the bot.</summary>
    Media,

    /// <summary>Anything else the bot does not read (a poll, a game, a dice).</summary>
    Unsupported,
}

/// <summary>What kind of media a person sent.</summary>
public enum MediaKind
{
    /// <summary>A photo.</summary>
    Photo,

    /// <summary>A voice message.</summary>
    Voice,

    /// <summary>A video.</summary>
    Video,

    /// <summary>A round video note.</summary>
    VideoNote,

    /// <summary>A file.</summary>
    Document,

    /// <summary>A music or sound file.</summary>
    Audio,

    /// <summary>A sticker or an animation.</summary>
    Sticker,

    /// <summary>A place with its name and address.</summary>
    Venue,

    /// <summary>A location pin.</summary>
    Location,

    /// <summary>A Telegram contact card (a phone number).</summary>
    Contact,
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

    /// <summary>The text of the message whose button was pressed (the bot's own question), when Telegram sent it along.</summary>
    public string? ButtonMessageText { get; init; }

    /// <summary>The label of the pressed button, when Telegram sent the message's buttons along.</summary>
    public string? ButtonLabel { get; init; }

    /// <summary>The person's message (a location or media to pass on by copying it).</summary>
    public int? MessageId { get; init; }

    /// <summary>The kind of media sent.</summary>
    public MediaKind? Media { get; init; }

    /// <summary>The size of a sent file in bytes, when Telegram says it.</summary>
    public long? FileSize { get; init; }

    /// <summary>Latitude of a shared location.</summary>
    public double? Latitude { get; init; }

    /// <summary>Longitude of a shared location.</summary>
    public double? Longitude { get; init; }
}
