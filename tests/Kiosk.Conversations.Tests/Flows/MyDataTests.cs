using System.Text;
using System.Text.Json;
using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Tests.Engine;
using Kiosk.Domain;
using Kiosk.Domain.Matching;

namespace Kiosk.Conversations.Tests.Flows;

public sealed class MyDataTests
{
    private const long Omid = 2002;

    [Fact]
    public void Someone_who_never_accepted_the_privacy_notice_is_told_nothing_is_stored()
    {
        var chat = new ChatFlow("tr");
        chat.Send("/start").Send("/mydata").ExpectText("mydata.nothing");
        Assert.DoesNotContain(chat.Replies, reply => reply.Kind == OutboundKind.Document);
    }

    [Fact]
    public void A_member_gets_one_json_file_of_their_data_with_a_note_in_their_language()
    {
        var people = new KnownPeople()
            .With(new Member { Id = Omid, FirstName = "Omid", Language = "fa" })
            .With(new Match
            {
                Id = "m1", RequestId = "r1", OfferId = "o1", NeighbourId = 1001, NewcomerId = Omid, Status = MatchStatus.Accepted,
                AskedAt = ChatFlow.Now, NeighbourShares = true, NeighbourUsername = "amina_hh", NewcomerShares = true,
                NewcomerUsername = "omid_private", NewcomerPhone = "+49 170 5550123", NeighbourRating = 5, NewcomerComment = "Omid's own words",
            })
            .With(new Report { Id = "rep1", MatchId = "m1", ReporterId = 1001, ReportedId = Omid, At = ChatFlow.Now });
        var chat = new ChatFlow("uk", directory: people);
        chat.Send("/start").Press("lang:uk").Press("privacy:yes");

        chat.Send("/mydata");

        var file = Assert.Single(chat.Replies, reply => reply.Kind == OutboundKind.Document);
        Assert.Equal("my-data-2026-11-25.json", file.FileName);
        Assert.Equal(ChatFlow.Plain(ChatFlow.CatalogText("uk", "mydata.caption")), ChatFlow.Plain(file.Text));
        var text = Encoding.UTF8.GetString(file.File!);
        var json = JsonDocument.Parse(text).RootElement;
        Assert.Equal("Amina", json.GetProperty("member").GetProperty("firstName").GetString());
        Assert.Equal("uk", json.GetProperty("member").GetProperty("language").GetString());
        Assert.Equal("2026-11-25T09:00:00Z", json.GetProperty("member").GetProperty("privacyAcceptedAt").GetString());
        Assert.Equal("uk", json.GetProperty("chat").GetProperty("language").GetString());
        var match = Assert.Single(json.GetProperty("matches").EnumerateArray().ToList());
        Assert.Equal(("neighbour", "amina_hh", 5, "Omid"), (match.GetProperty("myRole").GetString(), match.GetProperty("myUsername").GetString(),
            match.GetProperty("myRating").GetInt32(), match.GetProperty("otherFirstName").GetString()));
        Assert.Equal("rep1", Assert.Single(json.GetProperty("reports").EnumerateArray().ToList()).GetProperty("id").GetString());
        // Of the other person: the first name and nothing else.
        Assert.DoesNotContain("omid_private", text, StringComparison.Ordinal);
        Assert.DoesNotContain("5550123", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Omid's own words", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Omid.ToString(System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_banned_person_can_still_get_their_data()
    {
        var chat = OnboardingTests.Onboarded("ar");
        chat.Conversation.Member!.Banned = true;

        chat.Send("/mydata");

        var file = Assert.Single(chat.Replies, reply => reply.Kind == OutboundKind.Document);
        Assert.True(JsonDocument.Parse(file.File!).RootElement.GetProperty("member").GetProperty("banned").GetBoolean());
    }

    [Fact]
    public void Mydata_is_in_the_command_menu_and_in_the_help_of_every_language()
    {
        Assert.Contains("mydata", Kiosk.Conversations.Flows.Commands.Public);
        foreach (var language in ChatFlow.Catalogs.Languages)
        {
            Assert.Contains("/mydata", ChatFlow.CatalogText(language, "help.text"), StringComparison.Ordinal);
        }
    }
}
