using Telegram.Bot.Types.ReplyMarkups;
using Kiosk.Conversations.Engine;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Kiosk.Telegram.Tests;

public sealed class UpdateMapperTests
{
    private static readonly User Amina = new() { Id = 1001, FirstName = "Amina", LanguageCode = "ar" };
    private static readonly Chat Private = new() { Id = 1001, Type = ChatType.Private };

    [Fact]
    public void A_private_text_message_becomes_text_with_the_person_s_language()
    {
        var inbound = UpdateMapper.Map(new Update { Id = 5, Message = new Message { Id = 1, From = Amina, Chat = Private, Text = "/start" } })!;
        Assert.Equal((5L, 1001L, 1001L, InboundKind.Text, "/start", "ar", true),
            (inbound.UpdateId, inbound.ChatId, inbound.UserId, inbound.Kind, inbound.Text, inbound.LanguageCode, inbound.IsPrivateChat));
    }

    [Fact]
    public void Media_becomes_media_of_its_kind_with_its_message_and_size_and_locations_keep_their_coordinates()
    {
        Inbound Map(int id, Message message) => UpdateMapper.Map(new Update { Id = id, Message = message })!;
        var sticker = Map(1, new Message { Id = 11, From = Amina, Chat = Private, Sticker = new Sticker() });
        var voice = Map(2, new Message { Id = 12, From = Amina, Chat = Private, Voice = new global::Telegram.Bot.Types.Voice { FileSize = 4096 } });
        var photo = Map(3, new Message { Id = 13, From = Amina, Chat = Private, Photo = [new PhotoSize { FileSize = 10 }, new PhotoSize { FileSize = 900 }] });
        var venue = Map(4, new Message { Id = 14, From = Amina, Chat = Private, Venue = new Venue { Title = "Kiosk" }, Location = new Location { Latitude = 53.55, Longitude = 9.93 } });
        var contact = Map(5, new Message { Id = 15, From = Amina, Chat = Private, Contact = new Contact { PhoneNumber = "+49 40 1" } });
        var location = Map(6, new Message { Id = 16, From = Amina, Chat = Private, Location = new Location { Latitude = 53.55, Longitude = 9.93 } });
        var poll = Map(7, new Message { Id = 17, From = Amina, Chat = Private, Poll = new Poll() });

        Assert.Equal((InboundKind.Media, MediaKind.Sticker, 11), (sticker.Kind, sticker.Media, sticker.MessageId));
        Assert.Equal((InboundKind.Media, MediaKind.Voice, 4096L), (voice.Kind, voice.Media, voice.FileSize));
        Assert.Equal((MediaKind.Photo, 900L), (photo.Media, photo.FileSize));
        Assert.Equal((InboundKind.Media, MediaKind.Venue), (venue.Kind, venue.Media));
        Assert.Equal((InboundKind.Media, MediaKind.Contact), (contact.Kind, contact.Media));
        Assert.Equal((InboundKind.Location, 53.55, 9.93, 16), (location.Kind, location.Latitude, location.Longitude, location.MessageId));
        Assert.Equal(InboundKind.Unsupported, poll.Kind);
    }

    [Fact]
    public void A_button_press_carries_its_untrusted_data_and_the_message_it_was_on()
    {
        var update = new Update
        {
            Id = 9,
            CallbackQuery = new CallbackQuery { Id = "q1", From = Amina, Data = "menu:offer", Message = new Message { Id = 77, Chat = Private } },
        };
        var inbound = UpdateMapper.Map(update)!;
        Assert.Equal((InboundKind.Button, "menu:offer", "q1", (int?)77, 1001L), (inbound.Kind, inbound.ButtonData, inbound.CallbackQueryId, inbound.ButtonMessageId, inbound.ChatId));
    }

