using Kiosk.Conversations.Flows;
using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Conversations.Flows.Feedback;
using Kiosk.Conversations.Tests.Engine;
using static Kiosk.Conversations.Tests.Flows.OfferModerationTests;

namespace Kiosk.Conversations.Tests.Flows;

public sealed class FeedbackTests
{
    private const long Coordinator = 1001;
    private const long Writer = 2002;

    [Fact]
    public void Feedback_in_Arabic_reaches_the_team_in_German_with_the_writers_words_isolated_and_the_answer_goes_back()
    {
        var people = new KnownPeople();
        var coordinator = Joined("de", Coordinator, "Jens", people);
        var writer = Joined("ar", Writer, "Amina", people);

        writer.Send("/feedback").ExpectText("feedback.ask");
        writer.Send("الخريطة ما بتشتغل Ottensen");

        var feedback = Assert.IsType<FeedbackMessage>(Assert.Single(writer.LastResult!.Changes.Records));
        Assert.Equal((Writer, "ar", "الخريطة ما بتشتغل Ottensen"), (feedback.MemberId, feedback.Language, feedback.Text));
        Assert.Null(writer.Conversation.State!.Active);
        Assert.Contains(writer.Messages, message => message.ChatId == Writer && ChatFlow.Plain(message.Text) == ChatFlow.CatalogText("ar", "feedback.thanks"));
        var card = Assert.Single(writer.Messages, message => message.ChatId == Coordinator);
        // The bot's frame in the coordinator's language, the person's words between U+2068 and U+2069.
        Assert.Contains("\u2068الخريطة ما بتشتغل Ottensen\u2069", card.Text, StringComparison.Ordinal);
        Assert.Equal(ChatFlow.CatalogText("de", "feedback.to_team", ("name", "Amina"), ("language", Label("de", "spoken.ar")), ("text", "الخريطة ما بتشتغل Ottensen")),
            ChatFlow.Plain(card.Text!.Replace("\u2068", "", StringComparison.Ordinal).Replace("\u2069", "", StringComparison.Ordinal)));
        var answer = Assert.Single(card.Buttons!.SelectMany(row => row)).Data!;
        Assert.Equal($"feedback:answer:{feedback.Id}", answer);
        people.Records[feedback.Id] = feedback;

        coordinator.Forge(answer).ExpectText("feedback.answer_ask");
        coordinator.Send("Danke, wir schauen es uns an").ExpectText("feedback.answer_sent", ("name", "Amina"));

        var toWriter = Assert.Single(coordinator.Messages, message => message.ChatId == Writer);
        Assert.Equal(ChatFlow.CatalogText("ar", "feedback.answer_to_writer", ("text", "\u2068Danke, wir schauen es uns an\u2069")), ChatFlow.Plain(toWriter.Text));
        Assert.NotNull(Assert.IsType<FeedbackMessage>(Assert.Single(coordinator.LastResult!.Changes.Records)).AnsweredAt);
        Assert.Null(coordinator.Conversation.State!.Active);
    }

    [Fact]
    public void Mydata_shows_the_persons_feedback()
    {
        var people = new KnownPeople();
        var writer = Joined("uk", Writer, "Olena", people);
        writer.Send("/feedback").Send("Додайте, будь ласка, Блankenese");
        var feedback = Assert.IsType<FeedbackMessage>(Assert.Single(writer.LastResult!.Changes.Records));
        people.Records[feedback.Id] = feedback;

        writer.Send("/mydata");

        var file = Assert.Single(writer.Replies, reply => reply.Kind == OutboundKind.Document);
        var shown = Assert.Single(System.Text.Json.JsonDocument.Parse(file.File!).RootElement.GetProperty("other").GetProperty("feedback").EnumerateArray());
        Assert.Equal("Додайте, будь ласка, Блankenese", shown.GetProperty("text").GetString());
    }

    [Fact]
    public void Cancel_leaves_the_feedback_and_the_next_text_is_a_quick_message_again()
    {
        var people = new KnownPeople();
        var writer = Joined("de", Writer, "Lena", people);

        writer.Send("/feedback");
        Assert.IsType<WritingFeedback>(writer.Conversation.State!.Active);
        writer.Send("/cancel").ExpectText("cancel.done");
        Assert.Null(writer.Conversation.State!.Active);

        writer.Send("Kann jemand mein Fahrrad reparieren? In Ottensen, egal wann");
        Assert.Empty(writer.LastResult!.Changes.Records);
    }

    [Fact]
    public void Another_command_or_button_leaves_the_feedback_question()
    {
        var people = new KnownPeople();
        var writer = Joined("de", Writer, "Lena", people);

        writer.Send("/feedback").Send("/myoffers");
        Assert.Null(writer.Conversation.State!.Active);

        writer.Send("/feedback").Forge("event:sub:abc123");
        Assert.Null(writer.Conversation.State!.Active);

        writer.Send("/feedback").Press("menu:request");
        Assert.IsType<Kiosk.Conversations.Forms.FillingRequest>(writer.Conversation.State!.Active);
    }

    [Fact]
    public void A_forged_answer_button_is_refused_for_non_coordinators_and_an_unknown_id_is_an_old_button()
    {
        var people = new KnownPeople();
        var coordinator = Joined("de", Coordinator, "Jens", people);
        var writer = Joined("en", Writer, "Sam", people);

        writer.Forge("feedback:answer:abc123").ExpectText("coordinator.only");
        coordinator.Forge("feedback:answer:abc123").ExpectText("input.old_button");
        coordinator.Forge("feedback:answer:../../x").ExpectText("input.old_button");
        coordinator.Forge("feedback:delete:abc123").ExpectText("input.old_button");
        Assert.Null(coordinator.Conversation.State!.Active);
    }

    [Fact]
    public void Feedback_needs_the_privacy_notice_first()
    {
        var chat = new ChatFlow("en");
        chat.Send("/start").Press("lang:en");

        chat.Send("/feedback").ExpectText("privacy.needed");
        // Still at the privacy notice, not writing feedback.
        Assert.Equal(WelcomeStage.AcceptingPrivacy, Assert.IsType<Welcoming>(chat.Conversation.State!.Active).Stage);
    }

    [Fact]
    public void A_long_feedback_is_cut_and_feedback_can_come_with_the_command()
    {
        var people = new KnownPeople();
        var writer = Joined("en", Writer, "Sam", people);

        writer.Send("/feedback " + new string('x', 5000));

        var feedback = Assert.IsType<FeedbackMessage>(Assert.Single(writer.LastResult!.Changes.Records));
        Assert.True(feedback.Text.Length <= FeedbackMessage.MaxText, $"{feedback.Text.Length} characters kept");
    }
}
