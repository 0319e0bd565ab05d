using Kiosk.Conversations.Engine;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace Kiosk.Telegram;

/// <summary>Turns an outbox message into the Bot API request that performs it.</summary>
public static class OutboundRequests
{
    /// <summary>sendMessage with inline buttons.</summary>
    public static SendMessageRequest Message(Outbound outbound) => new()
    {
        ChatId = outbound.ChatId,
        Text = outbound.Text ?? "",
        ReplyMarkup = Keyboard(outbound.Buttons),
    };

    /// <summary>copyMessage: a person's media or location into the other person's chat, without naming the sender.</summary>
    public static CopyMessageRequest Copy(Outbound outbound) => new()
    {
        ChatId = outbound.ChatId,
        FromChatId = outbound.FromChatId ?? 0,
        MessageId = outbound.MessageId ?? 0,
        ReplyMarkup = Keyboard(outbound.Buttons),
    };

    /// <summary>editMessageReplyMarkup: new buttons, or none (the buttons disappear).</summary>
    public static EditMessageReplyMarkupRequest EditButtons(Outbound outbound) => new()
    {
        ChatId = outbound.ChatId,
        MessageId = outbound.MessageId ?? 0,
        ReplyMarkup = outbound.Kind == OutboundKind.EditButtons ? Keyboard(outbound.Buttons) : null,
    };

    /// <summary>editMessageText without buttons: the answered question with its answer under it.</summary>
    public static EditMessageTextRequest ShowAnswer(Outbound outbound) => new()
    {
        ChatId = outbound.ChatId,
        MessageId = outbound.MessageId ?? 0,
        Text = outbound.Text ?? "",
    };

    /// <summary>sendDocument with the file's bytes (multipart upload) and a caption.</summary>
    public static SendDocumentRequest Document(Outbound outbound) => new()
    {
        ChatId = outbound.ChatId,
        Document = InputFile.FromStream(new MemoryStream(outbound.File ?? []), outbound.FileName ?? "file"),
        Caption = outbound.Text,
    };

    /// <summary>sendPhoto with the QR code of the outbound's link, drawn here so the engine stays free of images.</summary>
    public static SendPhotoRequest QrCode(Outbound outbound) => new()
    {
        ChatId = outbound.ChatId,
        Photo = InputFile.FromStream(new MemoryStream(QrPosters.Png(outbound.Link ?? "")), "poster.png"),
        Caption = outbound.Text,
    };

    /// <summary>answerCallbackQuery.</summary>
    public static AnswerCallbackQueryRequest AnswerButton(Outbound outbound) => new()
    {
        CallbackQueryId = outbound.CallbackQueryId ?? "",
        Text = outbound.Text,
    };

    private static InlineKeyboardMarkup? Keyboard(List<List<Button>>? rows) =>
        rows is null or { Count: 0 }
            ? null
            : new InlineKeyboardMarkup(rows.Select(row => row.Select(button => button switch
            {
                { Url: { } url } => InlineKeyboardButton.WithUrl(button.Label, url),
                { WebApp: { } app } => InlineKeyboardButton.WithWebApp(button.Label, new WebAppInfo { Url = app }),
                _ => InlineKeyboardButton.WithCallbackData(button.Label, button.Data ?? ""),
            })));
}
