using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Tests.Engine;

namespace Kiosk.Conversations.Tests.Flows;

// ChatFlow.Now is Wednesday 2026-11-25 09:00 UTC, 10:00 in Hamburg.
public sealed class KioskInfoTests
{
    private const string Address = "Neues Amt Altona, Teststraße 1, 22767 Hamburg";

    [Fact]
    public void Kiosk_says_it_is_open_until_closing_with_the_week_the_address_and_a_map_in_German()
    {
        var chat = Member("de", new() { ["Wednesday"] = "10:00-18:00", ["Saturday"] = "11:00-13:00,14:00-16:00" });

        chat.Send("/kiosk").ExpectText("kiosk.open_until", ("time", "18:00"));

        var text = ChatFlow.Plain(chat.Messages.Single().Text);
        Assert.Contains("\nMittwoch: 10:00–18:00\n", text, StringComparison.Ordinal);
        Assert.Contains("\nSamstag: 11:00–13:00, 14:00–16:00\n", text, StringComparison.Ordinal);
        Assert.Contains("\nMontag: " + ChatFlow.CatalogText("de", "kiosk.closed") + "\n", text, StringComparison.Ordinal);
        Assert.EndsWith(ChatFlow.CatalogText("de", "kiosk.address", ("address", Address)), text, StringComparison.Ordinal);
        var map = chat.Messages.Single().Buttons!.SelectMany(row => row).Single(button => button.Url is not null);
        Assert.Equal("https://www.openstreetmap.org/search?query=Neues%20Amt%20Altona%2C%20Teststra%C3%9Fe%201%2C%2022767%20Hamburg", map.Url);
        Assert.Equal(ChatFlow.CatalogText("de", "kiosk.map"), map.Label);
    }

    [Fact]
    public void On_a_closed_exception_day_it_opens_tomorrow_and_the_special_day_is_listed_in_English()
    {
        var chat = Member("en", new() { ["Wednesday"] = "10:00-18:00", ["Thursday"] = "09:30-18:00" }, new() { ["2026-11-25"] = "closed" });

        chat.Send("/kiosk").ExpectText("kiosk.opens_tomorrow", ("time", "09:30"));

        Assert.Contains("\n" + ChatFlow.CatalogText("en", "kiosk.special_title") + "\nWednesday, November 25: closed\n", ChatFlow.Plain(chat.Messages.Single().Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Before_opening_it_opens_today()
    {
        var chat = Member("en", new() { ["Wednesday"] = "14:00-18:00" });

        chat.Send("/kiosk").ExpectText("kiosk.opens_today", ("time", "14:00"));
    }

    [Theory]
    [InlineData("ru", "Суббота")]
    [InlineData("uk", "Субота")]
    [InlineData("tr", "Cumartesi")]
    [InlineData("ar", "السبت")]
    [InlineData("fa", "شنبه")]
    public void The_weekday_it_opens_on_is_named_in_the_persons_language(string language, string saturday)
    {
        var chat = Member(language, new() { ["Saturday"] = "11:00-15:00" });

        chat.Send("/kiosk").ExpectText("kiosk.opens_on", ("day", saturday), ("time", language == "fa" ? "۱۱:۰۰" : "11:00"));
    }

    [Fact]
    public void Without_opening_hours_it_says_none_are_planned_and_the_about_page_leads_here()
    {
        var chat = Member("de", []);

        chat.Press("menu:about").Press("menu:kiosk").ExpectText("kiosk.closed_for_now");
        Assert.Contains(chat.Messages.Single().Buttons!.SelectMany(row => row), button => button.Data == "menu:events");
    }

    [Fact]
    public void Anyone_can_ask_before_accepting_the_privacy_notice_and_gets_the_map_only()
    {
        var chat = new ChatFlow("en", options: Options(new() { ["Wednesday"] = "10:00-18:00" }, []));

        chat.Send("/kiosk").ExpectText("kiosk.open_until", ("time", "18:00"));

        Assert.Null(chat.Conversation.Member);
        Assert.All(chat.Messages.Single().Buttons!.SelectMany(row => row), button => Assert.NotNull(button.Url));
    }

    [Fact]
    public void Bad_opening_hours_are_named_one_line_per_key_at_start()
    {
        var options = Options(new() { ["Wednesday"] = "10-18", ["Funday"] = "10:00-12:00" }, new() { ["24.12.2026"] = "closed", ["2026-12-31"] = "14:00-10:00" });
        options.MapUrl = "openstreetmap";

        var result = new KioskOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Equal(5, result.Failures!.Count());
        Assert.Contains(result.Failures!, line => line.StartsWith("Kiosk:OpeningHours:Wednesday (env Kiosk__OpeningHours__Wednesday) '10-18'", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, line => line.StartsWith("Kiosk:OpeningHours:Funday ", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, line => line.StartsWith("Kiosk:Exceptions:24.12.2026 ", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, line => line.StartsWith("Kiosk:Exceptions:2026-12-31 ", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, line => line.StartsWith("Kiosk:MapUrl ", StringComparison.Ordinal));
        Assert.True(new KioskOptionsValidator().Validate(null, Options(new() { ["monday"] = "10:00-13:00, 14:00-18:00", ["Sunday"] = "closed" }, [])).Succeeded);
    }

    private static KioskOptions Options(Dictionary<string, string> hours, Dictionary<string, string> exceptions) =>
        new() { Moderation = false, OpeningHours = hours, Exceptions = exceptions, Address = Address };

    private static ChatFlow Member(string language, Dictionary<string, string> hours, Dictionary<string, string>? exceptions = null)
    {
        var chat = new ChatFlow(language, options: Options(hours, exceptions ?? []));
        chat.Send("/start").Press($"lang:{language}").Press("privacy:yes");
        Assert.NotNull(chat.Conversation.Member);
        return chat;
    }
}
