namespace Kiosk.Conversations.Tests.Flows;

public sealed class EventReminderButtonTests
{
    [Fact]
    public void A_reminder_button_for_an_event_that_is_gone_says_so_and_forged_data_is_an_old_button()
    {
        var chat = OnboardingTests.Onboarded("tr");

        chat.Forge("event:sub:abc123").ExpectText("kiosk.event_gone");
        chat.Forge("event:unsub:abc123").ExpectText("kiosk.event_gone");
        chat.Forge("event:delete:abc123").ExpectText("input.old_button");
        chat.Forge("event:sub:../x").ExpectText("input.old_button");
        Assert.Empty(chat.LastResult!.Scheduled);
    }
}
