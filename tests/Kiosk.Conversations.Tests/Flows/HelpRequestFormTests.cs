using Kiosk.Conversations.Tests.Engine;
using Kiosk.Domain;
using NodaTime;

namespace Kiosk.Conversations.Tests.Flows;

/// <summary>The clock of these tests is Wednesday 2026-11-25, 10:00 in Hamburg.</summary>
public sealed class HelpRequestFormTests
{
    [Fact]
    public void A_quick_request_in_German_fills_everything_and_goes_straight_to_the_summary()
    {
        var chat = OnboardingTests.Onboarded("de");

        chat.Send("Brauche Samstag Vormittag Hilfe beim Umzug in Ottensen").ExpectText("form.summary");

        var draft = chat.Conversation.State!.RequestDraft()!;
        Assert.Equal(("moving", "ottensen"), (draft.Category, draft.District));
        Assert.Equal(HelpTime.Between(new LocalDateTime(2026, 11, 28, 8, 0), new LocalDateTime(2026, 11, 28, 12, 0)), draft.When);
        Assert.Equal("Brauche Samstag Vormittag Hilfe beim Umzug in Ottensen", draft.Details);

        chat.Press("form:confirm").ExpectText("request.saved");
        var request = Assert.Single(chat.Conversation.Requests);
        Assert.Equal((HelpRequestStatus.Open, "de"), (request.Status, request.Language));
    }

    [Fact]
    public void A_quick_request_in_English_asks_only_for_what_is_missing()
    {
        var chat = OnboardingTests.Onboarded("en");

        chat.Send("Can someone fix my bike tomorrow after 5?").ExpectText("request.ask_district");
        var draft = chat.Conversation.State!.RequestDraft()!;
        Assert.Equal("bikes", draft.Category);
        Assert.Equal(HelpTime.Between(new LocalDateTime(2026, 11, 26, 17, 0), new LocalDateTime(2026, 11, 26, 21, 0)), draft.When);

        chat.Press("form:district=altona-altstadt").ExpectText("form.summary");
    }

    [Theory]
    [InlineData("ru", "Нужна помощь с компьютером в выходные", "computers", 2026, 11, 28)]
    [InlineData("ar", "أحتاج مساعدة في نقل الأثاث يوم السبت", "moving", 2026, 11, 28)]
    [InlineData("uk", "Потрібна допомога з велосипедом завтра ввечері", "bikes", 2026, 11, 26)]
    [InlineData("tr", "Cumartesi taşınmak için yardım lazım", "moving", 2026, 11, 28)]
    public void Quick_requests_in_other_languages_are_understood(string language, string text, string category, int year, int month, int day)
    {
        var chat = OnboardingTests.Onboarded(language);
        chat.Send(text);
        var draft = chat.Conversation.State!.RequestDraft()!;
        // The category is filled when the classifier is sure, else it is the first one offered ("is it about ...?").
        chat.ExpectText(draft.Category is null ? "form.likely_category" : "request.ask_district");
        Assert.Equal((category, new LocalDate(year, month, day)), (draft.Category ?? draft.LikelyCategories![0], draft.When!.Start!.Value.Date));
    }

    [Fact]
    public void A_neighbour_asks_with_buttons_alone_in_Arabic()
    {
        var chat = OnboardingTests.Onboarded("ar");

        chat.Press("menu:request").ExpectText("request.ask_category");
        chat.Press("form:category=paperwork").ExpectText("request.ask_when");
        chat.Press("form:when=tomorrow").ExpectText("request.ask_district");
        chat.Press("form:district=anywhere").ExpectText("request.ask_details");
        chat.Press("form:details=-").ExpectText("form.summary").Press("form:confirm");
        // Nobody offers paperwork yet: one answer says it is saved, nobody yet, and what helps meanwhile; no second "nobody".
        chat.ExpectText("request.saved_none").ExpectButtons("menu:kiosk", "menu:advice", "menu:back");
        Assert.Single(chat.Messages);

        var request = Assert.Single(chat.Conversation.Requests);
        Assert.Equal(("paperwork", "anywhere", ""), (request.Category, request.District, request.Details));
        Assert.Equal(new LocalDate(2026, 11, 26), request.When.Start!.Value.Date);
    }

    [Fact]
    public void Three_misses_offer_the_buttons_again()
    {
        var chat = OnboardingTests.Onboarded("de");
        chat.Press("menu:request").Press("form:category=pets");

        chat.Send("keine Ahnung").ExpectText("form.retry", ("example", ChatFlow.CatalogText("de", "request.example_when")));
        chat.Send("hm").Send("???").ExpectText("request.ask_when");
        Assert.Contains(chat.Messages.SelectMany(m => m.Buttons ?? []).SelectMany(row => row), b => b.Data == "form:when=flexible");
    }

    [Fact]
    public void Hello_at_the_menu_is_not_taken_for_a_request()
    {
        foreach (var (language, text) in new[] { ("de", "Hallo"), ("de", "danke!"), ("en", "hi there"), ("ar", "مرحبا"), ("ru", "Привет"), ("tr", "merhaba"), ("fa", "سلام") })
        {
            var chat = OnboardingTests.Onboarded(language).Send(text).ExpectText("menu.free_text_hint").ExpectText("menu.title");
            Assert.DoesNotContain(chat.Messages, message => ChatFlow.Plain(message.Text) == ChatFlow.CatalogText(language, "input.not_understood"));
            Assert.Null(chat.Conversation.State!.RequestDraft());
            Assert.Null(chat.Conversation.State!.OfferDraft());
        }
    }

    [Fact]
    public void Open_requests_are_listed_and_can_be_cancelled_and_passed_ones_are_not_listed()
    {
        var chat = OnboardingTests.Onboarded("de");
        chat.Send("Suche Babysitter morgen Abend in Eimsbüttel").Press("form:confirm");
        var id = chat.Conversation.Requests.Single().Id;

        chat.Send("/myrequests").ExpectText("request.list_title");
        chat.Press($"request:cancel:{id}").ExpectText("request.cancelled");
        Assert.Equal(HelpRequestStatus.Cancelled, chat.Conversation.Requests.Single().Status);
        chat.Send("/myrequests").ExpectText("request.none");
    }

    [Fact]
    public void A_request_closes_by_itself_when_its_time_has_passed_or_after_14_days_when_flexible()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        var created = Instant.FromUtc(2026, 11, 25, 9, 0);
        var saturday = new HelpRequest { When = HelpTime.Between(new LocalDateTime(2026, 11, 28, 8, 0), new LocalDateTime(2026, 11, 28, 12, 0)), CreatedAt = created };
        var flexible = new HelpRequest { When = HelpTime.Flexible, CreatedAt = created };

        Assert.True(saturday.IsOpen(Instant.FromUtc(2026, 11, 28, 10, 59), zone));
        Assert.False(saturday.IsOpen(Instant.FromUtc(2026, 11, 28, 11, 0), zone));
        Assert.True(flexible.IsOpen(created + Duration.FromDays(13), zone));
        Assert.False(flexible.IsOpen(created + Duration.FromDays(14), zone));
    }
}
