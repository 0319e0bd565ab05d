namespace Kiosk.Conversations.Engine;

/// <summary>What the bot does towards Telegram.</summary>
public enum OutboundKind
{
    /// <summary>Send a text message, optionally with inline buttons.</summary>
    Message,

    /// <summary>Remove the inline buttons of an earlier bot message, so old buttons cannot be pressed twice.</summary>
    RemoveButtons,

    /// <summary>Answer a pressed button (stops the loading spinner on the person's phone).</summary>
    AnswerButton,

    /// <summary>Replace the inline buttons of an earlier bot message (ticks of a multiple choice).</summary>
    EditButtons,

    /// <summary>Set the command menu of this chat to the coordinators' menu, in <see cref="Outbound.Text"/>'s language code.</summary>
    CoordinatorCommands,

    /// <summary>Copy message <see cref="Outbound.MessageId"/> of chat <see cref="Outbound.FromChatId"/> here (the sender is not shown), with buttons.</summary>
    Copy,

    /// <summary>Send <see cref="Outbound.File"/> as a document named <see cref="Outbound.FileName"/>, with <see cref="Outbound.Text"/> as caption.</summary>
    Document,

    /// <summary>Send a QR code of <see cref="Outbound.Link"/> as a photo, with <see cref="Outbound.Text"/> as caption (the adapter draws it).</summary>
    QrCode,

    /// <summary>Take the team's command menu out of this chat: the person sees everyone's menu again.</summary>
    PublicCommands,
}

/// <summary>One inline button: either callback data or a URL.</summary>
public sealed record Button
{
    /// <summary>The label the person sees.</summary>
    public string Label { get; init; } = "";

    /// <summary>Callback data (at most 64 bytes).</summary>
    public string? Data { get; init; }

    /// <summary>A link to open instead of sending data.</summary>
    public string? Url { get; init; }

    /// <summary>A Telegram Mini App to open inside Telegram (https), instead of sending data.</summary>
    public string? WebApp { get; init; }

    /// <summary>A button that sends <paramref name="data"/> when pressed.</summary>
    public static Button Press(string label, string data) => new() { Label = label, Data = data };
}

/// <summary>One thing the bot sends; stored in the outbox until Telegram confirmed it.</summary>
public sealed record Outbound
{
    /// <summary>The chat it goes to.</summary>
    public long ChatId { get; init; }

    /// <summary>What to do.</summary>
    public OutboundKind Kind { get; init; }

    /// <summary>
    /// Text of a message, the short notice of an answered button, or for <see cref="OutboundKind.RemoveButtons"/> the
    /// question's new text with its answer (null: only the buttons go).
    /// </summary>
    public string? Text { get; init; }

    /// <summary>Rows of inline buttons.</summary>
    public List<List<Button>>? Buttons { get; init; }

    /// <summary>The bot message to edit (<see cref="OutboundKind.RemoveButtons"/>, <see cref="OutboundKind.EditButtons"/>) or the person's message to copy (<see cref="OutboundKind.Copy"/>).</summary>
    public int? MessageId { get; init; }

    /// <summary>The chat a copied message comes from.</summary>
    public long? FromChatId { get; init; }

    /// <summary>The callback query to answer, for <see cref="OutboundKind.AnswerButton"/>.</summary>
    public string? CallbackQueryId { get; init; }

    /// <summary>The bytes of a <see cref="OutboundKind.Document"/> (kept small: they wait in the outbox).</summary>
    public byte[]? File { get; init; }

    /// <summary>The file name of a <see cref="OutboundKind.Document"/>.</summary>
    public string? FileName { get; init; }

    /// <summary>The link a <see cref="OutboundKind.QrCode"/> encodes.</summary>
    public string? Link { get; init; }

    /// <summary>True for kinds that put a new message into the chat (paced at one per second per chat).</summary>
    public bool IsNewMessage => Kind is OutboundKind.Message or OutboundKind.Document or OutboundKind.QrCode or OutboundKind.Copy;
}
