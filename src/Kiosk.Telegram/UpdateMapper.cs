using Kiosk.Conversations.Engine;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Kiosk.Telegram;

/// <summary>
/// Maps a Telegram update to what the conversation engine understands, or null for updates the bot ignores. Written
/// text is repaired here, at the edge (lone surrogates replaced, names cleaned), so that no turn fails on storing it.
/// </summary>
public static class UpdateMapper
{
    /// <summary>
    /// Messages and button presses become an <see cref="Inbound"/>. Edited messages, channel posts,
    /// membership changes and everything else are ignored on purpose (null).
    /// </summary>
    public static Inbound? Map(Update update) => update switch
    {
        { Message: { } message } => FromMessage(update.Id, message),
        // Telegram always names the sender and the chat; an update without them is not answerable (found by the storm).
        { CallbackQuery: { From: not null } query } when query.Message is null || query.Message.Chat is not null => FromButton(update.Id, query),
        _ => null,
    };

    private static Inbound? FromMessage(int updateId, Message message)
    {
        if (message.From is not { IsBot: false } from || message.Chat is null)
        {
            return null;
        }

        // A venue carries a location too: it is passed on as a place, not read as the answer to "where?".
        var media = message switch
        {
            { Photo: not null } => MediaKind.Photo,
            { Voice: not null } => MediaKind.Voice,
            { Video: not null } => MediaKind.Video,
            { VideoNote: not null } => MediaKind.VideoNote,
            { Animation: not null } or { Sticker: not null } => MediaKind.Sticker,
            { Document: not null } => MediaKind.Document,
            { Audio: not null } => MediaKind.Audio,
            { Venue: not null } => MediaKind.Venue,
            { Contact: not null } => MediaKind.Contact,
            { Location: not null } => MediaKind.Location,
            _ => (MediaKind?)null,
        };
        var kind = message switch
        {
            { Text: not null } => InboundKind.Text,
            _ when media == MediaKind.Location => InboundKind.Location,
            _ when media is not null => InboundKind.Media,
            _ => InboundKind.Unsupported,
        };

        return new Inbound
        {
            UpdateId = updateId,
            ChatId = message.Chat.Id,
            UserId = from.Id,
            Kind = kind,
            IsPrivateChat = message.Chat.Type == ChatType.Private,
            FirstName = WrittenText.CleanName(from.FirstName),
            Username = WrittenText.RepairOrNull(from.Username),
            LanguageCode = WrittenText.RepairOrNull(from.LanguageCode),
            Text = WrittenText.RepairOrNull(message.Text),
            MessageId = message.MessageId,
            Media = media,
            FileSize = message.Document?.FileSize ?? message.Video?.FileSize ?? message.Audio?.FileSize ?? message.Voice?.FileSize
                ?? message.VideoNote?.FileSize ?? message.Photo?.LastOrDefault()?.FileSize ?? message.Animation?.FileSize,
            Latitude = message.Location?.Latitude,
            Longitude = message.Location?.Longitude,
        };
    }

    private static Inbound FromButton(int updateId, CallbackQuery query) => new()
    {
        UpdateId = updateId,
        ChatId = query.Message?.Chat.Id ?? query.From.Id,
        UserId = query.From.Id,
        Kind = InboundKind.Button,
        IsPrivateChat = query.Message is null || query.Message.Chat.Type == ChatType.Private,
        FirstName = WrittenText.CleanName(query.From.FirstName),
        Username = WrittenText.RepairOrNull(query.From.Username),
        LanguageCode = WrittenText.RepairOrNull(query.From.LanguageCode),
        ButtonData = WrittenText.RepairOrNull(query.Data),
        CallbackQueryId = query.Id,
        ButtonMessageId = query.Message?.MessageId,
        ButtonMessageText = query.Message?.Text,
        ButtonLabel = query.Message?.ReplyMarkup?.InlineKeyboard.SelectMany(row => row).FirstOrDefault(button => button.CallbackData == query.Data)?.Text,
    };
}
