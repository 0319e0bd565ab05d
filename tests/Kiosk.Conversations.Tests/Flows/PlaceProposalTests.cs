using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Tests.Engine;
using Kiosk.Domain.Matching;
using static Kiosk.Conversations.Tests.Flows.OfferModerationTests;
using static Kiosk.Conversations.Tests.Flows.OpenRelay;

namespace Kiosk.Conversations.Tests.Flows;

/// <summary>Lena (German) proposes where to meet with buttons; Amina (Arabic) reads it in Arabic, from her side, with yes/no.</summary>
public sealed class PlaceProposalTests
{
    private static IEnumerable<string?> Data(Outbound message) => message.Buttons?.SelectMany(row => row).Select(button => button.Data) ?? [];

    [Fact]
    public void My_place_for_one_side_is_your_place_for_the_other_in_their_language()
    {
        var people = People();
        var lena = Joined("de", Neighbour, "Lena", people);

        lena.Forge($"place:start:{MatchId}").ExpectText("place.ask", ("name", "Amina"));
        Assert.Equal([$"place:kiosk:{MatchId}", $"place:mine:{MatchId}", $"place:yours:{MatchId}", $"place:stop:{MatchId}"], Data(lena.Messages.Last()));
        lena.Press($"place:mine:{MatchId}");

        Assert.Equal((MeetingPlace.HomeOf(Neighbour), Neighbour), (people.Matches[MatchId].ProposedPlace, people.Matches[MatchId].PlaceProposedBy));
        lena.ExpectText("place.sent", ("name", "Amina"), ("place", ChatFlow.CatalogText("de", "place.your_home")));
        var proposal = Assert.Single(lena.Messages, message => message.ChatId == Newcomer);
        Assert.Equal(ChatFlow.CatalogText("ar", "place.to_other", ("name", "Lena"), ("place", ChatFlow.CatalogText("ar", "place.home_of", ("name", "Lena")))), ChatFlow.Plain(proposal.Text));
        Assert.Equal([$"place:yes:{MatchId}", $"place:no:{MatchId}"], Data(proposal));

        var amina = Joined("ar", Newcomer, "Amina", people).Forge($"place:yes:{MatchId}");

        Assert.Equal(MeetingPlace.HomeOf(Neighbour), people.Matches[MatchId].AgreedPlace);
        Assert.Null(people.Matches[MatchId].ProposedPlace);
        amina.ExpectText("place.agreed", ("name", "Lena"), ("place", ChatFlow.CatalogText("ar", "place.home_of", ("name", "Lena"))));
        Assert.Equal(ChatFlow.CatalogText("de", "place.agreed", ("name", "Amina"), ("place", ChatFlow.CatalogText("de", "place.your_home"))),
            ChatFlow.Plain(Assert.Single(amina.Messages, message => message.ChatId == Neighbour).Text));
    }

    [Fact]
    public void The_kiosk_is_shown_with_its_address_and_no_keeps_the_earlier_place()
    {
        var people = People();
        people.Matches[MatchId].AgreedPlace = MeetingPlace.HomeOf(Newcomer);
        var lena = Joined("de", Neighbour, "Lena", people).Forge($"place:kiosk:{MatchId}");
        var proposal = Assert.Single(lena.Messages, message => message.ChatId == Newcomer);
        Assert.Contains("Neue Große Bergstraße", proposal.Text, StringComparison.Ordinal);

        var amina = Joined("ar", Newcomer, "Amina", people).Forge($"place:no:{MatchId}");

        Assert.Equal(MeetingPlace.HomeOf(Newcomer), people.Matches[MatchId].AgreedPlace);
        Assert.StartsWith(ChatFlow.CatalogText("de", "place.declined", ("name", "Amina")).Split('{')[0],
            ChatFlow.Plain(Assert.Single(amina.Messages, message => message.ChatId == Neighbour).Text), StringComparison.Ordinal);
    }

    [Fact]
    public void The_proposer_and_strangers_cannot_answer_and_nobody_outside_can_propose()
    {
        var people = People();
        var lena = Joined("de", Neighbour, "Lena", people).Forge($"place:kiosk:{MatchId}");

        lena.Forge($"place:yes:{MatchId}").ExpectText("input.old_button");
        Joined("en", Coordinator, "Jonas", people).Forge($"place:yes:{MatchId}").ExpectText("phrases.no_relay");
        Joined("en", Coordinator, "Jonas", people).Forge($"place:mine:{MatchId}").ExpectText("phrases.no_relay");

        Assert.Null(people.Matches[MatchId].AgreedPlace);
        Assert.Equal(MeetingPlace.Kiosk, people.Matches[MatchId].ProposedPlace);
    }
}
