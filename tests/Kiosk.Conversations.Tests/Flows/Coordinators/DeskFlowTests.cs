using Kiosk.Conversations.Flows.Coordinators.Desk;
using Kiosk.Conversations.Tests.Engine;
using Kiosk.Domain;
using static Kiosk.Conversations.Tests.Flows.OfferModerationTests;

namespace Kiosk.Conversations.Tests.Flows.Coordinators;

/// <summary>/desk sends a coordinator a one-time link; the desk's actions arrive as the coordinator's own button and are logged.</summary>
public sealed class DeskFlowTests
{
    private const long Coordinator = 1001;
    private const long Newcomer = 2002;

    private static ChatFlow Jonas(KnownPeople people, string deskUrl = "https://kiosk.example.org/app/")
    {
        var chat = new ChatFlow("de", Coordinator, "Jonas", options: new KioskOptions { Coordinators = [Coordinator], DeskUrl = deskUrl }, directory: people);
        chat.Send("/start").Press("lang:de").Press("privacy:yes");
        people.Members.TryAdd(Coordinator, chat.Conversation.Member!);
        return chat;
    }

    [Fact]
    public void A_coordinator_gets_a_one_time_link_with_a_fresh_code_and_nobody_else_does()
    {
        var people = new KnownPeople();
        var jonas = Jonas(people).Send("/desk");

        var login = Assert.IsType<DeskLogin>(Assert.Single(jonas.LastResult!.Changes.Records));
        Assert.Equal((Coordinator, ChatFlow.Now), (login.MemberId, login.CreatedAt));
        Assert.Matches("^[0-9a-f]{32}$", login.Id);
        var message = Assert.Single(jonas.Messages);
        Assert.Equal(ChatFlow.CatalogText("de", "desk.link"), ChatFlow.Plain(message.Text));
        Assert.Equal([("desk.open", null, "https://kiosk.example.org/app/"), ("desk.open_browser", $"https://kiosk.example.org/app/?code={login.Id}", null)],
            message.Buttons!.SelectMany(row => row).Select(button => (button.Label == ChatFlow.CatalogText("de", "desk.open") ? "desk.open" : "desk.open_browser", button.Url, button.WebApp)));
        Assert.NotEqual(login.Id, Assert.IsType<DeskLogin>(Assert.Single(jonas.Send("/desk").LastResult!.Changes.Records)).Id);

        var amina = Joined("ar", Newcomer, "Amina", people);
        amina.Send("/desk").ExpectText("coordinator.only");
        Assert.Empty(amina.LastResult!.Changes.Records);
    }

    [Fact]
    public void Without_a_desk_address_the_link_is_not_made_up()
    {
        var jonas = Jonas(new KnownPeople(), deskUrl: "").Send("/desk").ExpectText("desk.no_address");
        Assert.Empty(jonas.LastResult!.Changes.Records);
    }

    [Fact]
    public void An_approval_from_the_desk_goes_through_the_review_rules_and_is_logged_once()
    {
        var people = new KnownPeople().With(new Member { Id = Newcomer, FirstName = "Amina", Language = "ar" });
        people.With(new Offer { Id = "offer0000001", MemberId = Newcomer, Category = "bikes", Status = OfferStatus.Waiting, Availability = WeeklyAvailability.Always });
        var jonas = Jonas(people);

        jonas.Forge("desk:ok:offer0000001");

        Assert.Equal(OfferStatus.Active, people.Offers["offer0000001"].Status);
        var action = Assert.IsType<DeskAction>(Assert.Single(jonas.LastResult!.Changes.Records));
        Assert.Equal(("approve", "offer0000001", Coordinator), (action.Action, action.Subject, action.MemberId));
        Assert.Contains(jonas.Messages, message => message.ChatId == Newcomer);

        // Already decided (from the chat or another desk): nothing logged, the coordinator is told who decided.
        jonas.Forge("desk:no:offer0000001:duplicate");
        Assert.Empty(jonas.LastResult!.Changes.Records);
        Assert.Equal(OfferStatus.Active, people.Offers["offer0000001"].Status);
    }

    [Fact]
    public void A_desk_button_forged_by_someone_outside_the_team_changes_nothing()
    {
        var people = new KnownPeople().With(new Member { Id = Coordinator, FirstName = "Jonas", Language = "de" });
        people.With(new Offer { Id = "offer0000001", MemberId = Newcomer, Category = "bikes", Status = OfferStatus.Waiting, Availability = WeeklyAvailability.Always });
        var amina = Joined("ar", Newcomer, "Amina", people);

        amina.Forge("desk:ok:offer0000001").ExpectText("coordinator.only");

        Assert.Equal(OfferStatus.Waiting, people.Offers["offer0000001"].Status);
        Assert.Empty(amina.LastResult!.Changes.Records);
    }
}
