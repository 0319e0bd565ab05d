using Kiosk.Conversations.Flows.Offers;
using Kiosk.Conversations.Tests.Engine;

namespace Kiosk.Conversations.Tests.Flows;

/// <summary>A newcomer who writes Arabic may add a few words in German or English, shown on every card under the Arabic.</summary>
public sealed class SecondWordsTests
{
    private const string Words = "أصلح الدراجات ولدي أدواتي";

    [Fact]
    public void After_saving_an_Arabic_offer_a_few_English_words_can_be_added_and_cards_show_both()
    {
        var chat = Saved("ar");
        var offer = Assert.Single(chat.Conversation.Offers);
        chat.ExpectText("words.tip", ("language", ChatFlow.CatalogText("ar", "spoken.ar")));

        chat.Press($"words:add:{offer.Id}").ExpectText("words.ask");
        chat.Send("I repair bikes and bring my own tools").ExpectText("words.saved", ("language", ChatFlow.CatalogText("ar", "spoken.en")));

        offer = Assert.Single(chat.Conversation.Offers);
        Assert.Equal(("I repair bikes and bring my own tools", "en"), (offer.SecondDescription, offer.SecondLanguage));
        var german = new ChatFlow("de");
        Assert.Equal($"\u2068{Words}\u2069\n" + ChatFlow.CatalogText("de", "words.line", ("language", ChatFlow.CatalogText("de", "spoken.en")),
            ("text", "\u2068I repair bikes and bring my own tools\u2069")), SecondWordsFlow.Lines(new Kiosk.Conversations.Engine.Voice(german.Localizer, "de"), offer));

        // The words do not catch the next message: that goes on as usual.
        Assert.Null(chat.Conversation.State!.Active);
    }

    [Fact]
    public void Skipping_leaves_the_offer_as_it_was_and_German_writers_get_no_tip()
    {
        var chat = Saved("ar");
        var offer = Assert.Single(chat.Conversation.Offers);
        chat.Press($"words:add:{offer.Id}").Press($"words:skip:{offer.Id}").ExpectText("menu.title");
        Assert.Equal("", Assert.Single(chat.Conversation.Offers).SecondDescription);

        var german = Saved("de");
        Assert.DoesNotContain(german.Messages, message => message.Buttons?.SelectMany(row => row).Any(button => button.Data!.StartsWith("words:", StringComparison.Ordinal)) == true);
    }

    [Fact]
    public void Words_for_someone_elses_offer_are_refused()
    {
        var chat = Saved("ar");

        chat.Forge("words:add:someoneelses1").ExpectText("input.old_button");

        Assert.Null(chat.Conversation.State!.Active);
    }

    private static ChatFlow Saved(string language)
    {
        var chat = new ChatFlow(language, 2002, "Amina");
        chat.Send("/start").Press($"lang:{language}").Press("privacy:yes");
        return chat.Press("menu:offer").Press("form:category=bikes").Send(Words).Press("form:when=evenings").Press("form:district=ottensen")
            .Press("form:languages=done").Press("form:price=free").Press("form:confirm");
    }
}
