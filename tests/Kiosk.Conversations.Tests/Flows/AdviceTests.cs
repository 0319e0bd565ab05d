using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Tests.Engine;
using Kiosk.Domain;
using Kiosk.Domain.Advice;

namespace Kiosk.Conversations.Tests.Flows;

public sealed class AdviceTests
{
    private const long Coordinator = 2001;
    private static readonly string[] TopicButtons =
        ["advice:topic:invoicing", "advice:topic:insurance", "advice:topic:freelance", "advice:topic:pricing", "advice:topic:other", "menu:back"];

    [Fact]
    public void A_newcomer_picks_a_topic_by_button_writes_the_question_and_the_coordinators_get_a_notice()
    {
        var directory = new AdviceDirectory();
        directory.Members[2002] = new Member { Id = 2002, FirstName = "Lea", Language = "uk", Coordinator = true };
        var chat = Onboarded("fa", directory, new KioskOptions { Coordinators = [Coordinator] });

        chat.Press("menu:advice").ExpectText("advice.ask_topic").ExpectButtons(TopicButtons);
        chat.Press("advice:topic:invoicing").ExpectText("advice.ask_question", ("max", 1000)).ExpectButtons("advice:skip");
        chat.Send("برای مشتری اولم چطور فاکتور بنویسم؟").ExpectText("advice.sent");

        var request = Assert.Single(chat.LastResult!.Changes.AdviceRequests.Values);
        Assert.Equal((1001L, "invoicing", "fa", "برای مشتری اولم چطور فاکتور بنویسم؟", AdviceStatus.Open),
            (request.MemberId, request.Topic, request.Language, request.Question, request.Status));
        AssertSentTo(chat, Coordinator, ChatFlow.CatalogText("de", "advice.new_for_team",
            ("topic", ChatFlow.CatalogText("de", "advice.topic_invoicing")), ("language", "فارسی / دری"), ("name", "Amina")), $"coord:adv:take:{request.Id}");
        AssertSentTo(chat, 2002, ChatFlow.CatalogText("uk", "advice.new_for_team",
            ("topic", ChatFlow.CatalogText("uk", "advice.topic_invoicing")), ("language", "فارسی / دری"), ("name", "Amina")), $"coord:adv:take:{request.Id}");
        Assert.Null(chat.Conversation.State!.Active);
    }

    [Fact]
    public void The_question_is_optional_and_a_too_long_one_is_asked_again()
    {
        var directory = new AdviceDirectory();
        var chat = Onboarded("en", directory);

        chat.Send("/advice").Press("advice:topic:pricing").Send(new string('x', 1001)).ExpectText("advice.too_long", ("max", 1000));
        Assert.Equal("pricing", Assert.IsType<Kiosk.Conversations.Flows.AdviceDesk.AskingAdvice>(chat.Conversation.State!.Active).Topic);
        chat.Press("advice:skip").ExpectText("advice.sent");

        var request = Assert.Single(chat.LastResult!.Changes.AdviceRequests.Values);
        Assert.Equal(("pricing", ""), (request.Topic, request.Question));
    }

    [Fact]
    public void A_person_with_three_unanswered_requests_cannot_ask_a_fourth()
    {
        var directory = new AdviceDirectory();
        var chat = Onboarded("de", directory);
        for (var i = 0; i < AdviceRequest.MaxOpenPerPerson; i++)
        {
            chat.Send("/advice").Press("advice:topic:other").Press("advice:skip").ExpectText("advice.sent");
            directory.Keep(chat.LastResult);
        }

        chat.Send("/advice").ExpectText("advice.limit", ("count", 3)).ExpectButtons("menu:back");
        Assert.Equal(3, directory.Requests.Count);

        directory.Requests.Values.First().Status = AdviceStatus.Answered;
        chat.Send("/advice").ExpectText("advice.ask_topic");
    }

    [Fact]
    public void Someone_who_is_not_a_coordinator_cannot_list_or_take_requests_even_with_forged_buttons()
    {
        var directory = new AdviceDirectory();
        var request = directory.Waiting();
        var chat = Onboarded("de", directory);

        chat.Send("/queue").ExpectText("coordinator.only");
        chat.Forge($"coord:adv:take:{request.Id}").ExpectText("coordinator.only");
        chat.Forge($"coord:adv:relay:{request.Id}").ExpectText("coordinator.only");
        Assert.Null(chat.LastResult!.Changes.AdviceRequests.GetValueOrDefault(request.Id));
        Assert.Equal(AdviceStatus.Open, request.Status);
        Assert.DoesNotContain(chat.Messages, message => message.ChatId == request.MemberId);
    }

