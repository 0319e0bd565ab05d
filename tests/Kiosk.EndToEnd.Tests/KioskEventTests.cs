using Kiosk.Storage;
using Kiosk.Testing;

namespace Kiosk.EndToEnd.Tests;

/// <summary>A coordinator announces an event; neighbours ask for a reminder and get it on time, in their language.</summary>
public sealed class KioskEventTests
{
    private const string Address = "Neues Amt Altona, Teststraße 1, 22767 Hamburg";

    private static string T(string language, string key, params (string, object?)[] args) => KioskUnderTest.Localizer.Text(language, key, args);

    [Fact]
    public async Task A_subscriber_is_reminded_the_evening_before_and_someone_who_changed_their_mind_is_not()
    {
        await using var kiosk = await KioskUnderTest.StartAsync(null, ("Kiosk:Coordinators:0", "7801"), ("Kiosk:Address", Address));
        var lea = kiosk.Person(7801, "Lea", "de");
        var jens = kiosk.Person(7802, "Jens", "en");
        var olena = kiosk.Person(7803, "Olena", "uk");
        await lea.OnboardAsync();
        await jens.OnboardAsync();
        await olena.OnboardAsync();

        // Wednesday 10:00 now: the event is on Saturday at 15:00.
        await lea.WriteAsync("/events");
        await lea.PressAsync("coord:ev:add");
        await lea.WaitForAsync("kiosk.ask_text");
        await lea.WriteAsync("Reparatur-Café\nBring dein Fahrrad mit.");
        await lea.WaitForAsync("kiosk.ask_when");
        await lea.WriteAsync("Samstag 15 Uhr");
        await lea.PressAsync("coord:ev:save");
        await lea.WaitForAsync("kiosk.saved");

        await jens.WriteAsync("/events");
        var list = await jens.WaitForStartAsync(T("en", "kiosk.events_title"));
        var saturday = "📅 " + T("en", "kiosk.at", ("day", "Saturday, November 28"), ("time", "15:00")) + "\nReparatur-Café\nBring dein Fahrrad mit.";
        Assert.Contains(saturday, list, StringComparison.Ordinal);
        await jens.PressStartingWithAsync("event:sub:");
        await jens.WaitForAsync("kiosk.subscribed");
        await olena.WriteAsync("/events");
        await olena.PressStartingWithAsync("event:sub:");
        await olena.WaitForAsync("kiosk.subscribed");
        await olena.PressStartingWithAsync("event:unsub:");
        await olena.WaitForAsync("kiosk.unsubscribed");

        kiosk.Clock.AdvanceHours(56); // Friday 18:00, the evening before
        await jens.WaitForAsync("kiosk.reminder", ("event", saturday), ("address", Address));

        var database = kiosk.Service<KioskDatabase>();
        await Eventually.True(() => database.Run(() => database.Steps.FindAll().All(step => step.Done)), "every reminder ran");
        Assert.DoesNotContain(database.Run(() => database.Outbox.Find(entry => entry.ChatId == olena.UserId).ToList()), entry => entry.Message.Text?.StartsWith('⏰') == true);

        kiosk.Clock.AdvanceDays(1); // Saturday evening: the event is over and no longer listed
        await jens.WriteAsync("/events");
        await jens.WaitForAsync("kiosk.events_none");
    }

    [Fact]
    public async Task When_a_coordinator_deletes_an_event_its_subscribers_are_told_and_the_forged_delete_of_a_neighbour_is_refused()
    {
        await using var kiosk = await KioskUnderTest.StartAsync(null, ("Kiosk:Coordinators:0", "7901"), ("Kiosk:Address", Address));
        var lea = kiosk.Person(7901, "Lea", "de");
        var jens = kiosk.Person(7902, "Jens", "de");
        await lea.OnboardAsync();
        await jens.OnboardAsync();
        await lea.WriteAsync("/events");
        await lea.PressAsync("coord:ev:add");
        await lea.WriteAsync("Flohmarkt");
        await lea.WaitForAsync("kiosk.ask_when");
        await lea.PressAsync("coord:ev:day:2026-11-26");
        await lea.WriteAsync("10 Uhr");
        await lea.PressAsync("coord:ev:save");
        await lea.WaitForAsync("kiosk.saved");
        await jens.WriteAsync("/events");
        var subscribe = await jens.PressStartingWithAsync("event:sub:");
        await jens.WaitForAsync("kiosk.subscribed");

        await jens.PressForgedAsync("coord:ev:delyes:" + subscribe["event:sub:".Length..]);
        await jens.WaitForAsync("coordinator.only");
        await lea.WriteAsync("/events");
        await lea.PressStartingWithAsync("coord:ev:del:");
        await lea.PressStartingWithAsync("coord:ev:delyes:");
        await lea.WaitForAsync("kiosk.deleted");

        var thursday = "📅 " + T("de", "kiosk.at", ("day", "Donnerstag, 26. November"), ("time", "10:00")) + "\nFlohmarkt";
        await jens.WaitForAsync("kiosk.cancelled", ("event", thursday));
        await jens.WriteAsync("/events");
        await jens.WaitForAsync("kiosk.events_none");
    }
}
