using Kiosk.Conversations.Localization;
using Kiosk.Conversations.Tests.Engine;
using Kiosk.Domain;

namespace Kiosk.Conversations.Tests.Flows;

public sealed class OnboardingTests
{
    private static readonly string[] MenuButtons = ["menu:offer", "menu:request", "menu:advice", "menu:about", "menu:language"];
    private static readonly string[] PrivacyButtons = ["privacy:yes", "privacy:no"];

    [Fact]
    public void German_neighbour_starts_picks_German_accepts_and_sees_the_menu()
    {
        var chat = new ChatFlow("de", firstName: "Jens");

        chat.Send("/start")
            .ExpectText("onboarding.welcome", ("name", "Jens"))
            .ExpectText("onboarding.choose_language");
        Assert.Equal("lang:de", chat.Messages.Last().Buttons![0][0].Data);
        Assert.Null(chat.Conversation.Member);

        chat.Press("lang:de").ExpectText("privacy.notice").ExpectButtons(PrivacyButtons);
        Assert.Null(chat.Conversation.Member);

        chat.Press("privacy:yes").ExpectText("menu.title").ExpectButtons(MenuButtons);
        var member = Assert.IsType<Member>(chat.Conversation.Member);
        Assert.Equal(("de", "Jens", ChatFlow.Now), (member.Language, member.FirstName, member.PrivacyAcceptedAt));
    }

    [Fact]
    public void Arabic_newcomer_is_offered_Arabic_first_and_gets_everything_in_Arabic_right_to_left()
    {
        var chat = new ChatFlow("ar", firstName: "Amina");

        chat.Send("/start");
        Assert.Equal("العربية", chat.ButtonLabels()[0]);
        Assert.Equal(chat.Localizer.Languages.Count, chat.ButtonLabels().Count);

        chat.Press("lang:ar").ExpectText("privacy.notice");
        chat.Press("privacy:yes").ExpectText("menu.title");
        Assert.Equal("ar", chat.Conversation.Member!.Language);
        Assert.Contains(chat.ButtonLabels(), label => label == ChatFlow.CatalogText("ar", "menu.offer"));

        // Every line of an Arabic text starts right-to-left, also a line that begins with "/menu".
        chat.Send("/help");
        var lines = chat.Messages.Single().Text!.Split('\n').Where(line => line.Length > 0);
        Assert.All(lines, line => Assert.True(line[0] == Bidi.RightToLeftMark || line[0] is >= '\u0600' and <= '\u06FF', $"Line starts left-to-right: {line}"));
    }

    [Fact]
    public void Ukrainian_person_with_an_English_phone_can_pick_Ukrainian()
    {
        var chat = new ChatFlow("en-US", firstName: "Olena");

        chat.Send("/start");
        Assert.Equal("English", chat.ButtonLabels()[0]);
        chat.ExpectText("onboarding.choose_language");
        chat.Send("Привіт, мені потрібна допомога з листом з джобцентру");
        Assert.Equal("Українська", chat.ButtonLabels()[0]);

        chat.Press("lang:uk").ExpectMessage(ChatFlow.CatalogText("uk", "privacy.notice"));
        // The message written before the privacy notice is handled right after it: a help request about a letter.
        chat.Press("privacy:yes").ExpectMessage(ChatFlow.CatalogText("uk", "quick.back_to_message"));
        Assert.Equal("uk", chat.Conversation.Member!.Language);
        Assert.NotNull(chat.Conversation.State!.RequestDraft());
    }

    [Fact]
    public void Typing_the_language_name_works_like_pressing_its_button()
    {
        var chat = new ChatFlow(null);
        chat.Send("/start").Send("Türkçe").ExpectMessage(ChatFlow.CatalogText("tr", "privacy.notice"));
        Assert.Equal("tr", chat.Conversation.State!.Language);
    }

    [Theory]
    [InlineData("fa_offer", "fa", "offer.ask_category")]
    [InlineData("ar_request", "ar", "request.ask_category")]
    [InlineData("de", "de", "menu.title")]
    public void A_poster_deep_link_preselects_language_and_role(string payload, string language, string afterPrivacy)
    {
        var chat = new ChatFlow("en");

        chat.Send($"/start {payload}").ExpectMessage(ChatFlow.CatalogText(language, "privacy.notice"));
        chat.Press("privacy:yes").ExpectMessage(ChatFlow.CatalogText(language, afterPrivacy));
        Assert.Equal(language, chat.Conversation.Member!.Language);
    }

    [Fact]
    public void A_role_deep_link_without_language_still_asks_the_language_first()
    {
        var chat = new ChatFlow("ru");
        chat.Send("/start request").ExpectText("onboarding.choose_language");
        chat.Press("lang:ru").Press("privacy:yes").ExpectMessage(ChatFlow.CatalogText("ru", "request.ask_category"));
    }

    [Fact]
    public void Declining_the_privacy_notice_stores_nothing()
    {
        var chat = new ChatFlow("tr");
        chat.Send("/start").Press("lang:tr").Press("privacy:no").ExpectText("privacy.declined");

        Assert.Null(chat.Conversation.State);
        Assert.Null(chat.Conversation.Member);
    }

    [Fact]
    public void Nothing_but_the_privacy_answer_moves_on_before_acceptance()
    {
        var chat = new ChatFlow("de");
        chat.Send("/start").Press("lang:de");

        chat.Send("Ich will einfach helfen").ExpectText("onboarding.message_kept").ExpectButtons(PrivacyButtons);
        chat.Send("/menu").ExpectText("privacy.needed");
        chat.Forge("menu:offer").ExpectText("input.old_button");
        Assert.Null(chat.Conversation.Member);
    }

    [Fact]
    public void Language_can_be_changed_at_any_time()
    {
        var chat = Onboarded("de");

        chat.Send("/language").ExpectText("onboarding.choose_language");
        chat.Press("lang:fa").ExpectMessage(ChatFlow.CatalogText("fa", "language.changed")).ExpectButtons(MenuButtons);
        Assert.Equal("fa", chat.Conversation.Member!.Language);

        chat.Press("menu:language").Press("lang:en").ExpectMessage(ChatFlow.CatalogText("en", "language.changed"));
        Assert.Equal("en", chat.Conversation.Member!.Language);
    }

    [Theory]
    [InlineData("pt-br", "de")]
    [InlineData("prs", "fa")]
    [InlineData("en-GB", "en")]
    [InlineData("uk-UA", "uk")]
    [InlineData(null, "de")]
    public void Telegram_language_codes_map_to_the_nearest_supported_language(string? code, string expected)
    {
        var chat = new ChatFlow(code);
        chat.Send("/start");
        Assert.Equal(chat.Localizer.LanguageName(expected), chat.ButtonLabels()[0]);
    }

    internal static ChatFlow Onboarded(string language, long userId = 1001, KioskOptions? options = null)
    {
        var chat = new ChatFlow(language, userId, options: options);
        chat.Send("/start").Press($"lang:{language}").Press("privacy:yes");
        Assert.NotNull(chat.Conversation.Member);
        return chat;
    }
}
