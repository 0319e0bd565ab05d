using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Flows.HelpRequests;
using Kiosk.Conversations.Tests.Engine;
using Kiosk.Domain;
using Kiosk.Domain.Matching;
using static Kiosk.Conversations.Tests.Flows.OfferModerationTests;
using static Kiosk.Conversations.Tests.Flows.OpenRelay;

namespace Kiosk.Conversations.Tests.Flows;

/// <summary>Photos, voice messages, places and files in a chat through the bot: copied, never naming the sender's account.</summary>
public sealed class RelayMediaTests
{

    [Theory]
    [InlineData(MediaKind.Photo)]
    [InlineData(MediaKind.Voice)]
    [InlineData(MediaKind.VideoNote)]
    [InlineData(MediaKind.Document)]
    [InlineData(MediaKind.Venue)]
    [InlineData(MediaKind.Sticker)]
    public void Media_is_copied_to_the_other_side_after_a_line_saying_whose_it_is(MediaKind media)
    {
        var lena = Joined("de", Neighbour, "Lena", People());

        lena.SendMedia(media, size: 300_000);

        var line = Assert.Single(lena.Messages, message => message.ChatId == Newcomer);
        Assert.Equal(ChatFlow.CatalogText("ar", "relay.media_from", ("name", "Lena")), ChatFlow.Plain(line.Text));
        var copy = Assert.Single(lena.Replies, reply => reply.Kind == OutboundKind.Copy);
        Assert.Equal((Newcomer, (long?)Neighbour), (copy.ChatId, copy.FromChatId));
        Assert.NotNull(copy.MessageId);
        Assert.Contains($"phrase:open:{MatchId}", copy.Buttons!.SelectMany(row => row).Select(button => button.Data));
        Assert.True(lena.Replies.ToList().IndexOf(line) < lena.Replies.ToList().IndexOf(copy), "the line comes first");
    }

    [Fact]
    public void A_location_pin_at_the_menu_goes_to_the_other_side_as_a_map()
    {
        var lena = Joined("de", Neighbour, "Lena", People());

        lena.ShareLocation(53.5511, 9.9937);

        Assert.Equal(Newcomer, Assert.Single(lena.Replies, reply => reply.Kind == OutboundKind.Copy).ChatId);
    }

    [Fact]
    public void A_contact_card_waits_until_both_agreed_to_share_contact_details()
    {
        var lena = Joined("de", Neighbour, "Lena", People());
        lena.SendMedia(MediaKind.Contact).ExpectText("relay.contact_wait");
        Assert.DoesNotContain(lena.Replies, reply => reply.ChatId == Newcomer);

        var agreed = Joined("de", Neighbour, "Lena", People(shared: true));
        agreed.SendMedia(MediaKind.Contact);
        Assert.Equal(Newcomer, Assert.Single(agreed.Replies, reply => reply.Kind == OutboundKind.Copy).ChatId);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_with_the_limit()
    {
        var lena = Joined("de", Neighbour, "Lena", People());

        lena.SendMedia(MediaKind.Video, size: (RelayMedia.MaxMegabytes + 1) * 1024L * 1024L).ExpectText("relay.too_big", ("mb", RelayMedia.MaxMegabytes));

        Assert.DoesNotContain(lena.Replies, reply => reply.ChatId == Newcomer);
    }

    [Fact]
    public void More_files_than_the_hourly_limit_are_refused_and_nothing_more_is_passed_on()
    {
        var lena = Joined("de", Neighbour, "Lena", People());
        for (var i = 0; i < RelayMedia.PerHour; i++)
        {
            lena.SendMedia(MediaKind.Photo);
            Assert.Single(lena.Replies, reply => reply.Kind == OutboundKind.Copy);
        }

        lena.SendMedia(MediaKind.Photo).ExpectText("relay.too_many");
        Assert.DoesNotContain(lena.Replies, reply => reply.ChatId == Newcomer);
    }

    [Fact]
    public void Without_an_open_chat_media_gets_the_friendly_answer_and_reaches_nobody()
    {
        var lena = Joined("de", Neighbour, "Lena", People(relayOpen: false));

        lena.SendMedia(MediaKind.Photo).ExpectText("input.unsupported");

        Assert.DoesNotContain(lena.Replies, reply => reply.ChatId == Newcomer || reply.Kind == OutboundKind.Copy);
    }
}
