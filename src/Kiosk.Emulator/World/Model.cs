using System.Text.Json.Nodes;

namespace Kiosk.Emulator.World;

/// <summary>A person using the emulated Telegram.</summary>
public sealed record EmulatedUser(long Id, string FirstName, string? Username, string? LanguageCode);

/// <summary>An inline button as the bot sent it.</summary>
public sealed record InlineButton(string Text, string? CallbackData, string? Url, string? WebAppUrl = null);

/// <summary>A message in a chat, written by a person or the bot.</summary>
public sealed class EmulatedMessage
{
    /// <summary>Id, counted per chat as Telegram does.</summary>
    public required int MessageId { get; init; }

    /// <summary>The chat it is in.</summary>
    public required long ChatId { get; init; }

    /// <summary>True when the bot wrote it.</summary>
    public required bool FromBot { get; init; }

    /// <summary>The person who wrote it (null for the bot).</summary>
    public EmulatedUser? From { get; init; }

    /// <summary>Unix time in seconds.</summary>
    public required long Date { get; init; }

    /// <summary>Text or caption.</summary>
    public string? Text { get; set; }

    /// <summary>Inline keyboard rows.</summary>
    public IReadOnlyList<IReadOnlyList<InlineButton>>? Buttons { get; set; }

    /// <summary>Unix time of the last edit.</summary>
    public long? EditDate { get; set; }

    /// <summary>URL of a photo or document the bot sent, served by the emulator.</summary>
    public string? FileUrl { get; init; }

    /// <summary>"photo" or "document" for files.</summary>
    public string? FileKind { get; init; }

    /// <summary>The kind-specific part of a person's photo, voice message, file, place, contact or location ({"photo": [...]}), kept so that copyMessage can repeat it.</summary>
    public JsonObject? Content { get; init; }

    /// <summary>The message as Telegram would send it inside an update (everything but the kind-specific part).</summary>
    public JsonObject? Payload { get; init; }
}

/// <summary>One chat: private (positive id) or a group (negative id).</summary>
public sealed class EmulatedChat(long id)
{
    /// <summary>Chat id.</summary>
    public long Id { get; } = id;

    /// <summary>True for private chats.</summary>
    public bool IsPrivate => Id > 0;

    /// <summary>The person of a private chat (the last writer in a group).</summary>
    public EmulatedUser? User { get; set; }

    /// <summary>The messages in order; deleted ones are removed.</summary>
    public List<EmulatedMessage> Messages { get; } = [];

    /// <summary>Last used message id.</summary>
    public int LastMessageId { get; set; }

    /// <summary>Grows with every change (new message, edit, delete), so watchers see edits too.</summary>
    public long Version { get; set; }
}
