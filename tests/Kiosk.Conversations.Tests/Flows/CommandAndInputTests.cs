using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Tests.Engine;

namespace Kiosk.Conversations.Tests.Flows;

public sealed class CommandAndInputTests
{
    [Fact]
    public void Help_works_from_every_step_and_keeps_the_step()
    {
        var chat = new ChatFlow("de");
        chat.Send("/start").Send("/help").ExpectText("help.text");
        Assert.Equal(Kiosk.Conversations.Flows.WelcomeStage.ChoosingLanguage, Assert.IsType<Kiosk.Conversations.Flows.Welcoming>(chat.Conversation.State!.Active).Stage);

        chat.Press("lang:de").Send("/help").ExpectText("help.text");
        Assert.Equal(Kiosk.Conversations.Flows.WelcomeStage.AcceptingPrivacy, Assert.IsType<Kiosk.Conversations.Flows.Welcoming>(chat.Conversation.State!.Active).Stage);
    }

    [Fact]
    public void Menu_and_commands_with_the_bot_name_work_for_members()
    {
        var chat = OnboardingTests.Onboarded("en");
        chat.Send("/menu@NaaKioskBot").ExpectText("menu.title");
        chat.Press("menu:about").ExpectText("about.text").ExpectButtons("menu:kiosk", "menu:events", "menu:back");
        chat.Press("menu:back").ExpectText("menu.title");
        chat.Press("menu:offer").ExpectText("offer.ask_category");
    }

    [Fact]
    public void Cancel_leaves_a_question_and_returns_to_the_menu()
    {
        var chat = OnboardingTests.Onboarded("uk");
        chat.Send("/language").Send("/cancel").ExpectText("cancel.done").ExpectText("menu.title");
        chat.Send("/cancel").ExpectText("cancel.nothing");
        Assert.Equal("uk", chat.Conversation.Member!.Language);
    }

    [Fact]
    public void Unknown_commands_get_a_friendly_answer_that_names_only_the_command()
    {
        var chat = OnboardingTests.Onboarded("de");
        chat.Send("/pizza").ExpectText("input.unknown_command", ("command", "/pizza"));

        var longName = new string('x', 200);
        chat.Send("/" + longName);
        Assert.DoesNotContain(longName, chat.Messages.Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Stickers_photos_and_voice_get_a_localized_hint_and_change_nothing()
    {
        var chat = OnboardingTests.Onboarded("ar");
        var before = chat.Conversation.Member;

        chat.SendUnsupported().ExpectText("input.unsupported").ExpectText("menu.title");
        Assert.Same(before, chat.Conversation.Member);
        Assert.Equal("ar", chat.Conversation.Member!.Language);
    }

    [Fact]
    public void A_five_thousand_character_message_is_answered_without_echoing_it()
    {
        var chat = OnboardingTests.Onboarded("ru");
        var huge = string.Concat(Enumerable.Repeat("помогите ", 560));

        // "Help!" 560 times: a help request whose kind is asked; the text is kept cut to the form's limit, never echoed whole.
        chat.Send(huge);
        Assert.NotEmpty(chat.Messages);
        Assert.All(chat.Messages, message => Assert.True(message.Text!.Length < 1000));
        Assert.True(chat.Conversation.State!.RequestDraft()?.Details is null or { Length: <= 500 });
    }

    [Theory]
    [InlineData("privacy:yes")]
    [InlineData("delete:yes")]
    [InlineData("lang:xx")]
    [InlineData("lang:")]
    [InlineData("menu:../../etc")]
    [InlineData("admin:broadcast")]
    [InlineData("")]
    [InlineData("form:change=slot")]
    public void Forged_button_data_achieves_nothing(string data)
    {
        var chat = OnboardingTests.Onboarded("de");
        var member = chat.Conversation.Member!;

        chat.Forge(data);
        Assert.Contains(chat.Replies, reply => reply.Kind == OutboundKind.AnswerButton);
        Assert.NotNull(chat.Conversation.Member);
        Assert.Equal(("de", (Kiosk.Conversations.Engine.Units.FlowState?)null), (member.Language, chat.Conversation.State!.Active));
        Assert.True(chat.Messages.Any(), "A pressed button always gets a visible answer.");
    }

    [Fact]
    public void Oversized_button_data_is_rejected()
    {
        Assert.False(ButtonData.TryParse("menu:" + new string('a', 60), out _));
        Assert.True(ButtonData.TryParse("menu:offer", out var parsed));
        Assert.Equal(new ButtonData("menu", "offer"), parsed);
    }

    [Fact]
    public void A_new_person_who_just_says_hello_is_greeted_and_asked_for_a_language()
    {
        new ChatFlow("fa").Send("سلام").ExpectText("onboarding.choose_language");
    }

    [Fact]
    public void In_a_group_commands_get_a_pointer_to_the_private_chat_and_other_text_is_ignored()
    {
        var group = new ChatFlow("tr", userId: 1001, chatId: -100200);

        group.Send("/start").ExpectText("input.group_only_private");
        Assert.Null(group.Conversation.State);

        group.Send("Merhaba herkese").ExpectNoMessages();
        Assert.Null(group.Conversation.State);
    }

    [Fact]
    public void Delete_asks_once_and_then_forgets_the_person()
    {
        var chat = OnboardingTests.Onboarded("fa");

        chat.Send("/delete").ExpectText("delete.confirm").ExpectButtons("delete:yes", "delete:no");
        chat.Press("delete:no").ExpectText("delete.kept");
        Assert.NotNull(chat.Conversation.Member);

        chat.Send("/delete").Press("delete:yes").ExpectText("delete.done");
        Assert.Null(chat.Conversation.Member);
        Assert.Null(chat.Conversation.State);
    }

    [Fact]
    public void Delete_before_accepting_says_there_is_nothing_stored()
    {
        var chat = new ChatFlow("en");
        chat.Send("/start").Send("/delete").ExpectText("delete.nothing");
        Assert.Null(chat.Conversation.State);
    }

    [Fact]
    public void Privacy_shows_the_notice_and_the_date_of_consent_in_the_person_s_language()
    {
        var chat = OnboardingTests.Onboarded("de");
        chat.Send("/privacy").ExpectText("privacy.notice");
        Assert.Contains("25.11.2026", chat.Messages.Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_person_who_writes_again_after_blocking_is_reachable_again()
    {
        var chat = OnboardingTests.Onboarded("en");
        chat.Conversation.Member!.Unreachable = true;
        chat.Send("/menu");
        Assert.False(chat.Conversation.Member!.Unreachable);
    }
}
