using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Tests.Engine;
using Kiosk.Domain;

namespace Kiosk.Conversations.Tests.Flows;

public sealed class OfferModerationTests
{
    private const long Coordinator = 1001;
    private const long SecondCoordinator = 1003;
    private const long Newcomer = 2002;
    private const string Words = "أصلح الدراجات ولدي أدواتي";

    [Fact]
    public void A_new_offer_waits_and_every_coordinator_gets_a_card_in_their_own_language()
    {
        var people = new KnownPeople()
            .With(new Member { Id = Coordinator, FirstName = "Jonas", Language = "de" })
            .With(new Member { Id = SecondCoordinator, FirstName = "Olena", Language = "uk", Coordinator = true });
        var chat = Joined("ar", Newcomer, "Amina", people);

        SaveOffer(chat).ExpectText("moderation.offer_waiting");

        var offer = Assert.Single(chat.Conversation.Offers);
        Assert.Equal(OfferStatus.Waiting, offer.Status);
        Assert.DoesNotContain(chat.Messages, message => message.Text == ChatFlow.CatalogText("ar", "offer.saved"));
        foreach (var (id, language) in new[] { (Coordinator, "de"), (SecondCoordinator, "uk") })
        {
            var card = Assert.Single(chat.Messages, message => message.ChatId == id);
            Assert.Equal(ChatFlow.CatalogText(language, "moderation.offer_card", ("name", "Amina"), ("category", Label(language, "categories.bikes.name")),
                ("description", $"\u2068{Words}\u2069"), ("district", Label(language, "districts.ottensen.name")), ("languages", Label(language, "spoken.ar")),
                ("price", Label(language, "price.free"))), ChatFlow.Plain(card.Text));
            Assert.Equal([$"coord:mod:ok:{offer.Id}", $"coord:mod:no:{offer.Id}"], card.Buttons!.SelectMany(row => row).Select(button => button.Data));
        }
    }