    [Fact]
    public void A_coordinator_takes_a_request_from_the_queue_and_answers_through_the_bot()
    {
        var directory = new AdviceDirectory();
        var request = directory.Waiting();
        var chat = Onboarded("de", directory, new KioskOptions { Coordinators = [1001] }, "Jens");

        chat.Send("/queue").ExpectText("advice.queue_title", ("count", 1));
        Assert.Contains(chat.Messages, message => ChatFlow.Plain(message.Text).EndsWith("„\u2068چطور فاکتور بنویسم؟\u2069“", StringComparison.Ordinal)
            && ChatFlow.Plain(message.Text).Contains("Sara", StringComparison.Ordinal) && ChatFlow.Plain(message.Text).Contains("vor 5 Stunden", StringComparison.Ordinal));
        chat.Press($"coord:adv:take:{request.Id}").ExpectButtons($"coord:adv:relay:{request.Id}", $"coord:adv:meet:{request.Id}", $"coord:adv:close:{request.Id}");
        Assert.Equal((AdviceStatus.Taken, (long?)1001), (request.Status, request.CoordinatorId));

        chat.Press($"coord:adv:relay:{request.Id}").ExpectText("advice.relay_open_team", ("name", "Sara"), ("language", "فارسی / دری"));
        AssertSentTo(chat, 3001, ChatFlow.CatalogText("fa", "advice.relay_open_person", ("name", "Jens"), ("topic", ChatFlow.CatalogText("fa", "advice.topic_invoicing"))), $"advice:done:{request.Id}");

        chat.Send("Hallo Sara, auf eine Rechnung gehören Name, Datum und Betrag.");
        AssertSentTo(chat, 3001, ChatFlow.CatalogText("fa", "advice.answer_from", ("name", "Jens"), ("text", "Hallo Sara, auf eine Rechnung gehören Name, Datum und Betrag.")), $"advice:done:{request.Id}");

        chat.Send("/end").ExpectText("advice.ended_team", ("name", "Sara"));
        AssertSentTo(chat, 3001, ChatFlow.CatalogText("fa", "advice.ended_person", ("topic", ChatFlow.CatalogText("fa", "advice.topic_invoicing"))));
        Assert.Equal((AdviceStatus.Answered, false), (request.Status, request.RelayOpen));
        Assert.Null(chat.Conversation.State!.Active);
    }

    [Fact]
    public void A_request_is_taken_only_once_and_a_forged_id_is_refused()
    {
        var directory = new AdviceDirectory();
        var request = directory.Waiting();
        directory.Members[2002] = new Member { Id = 2002, FirstName = "Lea", Language = "de", Coordinator = true };
        (request.Status, request.CoordinatorId) = (AdviceStatus.Taken, 2002);
        var chat = Onboarded("de", directory, new KioskOptions { Coordinators = [1001] });

        chat.Forge($"coord:adv:take:{request.Id}").ExpectText("advice.already_taken", ("name", "Lea"));
        chat.Forge($"coord:adv:relay:{request.Id}").ExpectText("advice.already_taken", ("name", "Lea"));
        Assert.Equal((long?)2002, request.CoordinatorId);
        chat.Forge("coord:adv:take:nothere").ExpectText("input.old_button");
        chat.Send("/queue").ExpectText("advice.queue_empty");
    }

    [Fact]
    public void A_coordinator_closes_a_request_without_an_answer_and_the_person_is_told()
    {
        var directory = new AdviceDirectory();
        var request = directory.Waiting();
        var chat = Onboarded("de", directory, new KioskOptions { Coordinators = [1001] });

        chat.Forge($"coord:adv:take:{request.Id}").Press($"coord:adv:close:{request.Id}").ExpectText("advice.closed_team", ("name", "Sara"));
        AssertSentTo(chat, 3001, ChatFlow.CatalogText("fa", "advice.closed_person", ("topic", ChatFlow.CatalogText("fa", "advice.topic_invoicing"))));
        Assert.Equal(AdviceStatus.Closed, request.Status);
        chat.Forge($"coord:adv:relay:{request.Id}").ExpectText("advice.relay_closed");
    }

