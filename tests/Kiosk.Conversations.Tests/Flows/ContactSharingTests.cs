using Kiosk.Conversations.Tests.Engine;
using Kiosk.Domain;
using Kiosk.Domain.Matching;
using static Kiosk.Conversations.Tests.Flows.OfferModerationTests;
using static Kiosk.Conversations.Tests.Flows.OpenRelay;

namespace Kiosk.Conversations.Tests.Flows;

/// <summary>Contact details move only when both chose to share them, and the other side is always asked.</summary>
public sealed class ContactSharingTests
{

    [Fact]
    public void Sharing_after_the_other_chose_the_bot_asks_the_other_side_and_keeps_the_chat_open()
    {
        var people = People(relayOpen: true);
        var amina = Joined("ar", Newcomer, "Amina", people);

        amina.Forge($"match:phone:{MatchId}").Send("+49 151 23456789");

        amina.ExpectText("match.share_requested", ("name", "Lena"));
        var asked = Assert.Single(amina.Messages, message => message.ChatId == Neighbour);
        Assert.Equal(ChatFlow.CatalogText("de", "match.share_asked", ("name", "Amina")), ChatFlow.Plain(asked.Text));
        Assert.Equal([$"match:relay:{MatchId}", $"match:share:{MatchId}", $"match:phone:{MatchId}"], asked.Buttons!.SelectMany(row => row).Select(button => button.Data));
        Assert.DoesNotContain("151", asked.Text, StringComparison.Ordinal);
        Assert.True(people.Matches[MatchId].RelayOpen);
    }

    [Fact]
    public void A_shared_phone_number_is_isolated_so_its_digit_groups_keep_their_order_in_Arabic()
    {
        var people = People(relayOpen: true);
        (people.Matches[MatchId].NewcomerShares, people.Matches[MatchId].NewcomerPhone) = (true, "+49 151 23456789");
        var lena = Joined("de", Neighbour, "Lena", people);

        lena.Forge($"match:phone:{MatchId}").Send("+49 40 1234567");

        lena.ExpectText("match.shared_contact", ("name", "Amina"), ("contact", "\u2068+49 151 23456789\u2069"));
        var toAmina = Assert.Single(lena.Messages, message => message.ChatId == Newcomer);
        Assert.Equal(ChatFlow.CatalogText("ar", "match.shared_contact", ("name", "Lena"), ("contact", "\u2068+49 40 1234567\u2069")), ChatFlow.Plain(toAmina.Text));
    }

    [Fact]
    public void Pressing_share_twice_asks_the_other_side_once()
    {
        var people = People(relayOpen: false);
        var amina = Joined("ar", Newcomer, "Amina", people);

        amina.Forge($"match:share:{MatchId}");
        Assert.Single(amina.Messages, message => message.ChatId == Neighbour);
        amina.Forge($"match:share:{MatchId}");

        amina.ExpectText("match.share_requested", ("name", "Lena"));
        Assert.DoesNotContain(amina.Messages, message => message.ChatId == Neighbour);
    }
}