    [Fact]
    public void A_coordinator_who_starts_the_bot_after_an_offer_came_in_hears_what_is_waiting()
    {
        var people = new KnownPeople().With(new Member { Id = Newcomer, FirstName = "Amina", Language = "ar" });
        people.With(new Offer { Id = "offer0000001", MemberId = Newcomer, Category = "bikes", Status = OfferStatus.Waiting, Availability = WeeklyAvailability.Always });

        // Never started the bot before: the card sent when the offer came in was refused by Telegram.
        var jonas = new ChatFlow("de", Coordinator, "Jonas", options: new KioskOptions { Coordinators = [Coordinator] }, directory: people);
        jonas.Send("/start").Press("lang:de").Press("privacy:yes");
        Assert.Contains(jonas.Messages, message => ChatFlow.Plain(message.Text) == ChatFlow.CatalogText("de", "moderation.waiting_on_start", ("offers", 1), ("reports", 0), ("advice", 0)));

        // Later /start again: told again while it waits, and not once nothing does.
        people.Members.TryAdd(Coordinator, jonas.Conversation.Member!);
        jonas.Send("/start");
        Assert.Contains(jonas.Messages, message => ChatFlow.Plain(message.Text) == ChatFlow.CatalogText("de", "moderation.waiting_on_start", ("offers", 1), ("reports", 0), ("advice", 0)));
        people.Offers["offer0000001"].Status = OfferStatus.Active;
        jonas.Send("/start");
        Assert.DoesNotContain(jonas.Messages, message => message.Text?.Contains("/queue", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void An_offer_nobody_looked_at_for_two_hours_is_brought_to_the_team_once_not_every_time()
    {
        var people = new KnownPeople()
            .With(new Member { Id = Coordinator, FirstName = "Jonas", Language = "de" })
            .With(new Member { Id = SecondCoordinator, FirstName = "Olena", Language = "uk", Coordinator = true, TeamToldAt = ChatFlow.Now - NodaTime.Duration.FromHours(1) });
        var amina = Joined("ar", Newcomer, "Amina", people);
        SaveOffer(amina);
        var offer = Assert.Single(amina.Conversation.Offers);
        people.Offers[offer.Id] = offer;
        var reminder = Assert.Single(amina.LastResult!.Scheduled, step => step.Kind == Kiosk.Domain.Matching.StepKind.TeamReminder);
        Assert.Equal(($"offer:{offer.Id}", ChatFlow.Now + NodaTime.Duration.FromHours(2)), (reminder.MatchId, reminder.DueAt));

        var result = amina.RunStep(reminder);

        // Jonas was never told; Olena was told an hour ago and is left in peace.
        var told = Assert.Single(result.Messages);
        Assert.Equal(Coordinator, told.ChatId);
        Assert.Equal(ChatFlow.CatalogText("de", "moderation.waiting_on_start", ("offers", 1), ("reports", 0), ("advice", 0)), ChatFlow.Plain(told.Text));
        Assert.Equal(ChatFlow.Now, result.Changes.Members[Coordinator].TeamToldAt);
        people.Members[Coordinator] = result.Changes.Members[Coordinator];

        Assert.Empty(amina.RunStep(reminder).Messages);
        people.Members[Coordinator].TeamToldAt = null;
        offer.Status = OfferStatus.Active;
        Assert.Empty(amina.RunStep(reminder).Messages);
    }

    [Fact]
    public void A_reminder_due_at_night_waits_for_eight_in_the_morning()
    {
        var people = new KnownPeople().With(new Member { Id = Coordinator, FirstName = "Jonas", Language = "de" });
        var amina = Joined("ar", Newcomer, "Amina", people);
        SaveOffer(amina);
        var offer = Assert.Single(amina.Conversation.Offers);
        people.Offers[offer.Id] = offer;
        var reminder = Assert.Single(amina.LastResult!.Scheduled, step => step.Kind == Kiosk.Domain.Matching.StepKind.TeamReminder);

        amina.Clock.Reset(NodaTime.Instant.FromUtc(2026, 11, 25, 20, 30)); // 21:30 in Hamburg
        var night = amina.RunStep(reminder);

        Assert.Empty(night.Messages);
        var morning = Assert.Single(night.Scheduled);
        Assert.Equal((Kiosk.Domain.Matching.StepKind.TeamReminder, reminder.MatchId, NodaTime.Instant.FromUtc(2026, 11, 26, 7, 0)), (morning.Kind, morning.MatchId, morning.DueAt));
        amina.Clock.Reset(morning.DueAt);
        Assert.Equal(Coordinator, Assert.Single(amina.RunStep(morning).Messages).ChatId);
    }

    [Fact]
    public void A_coordinator_who_speaks_the_offers_language_gets_the_card_and_the_others_see_it_in_review()
    {
        var people = new KnownPeople()
            .With(new Member { Id = Coordinator, FirstName = "Jonas", Language = "de" })
            .With(new Member { Id = SecondCoordinator, FirstName = "Rania", Language = "ar", Coordinator = true });
        var chat = Joined("ar", Newcomer, "Amina", people);

        SaveOffer(chat).ExpectText("moderation.offer_waiting");

        var card = Assert.Single(chat.Messages, message => message.ChatId is Coordinator or SecondCoordinator);
        Assert.Equal(SecondCoordinator, card.ChatId);
        Assert.Contains(Words, card.Text, StringComparison.Ordinal);
        var offer = Assert.Single(chat.Conversation.Offers);
        people.With(offer);
        Joined("de", Coordinator, "Jonas", people).Send("/review").ExpectText("moderation.review_title", ("offers", 1), ("reports", 0));
    }

    [Fact]
    public void Without_any_coordinator_a_new_offer_goes_online_at_once()
    {
        var chat = new ChatFlow("ar", Newcomer, "Amina", options: new KioskOptions { Moderation = true });
        chat.Send("/start").Press("lang:ar").Press("privacy:yes");

        SaveOffer(chat).ExpectText("offer.saved");

        Assert.Equal(OfferStatus.Active, Assert.Single(chat.Conversation.Offers).Status);
    }

    [Fact]
    public void Approving_puts_the_offer_online_and_tells_the_newcomer_in_Arabic()
    {
        var (people, offer) = WaitingOffer();
        var coordinator = Joined("de", Coordinator, "Jonas", people);

        coordinator.Send("/review").ExpectText("moderation.review_title", ("offers", 1), ("reports", 0));
        coordinator.Press($"coord:mod:ok:{offer.Id}").ExpectText("moderation.approved_done", ("name", "Amina"));

        Assert.Equal((OfferStatus.Active, Coordinator), (offer.Status, offer.DecidedBy));
        Assert.Same(offer, coordinator.LastResult!.Changes.Offers[offer.Id]);
        var told = Assert.Single(coordinator.Messages, message => message.ChatId == Newcomer);
        Assert.Equal(ChatFlow.CatalogText("ar", "moderation.approved", ("category", Label("ar", "categories.bikes.name"))), ChatFlow.Plain(told.Text));
    }

    [Fact]
    public void Rejecting_asks_for_a_reason_and_the_newcomer_gets_it_in_Arabic()
    {
        var (people, offer) = WaitingOffer();
        var coordinator = Joined("de", Coordinator, "Jonas", people);

        coordinator.Send("/review").Press($"coord:mod:no:{offer.Id}")
            .ExpectButtons(new[] { "unclear", "rules", "duplicate", "talk" }.Select(reason => $"coord:mod:why:{offer.Id}:{reason}").ToArray());
        coordinator.Press($"coord:mod:why:{offer.Id}:unclear")
            .ExpectText("moderation.rejected_done", ("name", "Amina"), ("reason", Label("de", "moderation.reason_unclear")));

        Assert.Equal((OfferStatus.Rejected, "unclear"), (offer.Status, offer.RejectReason));
        var told = Assert.Single(coordinator.Messages, message => message.ChatId == Newcomer);
        Assert.Equal(ChatFlow.CatalogText("ar", "moderation.rejected", ("category", Label("ar", "categories.bikes.name")),
            ("reason", Label("ar", "moderation.reason_unclear"))), ChatFlow.Plain(told.Text));
    }

    [Fact]
    public void A_second_coordinator_pressing_an_old_card_hears_who_decided()
    {
        var (people, offer) = WaitingOffer();
        (offer.Status, offer.DecidedBy) = (OfferStatus.Active, Coordinator);
        var second = Joined("en", SecondCoordinator, "Olena", people, Coordinator, SecondCoordinator);

        second.Forge($"coord:mod:why:{offer.Id}:rules").ExpectText("moderation.already_decided", ("name", "Jonas"));

        Assert.Equal(OfferStatus.Active, offer.Status);
        Assert.Empty(second.LastResult!.Changes.Offers);
        Assert.DoesNotContain(second.Messages, message => message.ChatId == Newcomer);
    }

    [Fact]
    public void Review_and_forged_moderation_buttons_from_a_newcomer_are_refused()
    {
        var (people, offer) = WaitingOffer();
        var newcomer = Joined("ar", Newcomer, "Amina", people);

        newcomer.Send("/review").ExpectText("coordinator.only");
        newcomer.Forge($"coord:mod:ok:{offer.Id}").ExpectText("coordinator.only");

        Assert.Equal(OfferStatus.Waiting, offer.Status);
        Assert.Empty(newcomer.LastResult!.Changes.Offers);
        Assert.All(newcomer.Messages, message => Assert.Equal(Newcomer, message.ChatId));
    }

    [Theory]
    [InlineData("coord:mod:ok:nosuchoffer", "moderation.offer_gone")]
    [InlineData("coord:mod:no:nosuchoffer", "moderation.offer_gone")]
    [InlineData("coord:mod:why:nosuchoffer:unclear", "moderation.offer_gone")]
    [InlineData("coord:mod:why:OFFER:whatever", "input.old_button")]
    [InlineData("coord:mod:ok", "input.old_button")]
    [InlineData("coord:mod:ban:nosuchreport", "moderation.report_gone")]
    public void Unknown_ids_in_forged_data_from_a_coordinator_change_nothing(string data, string expected)
    {
        var (people, offer) = WaitingOffer();
        var coordinator = Joined("en", Coordinator, "Jonas", people);

        coordinator.Forge(data.Replace("OFFER", offer.Id, StringComparison.Ordinal)).ExpectText(expected);

        Assert.Equal(OfferStatus.Waiting, offer.Status);
        Assert.Empty(coordinator.LastResult!.Changes.Offers);
        Assert.Empty(coordinator.LastResult!.Changes.Members);
    }

    [Fact]
    public void My_offers_shows_a_waiting_offer_without_resume_and_a_rejected_one_with_its_reason()
    {
        var people = new KnownPeople().With(new Member { Id = Coordinator, FirstName = "Jonas", Language = "de" });
        var chat = Joined("ar", Newcomer, "Amina", people);
        SaveOffer(chat);
        var offer = Assert.Single(chat.Conversation.Offers);

        chat.Send("/myoffers");
        var card = chat.Messages.Single(message => message.Buttons?.SelectMany(row => row).Any(button => button.Data == $"offer:edit:{offer.Id}") == true);
        Assert.Equal([$"offer:edit:{offer.Id}", $"offer:delete:{offer.Id}"], card.Buttons!.SelectMany(row => row).Select(button => button.Data));
        Assert.Contains(ChatFlow.CatalogText("ar", "moderation.status_waiting"), ChatFlow.Plain(card.Text), StringComparison.Ordinal);
        chat.Forge($"offer:resume:{offer.Id}").ExpectText("input.old_button");
        Assert.Equal(OfferStatus.Waiting, offer.Status);

        (offer.Status, offer.RejectReason) = (OfferStatus.Rejected, "duplicate");
        chat.Send("/myoffers");
        Assert.Contains(chat.Messages, message => ChatFlow.Plain(message.Text).Contains(
            ChatFlow.CatalogText("ar", "moderation.status_rejected", ("reason", Label("ar", "moderation.reason_duplicate"))), StringComparison.Ordinal));

        chat.Press($"offer:edit:{offer.Id}").Press("form:confirm").ExpectText("moderation.offer_waiting");
        Assert.Equal(OfferStatus.Waiting, offer.Status);
        Assert.Single(chat.Messages, message => message.ChatId == Coordinator);
    }

    internal static ChatFlow Joined(string language, long userId, string name, KnownPeople people, params long[] coordinators)
    {
        var chat = new ChatFlow(language, userId, name, options: new KioskOptions { Coordinators = coordinators.Length > 0 ? [.. coordinators] : [Coordinator] }, directory: people);
        chat.Send("/start").Press($"lang:{language}").Press("privacy:yes");
        people.Members.TryAdd(userId, chat.Conversation.Member!);
        return chat;
    }

    internal static string Label(string language, string key) => ChatFlow.CatalogText(language, key);

    private static ChatFlow SaveOffer(ChatFlow chat) =>
        chat.Press("menu:offer").Press("form:category=bikes").Send(Words).Press("form:when=evenings").Press("form:district=ottensen")
            .Press("form:languages=done").Press("form:price=free").Press("form:confirm");

    private static (KnownPeople People, Offer Offer) WaitingOffer()
    {
        var offer = new Offer
        {
            Id = "offer0000001", MemberId = Newcomer, Category = "bikes", Description = Words, District = "ottensen", Languages = ["ar"],
            Price = Price.Free, Language = "ar", Status = OfferStatus.Waiting, Availability = WeeklyAvailability.Weekends,
        };
        var people = new KnownPeople()
            .With(new Member { Id = Coordinator, FirstName = "Jonas", Language = "de" })
            .With(new Member { Id = Newcomer, FirstName = "Amina", Language = "ar" })
            .With(offer);
        return (people, offer);
    }
}