    [Fact]
    public void The_person_s_replies_go_back_to_the_coordinator_before_any_match_chat()
    {
        var directory = new AdviceDirectory();
        directory.Members[Coordinator] = new Member { Id = Coordinator, FirstName = "Jens", Language = "de" };
        var chat = Onboarded("fa", directory);
        var request = directory.Waiting(memberId: 1001);
        (request.Status, request.CoordinatorId, request.TakenAt, request.RelayOpen) = (AdviceStatus.Taken, Coordinator, ChatFlow.Now, true);
        directory.Matches.Add(new Kiosk.Domain.Matching.Match
        {
            Id = "m1", NeighbourId = 4001, NewcomerId = 1001, Status = Kiosk.Domain.Matching.MatchStatus.Accepted, RelayOpen = true, AnsweredAt = ChatFlow.Now,
        });

        directory.Members[4001] = new Member { Id = 4001, FirstName = "Lena", Language = "de" };

        // Both chats are open: the words go to the advice chat, and the person is told so and how to reach Lena again.
        chat.Send("ممنون، شماره مالیاتی هم لازم است؟").ExpectText("relay.went_to_advice", ("name", "Lena"));
        AssertSentTo(chat, Coordinator, ChatFlow.CatalogText("de", "advice.reply_from", ("name", "Sara"), ("topic", ChatFlow.CatalogText("de", "advice.topic_invoicing")),
            ("text", "ممنون، شماره مالیاتی هم لازم است؟")), $"coord:adv:relay:{request.Id}", $"coord:adv:done:{request.Id}");

        Assert.DoesNotContain(chat.Messages, message => message.ChatId == 4001);

        chat.Forge($"advice:done:{request.Id}").ExpectText("advice.ended_person", ("topic", ChatFlow.CatalogText("fa", "advice.topic_invoicing")));
        AssertSentTo(chat, Coordinator, ChatFlow.CatalogText("de", "advice.ended_team", ("name", "Sara")));
        Assert.False(request.RelayOpen);

        // With the advice chat closed, the match chat gets the person's words again.
        chat.Send("سلام");
        Assert.Contains(chat.Messages, message => message.ChatId == 4001);
    }

    [Fact]
    public void A_coordinator_offers_an_appointment_written_in_words_and_the_person_accepts()
    {
        var directory = new AdviceDirectory();
        var request = directory.Waiting();
        var coordinator = Onboarded("de", directory, new KioskOptions { Coordinators = [1001] }, "Jens");
        directory.Keep(coordinator.LastResult);

        coordinator.Forge($"coord:adv:take:{request.Id}").Press($"coord:adv:meet:{request.Id}").ExpectText("advice.pick_day", ("name", "Sara"));
        Assert.Equal(6, coordinator.ButtonLabels().Count);
        Assert.Equal("Do 26. November", coordinator.ButtonLabels()[0]);
        coordinator.Send("Donnerstag um 14 Uhr").ExpectText("advice.appointment_sent", ("name", "Sara"), ("when", "Do 26. November, 14:00"));
        AssertSentTo(chat: coordinator, 3001, ChatFlow.CatalogText("fa", "advice.appointment_offer", ("name", "Jens"),
            ("topic", ChatFlow.CatalogText("fa", "advice.topic_invoicing")), ("when", "پنجشنبه ۲۶ نوامبر، ۱۴:۰۰")), $"advice:accept:{request.Id}", $"advice:other:{request.Id}");

        var sara = new ChatFlow("fa", 3001, "Sara", directory: directory.Object);
        sara.Send("/start").Press("lang:fa").Press("privacy:yes");
        sara.Forge($"advice:accept:{request.Id}").ExpectText("advice.appointment_accepted_person", ("when", "پنجشنبه ۲۶ نوامبر، ۱۴:۰۰"));
        AssertSentTo(sara, 1001, ChatFlow.CatalogText("de", "advice.appointment_accepted_team", ("name", "Sara"), ("when", "Do 26. November, 14:00")));
        Assert.Equal((AdviceStatus.Answered, AppointmentAnswer.Accepted), (request.Status, request.AppointmentAnswer));
        sara.Forge($"advice:other:{request.Id}").ExpectText("input.old_button");
    }

