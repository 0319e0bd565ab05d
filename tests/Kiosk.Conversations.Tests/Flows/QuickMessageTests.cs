using Kiosk.Conversations.Forms;
using Kiosk.Conversations.Tests.Engine;
using Kiosk.Domain;
using NodaTime;

namespace Kiosk.Conversations.Tests.Flows;

/// <summary>Free messages: kept through onboarding, read as an offer or a request, asked back when unsure.</summary>
public sealed class QuickMessageTests
{
    [Fact]
    public void A_first_message_before_consent_is_handled_right_after_consent()
    {
        var chat = new ChatFlow("de", firstName: "Jonas");

        chat.Send("Kann mir jemand am Samstag eine Hose kürzen? Bin in Ottensen").ExpectText("onboarding.choose_language");
        Assert.Null(chat.Conversation.Member);
        chat.Press("lang:de").ExpectText("privacy.notice");
        chat.Press("privacy:yes").ExpectText("quick.back_to_message");

        var draft = chat.Conversation.State!.RequestDraft()!;
        Assert.Equal("sewing", draft.Category ?? draft.LikelyCategories![0]);
        Assert.Equal(("ottensen", new LocalDate(2026, 11, 28)), (draft.District, draft.When!.Start!.Value.Date));
        Assert.Null(chat.Conversation.State!.KeptMessage);
    }

    [Fact]
    public void A_message_kept_before_consent_is_dropped_with_the_chat_when_the_notice_is_declined()
    {
        var chat = new ChatFlow("en");
        chat.Send("/start").Press("lang:en");
        chat.Send("I need someone to fix my bike tomorrow").ExpectText("onboarding.message_kept");
        Assert.Equal("I need someone to fix my bike tomorrow", chat.Conversation.State!.KeptMessage);

        chat.Press("privacy:no").ExpectText("privacy.declined");
        Assert.Null(chat.Conversation.State);
        Assert.Null(chat.Conversation.Member);
    }

    [Fact]
    public void The_language_a_first_message_is_written_in_is_offered_first()
    {
        var chat = new ChatFlow("de");
        chat.Send("مرحبا، بدي حدا يساعدني بنقل غسالة بكرة");
        Assert.Equal(chat.Localizer.LanguageName("ar"), chat.ButtonLabels()[0]);
    }

    public static TheoryData<string, string> Offers() => new()
    {
        { "de", "Ich kann gut nähen und Hosen kürzen, meldet euch einfach" },
        { "en", "I can cook Syrian food for parties and birthdays" },
        { "ar", "أستطيع أن أطبخ أكل سوري للحفلات" },
        { "fa", "میتونم دوچرخه‌ها رو تعمیر کنم، تجربه دارم" },
        { "uk", "Можу допомогти з переїздом, маю сили і вільний час на вихідних" },
        { "ru", "Могу постричь мужчин и детей, я парикмахер" },
        { "tr", "Bilgisayar ve telefon tamiri yapabilirim" },
    };

    [Theory]
    [MemberData(nameof(Offers))]
    public void I_can_at_the_menu_starts_an_offer_in_every_language(string language, string text)
    {
        var chat = OnboardingTests.Onboarded(language).Send(text);

        Assert.IsType<FillingOffer>(chat.Conversation.State!.Active);
        Assert.Equal(text, chat.Conversation.State.OfferDraft()!.Description);
        Assert.Null(chat.Conversation.State.RequestDraft());
    }

    [Fact]
    public void An_offer_from_a_message_is_saved_with_the_message_as_its_description()
    {
        var chat = OnboardingTests.Onboarded("en").Send("I can cook Syrian food for parties, weekends in Altona, 15 euros an hour");
        var draft = chat.Conversation.State!.OfferDraft()!;
        Assert.Equal("cooking", draft.Category ?? draft.LikelyCategories![0]);
        Assert.Equal("altona-altstadt", draft.District);
    }

    [Fact]
    public void A_message_whose_kind_is_unclear_gets_the_likely_three_and_something_else()
    {
        var chat = OnboardingTests.Onboarded("de").Send("Ich brauche Hilfe");

        chat.ExpectText("form.likely_category");
        var draft = chat.Conversation.State!.RequestDraft()!;
        Assert.Null(draft.Category);
        Assert.Equal(3, draft.LikelyCategories!.Count);
        var buttons = chat.Messages.Last().Buttons!.SelectMany(row => row).Select(button => button.Data).ToList();
        Assert.Equal([.. draft.LikelyCategories.Select(id => $"form:category={id}"), "form:category=*"], buttons);

        // "Something else" shows every category; choosing one goes on with the form.
        chat.Press("form:category=*").ExpectText("request.ask_category");
        Assert.Equal(Categories.All.Count, chat.Messages.Last().Buttons!.SelectMany(row => row).Count());
        chat.Press("form:category=pets").ExpectText("request.ask_when");
        Assert.Equal("pets", chat.Conversation.State!.RequestDraft()!.Category);
    }

    [Fact]
    public void A_likely_category_can_be_chosen_at_once()
    {
        var chat = OnboardingTests.Onboarded("de").Send("Ich brauche Hilfe");
        var first = chat.Conversation.State!.RequestDraft()!.LikelyCategories![0];

        chat.Press($"form:category={first}").ExpectText("request.ask_when");
        Assert.Equal(first, chat.Conversation.State!.RequestDraft()!.Category);
        Assert.Null(chat.Conversation.State!.RequestDraft()!.LikelyCategories);
    }

    [Fact]
    public void When_it_is_unclear_whether_a_message_offers_or_asks_two_buttons_decide_and_the_message_is_kept()
    {
        // A day and nothing else: neither offer nor request.
        var chat = OnboardingTests.Onboarded("de").Send("Samstag");

        chat.ExpectText("quick.offer_or_request").ExpectButtons("quick:offer", "quick:request");
        Assert.Equal("Samstag", chat.Conversation.State!.KeptMessage);

        chat.Press("quick:offer");
        Assert.IsType<FillingOffer>(chat.Conversation.State!.Active);
        Assert.Equal("Samstag", chat.Conversation.State.OfferDraft()!.Description);
        Assert.Null(chat.Conversation.State.KeptMessage);

        // Pressed again (or forged): the message is gone, the answer is the friendly "old button".
        chat.Forge("quick:request").ExpectText("input.old_button");
    }

    [Fact]
    public void The_need_button_turns_the_kept_message_into_a_request()
    {
        var chat = OnboardingTests.Onboarded("de").Send("Samstag").Press("quick:request");
        Assert.IsType<FillingRequest>(chat.Conversation.State!.Active);
        Assert.Equal(new LocalDate(2026, 11, 28), chat.Conversation.State.RequestDraft()!.When!.Start!.Value.Date);
    }

    public static TheoryData<string> Odd() => new()
    {
        "😀😀😀🎉",
        "🚲🔧",
        "Hallo مرحبا Привет 你好 ok??",
        string.Concat(Enumerable.Repeat("Ich brauche Hilfe beim Umzug. ", 170)),
        "?",
    };

    [Theory]
    [MemberData(nameof(Odd))]
    public void Emoji_mixed_scripts_and_huge_messages_get_a_sensible_answer(string text)
    {
        var chat = OnboardingTests.Onboarded("de").Send(text);

        Assert.NotEmpty(chat.Messages);
        Assert.All(chat.Messages, message => Assert.True(message.Text!.Length < 1500));
        var state = chat.Conversation.State!;
        Assert.True(state.RequestDraft()?.Details is null or { Length: <= 500 });
        Assert.True(state.OfferDraft()?.Description is null or { Length: <= 500 });
    }
}
