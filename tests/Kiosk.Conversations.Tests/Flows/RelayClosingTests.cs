using Kiosk.Conversations.Tests.Engine;
using Kiosk.Domain;
using Kiosk.Domain.Matching;
using static Kiosk.Conversations.Tests.Flows.OfferModerationTests;
using static Kiosk.Conversations.Tests.Flows.OpenRelay;

namespace Kiosk.Conversations.Tests.Flows;

/// <summary>A chat through the bot ends cleanly for both sides when the team pauses or bans one of them, or one deletes their data.</summary>
public sealed class RelayClosingTests
{

    [Theory]
    [InlineData("ban")]
    [InlineData("pause")]
    public void Banning_or_pausing_the_newcomer_closes_the_chat_and_the_neighbour_hears_what_happens_next(string action)
    {
        var people = People(withSecondOffer: false);
        var coordinator = Joined("en", Coordinator, "Jonas", people);

        coordinator.Forge($"coord:mod:{action}:report000001");

        Assert.True(people.Matches[MatchId] is { RelayOpen: false, Status: MatchStatus.Ended });
        var told = Assert.Single(coordinator.Messages, message => message.ChatId == Neighbour);
        Assert.Equal(ChatFlow.CatalogText("de", "relay.closed_none", ("name", "Amina")), ChatFlow.Plain(told.Text));

        // What Lena writes next is not passed on to the banned or paused person.
        var lena = Joined("de", Neighbour, "Lena", people);
        lena.Send("Kommst du noch?");
        Assert.DoesNotContain(lena.Messages, message => message.ChatId == Newcomer);
    }

    [Fact]
    public void When_someone_else_offers_it_the_neighbours_request_goes_on_to_them()
    {
        var people = People(withSecondOffer: true);
        var coordinator = Joined("en", Coordinator, "Jonas", people);

        coordinator.Forge("coord:mod:ban:report000001");

        var told = Assert.Single(coordinator.Messages, message => message.ChatId == Neighbour);
        Assert.Equal(ChatFlow.CatalogText("de", "relay.closed_next", ("name", "Amina"), ("next", "Omid")), ChatFlow.Plain(told.Text));
        Assert.Contains(coordinator.Messages, message => message.ChatId == 5005);
    }

    [Fact]
    public void A_person_who_deletes_their_data_leaves_the_partner_a_plain_note_without_their_name()
    {
        var people = People(withSecondOffer: false);
        var amina = Joined("ar", Newcomer, "Amina", people);

        amina.Send("/delete").Press("delete:yes");

        var told = Assert.Single(amina.Messages, message => message.ChatId == Neighbour);
        Assert.Equal(ChatFlow.CatalogText("de", "relay.closed_left"), ChatFlow.Plain(told.Text));
        Assert.DoesNotContain("Amina", told.Text, StringComparison.Ordinal);
        // The store's erasure closes and clears the match; the turn itself must not write it back with her id.
        Assert.Empty(amina.LastResult!.Matches);
    }

    private static KnownPeople People(bool withSecondOffer)
    {
        var people = OpenRelay.People().With(new Report { Id = "report000001", MatchId = MatchId, ReporterId = Neighbour, ReportedId = Newcomer });
        if (withSecondOffer)
        {
            people.With(new Member { Id = 5005, FirstName = "Omid", Language = "fa" })
                .With(new Offer { Id = "offer0000002", MemberId = 5005, Category = "bikes", District = "ottensen", Status = OfferStatus.Active, Languages = ["fa", "de"], Availability = WeeklyAvailability.Always });
        }

        return people;
    }
}