    [Theory]
    [InlineData("de", "Donnerstag 14 Uhr", "202611261400")]
    [InlineData("en", "Friday at 11am", "202611271100")]
    [InlineData("tr", "cuma saat 16", "202611271600")]
    [InlineData("ru", "в пятницу в 16:00", "202611271600")]
    [InlineData("fa", "پنجشنبه ۱۴:۰۰", "202611261400")]
    [InlineData("ar", "الخميس 14:00", "202611261400")]
    public void A_written_day_and_time_becomes_the_appointment(string language, string text, string expected)
    {
        var directory = new AdviceDirectory();
        var request = directory.Waiting();
        var coordinator = Onboarded(language, directory, new KioskOptions { Coordinators = [1001] }, "Jens");

        coordinator.Forge($"coord:adv:take:{request.Id}").Press($"coord:adv:meet:{request.Id}").Send(text);

        Assert.Equal(expected, request.Appointment?.ToString("yyyyMMddHHmm", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(coordinator.Conversation.State!.Active);
    }

    [Fact]
    public void A_written_day_without_an_hour_asks_for_the_hour()
    {
        var directory = new AdviceDirectory();
        var request = directory.Waiting();
        var coordinator = Onboarded("de", directory, new KioskOptions { Coordinators = [1001] }, "Jens");

        coordinator.Forge($"coord:adv:take:{request.Id}").Press($"coord:adv:meet:{request.Id}").Send("Freitag").ExpectText("advice.pick_time", ("day", "Fr 27. November"));
        coordinator.Send("irgendwann mal").ExpectText("advice.time_not_understood");
        Assert.Null(request.Appointment);
    }

    [Fact]
    public void A_day_and_hour_by_button_and_another_time_asked_for()
    {
        var directory = new AdviceDirectory();
        var request = directory.Waiting();
        var coordinator = Onboarded("en", directory, new KioskOptions { Coordinators = [1001] }, "Jens");
        directory.Keep(coordinator.LastResult);

        coordinator.Forge($"coord:adv:take:{request.Id}").Press($"coord:adv:meet:{request.Id}").Press($"coord:adv:day:{request.Id}:20261128")
            .ExpectText("advice.pick_time", ("day", "Sat November 28")).ExpectButtons(
                $"coord:adv:at:{request.Id}:202611281000", $"coord:adv:at:{request.Id}:202611281200", $"coord:adv:at:{request.Id}:202611281400",
                $"coord:adv:at:{request.Id}:202611281600", $"coord:adv:at:{request.Id}:202611281800");
        coordinator.Press($"coord:adv:at:{request.Id}:202611281200").ExpectText("advice.appointment_sent", ("name", "Sara"), ("when", "Sat November 28, 12:00"));
        coordinator.Forge($"coord:adv:at:{request.Id}:202601011200").ExpectText("input.old_button");

        var sara = new ChatFlow("fa", 3001, "Sara", directory: directory.Object);
        sara.Send("/start").Press("lang:fa").Press("privacy:yes");
        sara.Forge($"advice:other:{request.Id}").ExpectText("advice.appointment_other_person");
        AssertSentTo(sara, 1001, ChatFlow.CatalogText("en", "advice.appointment_other_team", ("name", "Sara"), ("when", "Sat November 28, 12:00")),
            $"coord:adv:meet:{request.Id}", $"coord:adv:relay:{request.Id}");
        Assert.Equal((AdviceStatus.Taken, AppointmentAnswer.OtherTime), (request.Status, request.AppointmentAnswer));
    }

    private static ChatFlow Onboarded(string language, AdviceDirectory directory, KioskOptions? options = null, string firstName = "Amina")
    {
        var chat = new ChatFlow(language, 1001, firstName, options: options ?? new KioskOptions { Moderation = false }, directory: directory.Object);
        chat.Send("/start").Press($"lang:{language}").Press("privacy:yes");
        Assert.NotNull(chat.Conversation.Member);
        return chat;
    }

    private static void AssertSentTo(ChatFlow chat, long chatId, string expected, params string[] buttons)
    {
        var message = chat.Messages.LastOrDefault(m => m.ChatId == chatId);
        Assert.True(message is not null, $"Nothing was sent to {chatId}; the bot said:\n{string.Join("\n---\n", chat.Messages.Select(m => $"{m.ChatId}: {m.Text}"))}");
        Assert.Equal(ChatFlow.Plain(expected), ChatFlow.Plain(message!.Text));
        Assert.Equal(buttons, message.Buttons?.SelectMany(row => row).Select(button => button.Data).ToArray() ?? []);
    }
}
