using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Tests.Engine;
using Kiosk.Domain;

namespace Kiosk.Conversations.Tests.Flows;

public sealed class OfferFormTests
{
    [Theory]
    [InlineData("de")]
    [InlineData("ar")]
    [InlineData("uk")]
    [InlineData("tr")]
    public void A_newcomer_offers_something_with_buttons_alone(string language)
    {
        var chat = OnboardingTests.Onboarded(language);

        chat.Press("menu:offer").ExpectText("offer.ask_category");
        chat.Press("form:category=bikes").ExpectText("offer.ask_description");
        chat.Press("form:description=-").ExpectText("offer.ask_when");
        chat.Press("form:when=evenings").ExpectText("offer.ask_district");
        chat.Press("form:district=ottensen").ExpectText("offer.ask_languages");
        chat.Press("form:languages=ku");
        var ticked = chat.Replies.Single(reply => reply.Kind == OutboundKind.EditButtons).Buttons!.SelectMany(row => row).ToList();
        Assert.StartsWith("✅", ticked.Single(b => b.Data == "form:languages=ku").Label, StringComparison.Ordinal);
        Assert.StartsWith("✅", ticked.Single(b => b.Data == $"form:languages={language}").Label, StringComparison.Ordinal);
        chat.Press("form:languages=done").ExpectText("offer.ask_price");
        chat.Press("form:price=h15").ExpectText("form.summary");

        chat.Press("form:confirm").ExpectText("offer.saved").ExpectText("menu.title");
        var offer = Assert.Single(chat.Conversation.Offers);
        Assert.Equal(("bikes", "", "ottensen", OfferStatus.Active), (offer.Category, offer.Description, offer.District, offer.Status));
        Assert.Equal(WeeklyAvailability.WeekdayEvenings, offer.Availability);
        Assert.Equal(new[] { language, "ku" }.Order().ToArray(), offer.Languages.Order().ToArray());
        Assert.Equal(Price.Paid(15, perHour: true), offer.Price);
    }

    [Fact]
    public void Free_text_fills_the_offer_in_Farsi()
    {
        var chat = OnboardingTests.Onboarded("fa");

        chat.Press("menu:offer").Send("تعمیر دوچرخه").ExpectText("offer.ask_description");
        Assert.Equal("bikes", chat.Conversation.State!.OfferDraft()!.Category);
        chat.Send("دوچرخه تعمیر می‌کنم و ابزار دارم").ExpectText("offer.ask_when");
        chat.Send("آخر هفته").ExpectText("offer.ask_district");
        chat.Send("اوتنزن").ExpectText("offer.ask_languages");
        chat.Press("form:languages=done").Send("ساعتی ۱۵ یورو").ExpectText("form.summary");

        var draft = chat.Conversation.State!.OfferDraft()!;
        Assert.Equal(("دوچرخه تعمیر می‌کنم و ابزار دارم", "ottensen"), (draft.Description, draft.District));
        Assert.Equal(WeeklyAvailability.Weekends, draft.Availability);
        Assert.Equal(Price.Paid(15, perHour: true), draft.Price);
        Assert.Equal(["fa"], draft.Languages);
    }

    [Theory]
    [InlineData("de", "Mo-Fr ab 17 Uhr", "Monday", "Friday", true)]
    [InlineData("en", "weekends", "Saturday", "Sunday", false)]
    [InlineData("ru", "по будням вечером", "Monday", "Friday", true)]
    public void Availability_is_understood_from_text(string language, string text, string firstDay, string lastDay, bool eveningsOnly)
    {
        var chat = OnboardingTests.Onboarded(language);
        chat.Press("menu:offer").Press("form:category=moving").Press("form:description=-").Send(text).ExpectText("offer.ask_district");

        var availability = chat.Conversation.State!.OfferDraft()!.Availability;
        Assert.True(availability.Has(Enum.Parse<NodaTime.IsoDayOfWeek>(firstDay), PartOfDay.Evening));
        Assert.True(availability.Has(Enum.Parse<NodaTime.IsoDayOfWeek>(lastDay), PartOfDay.Evening));
        Assert.Equal(eveningsOnly, !availability.Has(Enum.Parse<NodaTime.IsoDayOfWeek>(firstDay), PartOfDay.Morning));
    }

    [Fact]
    public void A_description_over_500_characters_is_refused_and_asked_again()
    {
        var chat = OnboardingTests.Onboarded("en");
        chat.Press("menu:offer").Press("form:category=cooking").Send(new string('x', 501)).ExpectText("form.too_long", ("max", 500));
        Assert.Null(chat.Conversation.State!.OfferDraft()!.Description);
    }

    [Fact]
    public void A_shared_location_answers_where()
    {
        var chat = OnboardingTests.Onboarded("de");
        chat.Press("menu:offer").Press("form:category=sewing").Press("form:description=-").Press("form:when=always");
        chat.ShareLocation(53.5550, 9.9200).ExpectText("offer.ask_languages");
        Assert.Equal("ottensen", chat.Conversation.State!.OfferDraft()!.District);
    }

    [Fact]
    public void Offers_can_be_paused_resumed_changed_and_deleted_from_myoffers()
    {
        var chat = OnboardingTests.Onboarded("de");
        chat.Press("menu:offer").Press("form:category=bikes").Press("form:description=-").Press("form:when=weekends")
            .Press("form:district=lurup").Press("form:languages=done").Press("form:price=free").Press("form:confirm");
        var id = chat.Conversation.Offers.Single().Id;

        chat.Send("/myoffers").ExpectText("offer.list_title");
        chat.Press($"offer:pause:{id}").ExpectText("offer.paused_done");
        Assert.Equal(OfferStatus.Paused, chat.Conversation.Offers.Single().Status);
        chat.Press($"offer:resume:{id}").ExpectText("offer.resumed_done");

        chat.Send("/myoffers").Press($"offer:edit:{id}").ExpectText("form.summary");
        chat.Press("form:change=price").Press("form:price=exchange").ExpectText("form.summary").Press("form:confirm").ExpectText("offer.updated");
        Assert.Equal((PriceKind.Exchange, 1), (chat.Conversation.Offers.Single().Price.Kind, chat.Conversation.Offers.Count));

        chat.Send("/myoffers").Press($"offer:delete:{id}").ExpectText("offer.delete_confirm");
        chat.Press($"offer:deleteyes:{id}").ExpectText("offer.deleted");
        Assert.Empty(chat.Conversation.Offers);
    }

    [Fact]
    public void Someone_else_s_offer_id_in_forged_button_data_changes_nothing()
    {
        var chat = OnboardingTests.Onboarded("de");
        chat.Forge("offer:deleteyes:0123456789ab").ExpectText("input.old_button");
        chat.Forge("offer:pause:../../x").ExpectText("input.old_button");
        Assert.Empty(chat.Conversation.Offers);
    }

    [Fact]
    public void Cancel_leaves_the_form_without_saving()
    {
        var chat = OnboardingTests.Onboarded("tr");
        chat.Press("menu:offer").Press("form:category=cooking").Send("/cancel").ExpectText("cancel.done").ExpectText("menu.title");
        Assert.Empty(chat.Conversation.Offers);
        Assert.Null(chat.Conversation.State!.OfferDraft());
    }
}
