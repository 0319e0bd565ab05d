using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Tests.Engine;
using NodaTime;

namespace Kiosk.Conversations.Tests.Flows;

// ChatFlow.Now is Wednesday 2026-11-25 09:00 UTC, 10:00 in Hamburg.
public sealed class EventDeskTests
{
    [Theory]
    [InlineData("de", "Samstag 15 Uhr", "Samstag, 28. November", 2026, 11, 28, 15)]
    [InlineData("de", "morgen 10 Uhr", "Donnerstag, 26. November", 2026, 11, 26, 10)]
    [InlineData("en", "Saturday 3 pm", "Saturday, November 28", 2026, 11, 28, 15)]
    [InlineData("en", "tomorrow 10 am", "Thursday, November 26", 2026, 11, 26, 10)]
    public void A_coordinator_adds_an_event_with_day_and_time_in_free_text(string language, string when, string day, int year, int month, int date, int hour)
    {
        var chat = Coordinator(language);

        chat.Send("/events").ExpectText("kiosk.events_none").ExpectButtons("coord:ev:add", "menu:back");
        chat.Press("coord:ev:add").ExpectText("kiosk.ask_text");
        chat.Send("Reparatur-Café\nBring dein Fahrrad mit.").ExpectText("kiosk.ask_when");
        chat.Send(when);

        var at = ChatFlow.CatalogText(language, "kiosk.at", ("day", day), ("time", $"{hour:00}:00"));
        chat.ExpectText("kiosk.confirm", ("event", $"📅 {at}\nReparatur-Café\nBring dein Fahrrad mit.")).ExpectButtons("coord:ev:save", "coord:ev:drop");
        chat.Press("coord:ev:save").ExpectText("kiosk.saved").ExpectText("menu.title");

        var saved = Assert.Single(chat.LastResult!.Changes.Events.Values);
        Assert.Equal(("Reparatur-Café", "Bring dein Fahrrad mit.", new LocalDateTime(year, month, date, hour, 0), 1001L, false),
            (saved.Title, saved.Description, saved.Start, saved.CreatedBy, saved.Cancelled));
        Assert.Null(chat.Conversation.State!.Active);
    }

    [Fact]
    public void A_day_button_and_then_only_the_time()
    {
        var chat = Coordinator("de");

        chat.Send("/events").Press("coord:ev:add").Send("Infoabend Smart").ExpectText("kiosk.ask_when");
        chat.Press("coord:ev:day:2026-11-27").ExpectText("kiosk.ask_time", ("day", "Freitag, 27. November"));
        chat.Send("18 Uhr").ExpectText("kiosk.confirm", ("event", "📅 " + ChatFlow.CatalogText("de", "kiosk.at", ("day", "Freitag, 27. November"), ("time", "18:00")) + "\nInfoabend Smart"));
        chat.Press("coord:ev:save");

        Assert.Equal(new LocalDateTime(2026, 11, 27, 18, 0), Assert.Single(chat.LastResult!.Changes.Events.Values).Start);
    }

    [Fact]
    public void A_time_that_is_over_or_not_understood_is_asked_again_and_discarding_saves_nothing()
    {
        var chat = Coordinator("de");

        chat.Send("/events").Press("coord:ev:add").Send("Flohmarkt");
        chat.Send("heute 8 Uhr").ExpectText("kiosk.in_past").ExpectText("kiosk.ask_when");
        chat.Send("bald mal").ExpectText("kiosk.when_not_understood");
        chat.Send("Freitag 16 Uhr").ExpectText("kiosk.confirm", ("event", "📅 " + ChatFlow.CatalogText("de", "kiosk.at", ("day", "Freitag, 27. November"), ("time", "16:00")) + "\nFlohmarkt"));
        chat.Press("coord:ev:drop").ExpectText("kiosk.dropped");

        Assert.Empty(chat.LastResult!.Changes.Events);
        Assert.Null(chat.Conversation.State!.Active);
    }

    [Fact]
    public void Someone_who_is_not_a_coordinator_sees_no_add_button_and_a_forged_one_is_refused()
    {
        var chat = OnboardingTests.Onboarded("de", userId: 2002);

        chat.Send("/events").ExpectText("kiosk.events_none").ExpectButtons("menu:back");
        chat.Forge("coord:ev:add").ExpectText("coordinator.only");
        chat.Send("Mein Fest\nFreitag 16 Uhr");

        // The text is read like any neighbour's message (a quick request), never as an event.
        Assert.IsNotType<Kiosk.Conversations.Flows.Coordinators.AddingEvent>(chat.Conversation.State!.Active);
        Assert.Empty(chat.LastResult!.Changes.Events);
    }

    [Fact]
    public void Cancel_leaves_adding_an_event()
    {
        var chat = Coordinator("en");

        chat.Send("/events").Press("coord:ev:add").Send("/cancel").ExpectText("cancel.done");

        Assert.Null(chat.Conversation.State!.Active);
    }

    private static ChatFlow Coordinator(string language)
    {
        var chat = new ChatFlow(language, options: new KioskOptions { Moderation = false, Coordinators = [1001] });
        chat.Send("/start").Press($"lang:{language}").Press("privacy:yes");
        return chat;
    }
}
