using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Tests.Engine;
using Kiosk.Domain;
using Kiosk.Domain.Matching;
using static Kiosk.Conversations.Tests.Flows.OfferModerationTests;

namespace Kiosk.Conversations.Tests.Flows;

public sealed class ReportModerationTests
{
    private const long Coordinator = 1001;
    private const long Newcomer = 2002;
    private const long Neighbour = 3003;

    [Fact]
    public void A_report_reaches_the_coordinator_with_first_names_and_category_only()
    {
        var people = People();
        var neighbour = Joined("de", Neighbour, "Lena", people);

        neighbour.Send("/report").ExpectText("match.reported");

        var report = Assert.Single(neighbour.LastResult!.Reports);
        Assert.Equal((Neighbour, Newcomer), (report.ReporterId, report.ReportedId));
        var card = Assert.Single(neighbour.Messages, message => message.ChatId == Coordinator);
        Assert.Equal(ChatFlow.CatalogText("en", "moderation.report_card", ("reporter", "Lena"), ("reported", "Amina"), ("category", Label("en", "categories.bikes.name"))),
            ChatFlow.Plain(card.Text));
        Assert.Equal(new[] { "warn", "pause", "ban", "dismiss" }.Select(action => $"coord:mod:{action}:{report.Id}"), card.Buttons!.SelectMany(row => row).Select(button => button.Data));
    }

    [Fact]
    public void Warn_tells_the_reported_person_in_Arabic_and_counts_the_warning()
    {
        var (coordinator, people, report) = CoordinatorWithReport();

        coordinator.Press($"coord:mod:warn:{report.Id}").ExpectText("moderation.done_warn", ("name", "Amina"), ("count", 1));

        Assert.Equal(1, coordinator.LastResult!.Changes.Members[Newcomer].Warnings);
        Assert.True(coordinator.LastResult.Changes.Reports[report.Id] is { Handled: true, HandledBy: Coordinator, Action: "warn" });
        Assert.Equal(ChatFlow.CatalogText("ar", "moderation.warning"), ChatFlow.Plain(Assert.Single(coordinator.Messages, message => message.ChatId == Newcomer).Text));
        Assert.Equal(OfferStatus.Active, people.Offers["offer0000001"].Status);
    }

    [Fact]
    public void Pause_pauses_every_active_offer_and_tells_the_person()
    {
        var (coordinator, _, report) = CoordinatorWithReport();

        coordinator.Press($"coord:mod:pause:{report.Id}").ExpectText("moderation.done_pause", ("name", "Amina"));

        Assert.Equal(OfferStatus.Paused, coordinator.LastResult!.Changes.Offers["offer0000001"].Status);
        Assert.Equal(ChatFlow.CatalogText("ar", "moderation.paused_notice"), ChatFlow.Plain(Assert.Single(coordinator.Messages, message => message.ChatId == Newcomer).Text));
    }

    [Fact]
    public void Ban_marks_the_member_and_a_second_decision_is_refused()
    {
        var (coordinator, _, report) = CoordinatorWithReport();

        coordinator.Press($"coord:mod:ban:{report.Id}").ExpectText("moderation.done_ban", ("name", "Amina"));
        Assert.True(coordinator.LastResult!.Changes.Members[Newcomer].Banned);
        Assert.Equal(ChatFlow.CatalogText("ar", "moderation.banned_notice"), ChatFlow.Plain(Assert.Single(coordinator.Messages, message => message.ChatId == Newcomer).Text));

        coordinator.Forge($"coord:mod:dismiss:{report.Id}").ExpectText("moderation.already_decided", ("name", "Jonas"));
        Assert.Empty(coordinator.LastResult!.Changes.Reports);
    }

    [Fact]
    public void A_banned_person_gets_one_short_answer_and_nothing_else_runs()
    {
        var chat = Joined("ar", Newcomer, "Amina", People());
        chat.Conversation.Member!.Banned = true;

        foreach (var send in new Func<ChatFlow>[] { () => chat.Send("/myoffers"), () => chat.Send("أحتاج مساعدة"), () => chat.Forge("menu:offer") })
        {
            var message = Assert.Single(send().Messages);
            Assert.Equal(ChatFlow.CatalogText("ar", "moderation.banned_answer"), ChatFlow.Plain(message.Text));
            Assert.Null(message.Buttons);
        }

        Assert.Null(chat.Conversation.State!.Active);
    }

    [Fact]
    public void A_banned_person_can_still_read_the_privacy_notice_and_delete_their_data()
    {
        var chat = Joined("ar", Newcomer, "Amina", People());
        chat.Conversation.Member!.Banned = true;

        chat.Send("/privacy").ExpectMessage(ChatFlow.CatalogText("ar", "privacy.notice") + "\n");
        chat.Send("/delete").ExpectText("delete.confirm");
        chat.Press("delete:yes").ExpectText("delete.done");
        Assert.Null(chat.Conversation.Member);
    }

    private static (ChatFlow Coordinator, KnownPeople People, Report Report) CoordinatorWithReport()
    {
        var report = new Report { Id = "report000001", MatchId = "match0000001", ReporterId = Neighbour, ReportedId = Newcomer };
        var people = People().With(report);
        var coordinator = Joined("en", Coordinator, "Jonas", people);
        coordinator.Send("/review").ExpectText("moderation.review_title", ("offers", 0), ("reports", 1));
        return (coordinator, people, report);
    }

    private static KnownPeople People() => new KnownPeople()
        .With(new Member { Id = Coordinator, FirstName = "Jonas", Language = "en" })
        .With(new Member { Id = Newcomer, FirstName = "Amina", Language = "ar" })
        .With(new Member { Id = Neighbour, FirstName = "Lena", Language = "de" })
        .With(new Offer { Id = "offer0000001", MemberId = Newcomer, Category = "bikes", District = "ottensen", Status = OfferStatus.Active })
        .With(new Match
        {
            Id = "match0000001", OfferId = "offer0000001", RequestId = "request00001", NeighbourId = Neighbour, NewcomerId = Newcomer,
            Status = MatchStatus.Accepted, RelayOpen = true,
        });
}