    [Fact]
    public void A_button_press_brings_the_question_and_the_pressed_label_for_the_answer_trace_and_nothing_for_forged_data()
    {
        var question = new Message
        {
            Id = 77, Chat = Private, Text = "Wann brauchst du Hilfe?",
            ReplyMarkup = new InlineKeyboardMarkup([[InlineKeyboardButton.WithCallbackData("Morgen", "form:when=tomorrow"), InlineKeyboardButton.WithCallbackData("Samstag", "form:when=sat")]]),
        };

        var pressed = UpdateMapper.Map(new Update { Id = 9, CallbackQuery = new CallbackQuery { Id = "q1", From = Amina, Data = "form:when=sat", Message = question } })!;
        var forged = UpdateMapper.Map(new Update { Id = 10, CallbackQuery = new CallbackQuery { Id = "q2", From = Amina, Data = "form:when=never", Message = question } })!;

        Assert.Equal(("Wann brauchst du Hilfe?", "Samstag"), (pressed.ButtonMessageText, pressed.ButtonLabel));
        Assert.Null(forged.ButtonLabel);
    }

    [Fact]
    public void Group_messages_are_marked_as_not_private()
    {
        var group = new Chat { Id = -100, Type = ChatType.Supergroup };
        Assert.False(UpdateMapper.Map(new Update { Id = 1, Message = new Message { From = Amina, Chat = group, Text = "hi" } })!.IsPrivateChat);
    }

    [Fact]
    public void Edited_messages_channel_posts_and_messages_from_bots_are_ignored()
    {
        var edited = new Update { Id = 1, EditedMessage = new Message { From = Amina, Chat = Private, Text = "edit" } };
        var channel = new Update { Id = 2, ChannelPost = new Message { Chat = new Chat { Id = -5, Type = ChatType.Channel }, Text = "news" } };
        var fromBot = new Update { Id = 3, Message = new Message { From = new User { Id = 7, IsBot = true, FirstName = "Bot" }, Chat = Private, Text = "x" } };

        Assert.Null(UpdateMapper.Map(edited));
        Assert.Null(UpdateMapper.Map(channel));
        Assert.Null(UpdateMapper.Map(fromBot));
    }

    [Fact]
    public void Messages_without_a_chat_and_button_presses_without_a_sender_or_chat_are_ignored_instead_of_crashing()
    {
        // Found by the storm of bad updates: these threw NullReferenceException.
        var noChat = new Update { Id = 1, Message = new Message { From = Amina, Chat = null!, Text = "hi" } };
        var noSender = new Update { Id = 2, CallbackQuery = new CallbackQuery { Id = "q", From = null!, Data = "menu:offer" } };
        var noButtonChat = new Update { Id = 3, CallbackQuery = new CallbackQuery { Id = "q", From = Amina, Data = "menu:offer", Message = new Message { Id = 5, Chat = null! } } };

        Assert.Null(UpdateMapper.Map(noChat));
        Assert.Null(UpdateMapper.Map(noSender));
        Assert.Null(UpdateMapper.Map(noButtonChat));
    }

    [Fact]
    public void Lone_surrogates_in_every_field_are_repaired_and_names_lose_bidi_controls_at_the_edge()
    {
        var forger = new User { Id = 1002, FirstName = "\u202EJonas\uD83D", Username = "jo\uDE00nas", LanguageCode = "d\uD800e" };
        var text = UpdateMapper.Map(new Update { Id = 1, Message = new Message { From = forger, Chat = Private, Text = "Hilfe \uD83D bitte" } })!;
        var button = UpdateMapper.Map(new Update { Id = 2, CallbackQuery = new CallbackQuery { Id = "q", From = forger, Data = "menu:\uDC00" } })!;

        Assert.Equal("Hilfe \uFFFD bitte", text.Text);
        Assert.Equal("Jonas\uFFFD", text.FirstName);
        Assert.Equal("jo\uFFFDnas", text.Username);
        Assert.Equal("d\uFFFDe", text.LanguageCode);
        Assert.Equal("menu:\uFFFD", button.ButtonData);
        Assert.Equal("Jonas\uFFFD", button.FirstName);
    }
}
