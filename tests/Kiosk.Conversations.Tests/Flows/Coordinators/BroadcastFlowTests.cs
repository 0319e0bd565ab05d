using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Tests.Engine;
using Kiosk.Domain.Broadcasts;
using NodaTime;

namespace Kiosk.Conversations.Tests.Flows.Coordinators;

public sealed class BroadcastFlowTests
{
    private static readonly KioskOptions Team = new() { Coordinators = [1001], Moderation = false };

    [Fact]
    public void A_coordinator_writes_adds_an_Arabic_version_previews_and_sends_now()
    {
        var chat = OnboardingTests.Onboarded("en", options: Team);
        chat.Send("/broadcast").ExpectText("broadcast.ask_text", ("language", "English"));
        chat.Send("Repair café on Saturday at 14:00!").ExpectText("broadcast.ask_audience");
        chat.Press("coord:bc:aud:everyone").ExpectButtons("coord:bc:add", "coord:bc:preview", "coord:bc:now", "coord:bc:later", "coord:bc:drop");

        chat.Press("coord:bc:add").Press("coord:bc:ver:ar").ExpectText("broadcast.ask_text", ("language", "العربية"));
        chat.Send("مقهى التصليح يوم السبت الساعة 14:00!");
        chat.Press("coord:bc:preview");
        var expectedArabic = string.Join("\n\n", ChatFlow.CatalogText("ar", "broadcast.header"), "مقهى التصليح يوم السبت الساعة 14:00!", ChatFlow.CatalogText("ar", "broadcast.footer"));
        chat.ExpectMessage(expectedArabic);
        chat.ExpectMessage(string.Join("\n\n", ChatFlow.CatalogText("en", "broadcast.header"), "Repair café on Saturday at 14:00!", ChatFlow.CatalogText("en", "broadcast.footer")));

        chat.Press("coord:bc:now").ExpectText("broadcast.queued");
        var broadcast = Assert.Single(chat.LastResult!.Changes.NewBroadcasts);
        Assert.Equal(BroadcastStatus.Scheduled, broadcast.Status);
        Assert.Null(broadcast.SendAt);
        Assert.Equal(AudienceKind.Everyone, broadcast.Audience.Kind);
        Assert.Equal(["en", "ar"], broadcast.Versions.Keys);
        Assert.Equal(1001, broadcast.AuthorId);
        Assert.Null(chat.Conversation.State!.Active);
    }

    [Fact]
    public void A_German_coordinator_schedules_for_morgen_10_Uhr_in_Berlin_time()
    {
        var chat = OnboardingTests.Onboarded("de", options: Team);
        chat.Send("/broadcast").Send("Am Samstag ist Reparatur-Café!");
        chat.Press("coord:bc:aud:language").Press("coord:bc:to:language:uk");
        chat.Press("coord:bc:later").ExpectText("broadcast.ask_time");
        chat.Send("morgen 10 Uhr");
        Assert.Contains("26. November, 10:00", ChatFlow.Plain(chat.Messages.Single().Text));
        chat.Press("coord:bc:at");

        var broadcast = Assert.Single(chat.LastResult!.Changes.NewBroadcasts);
        // ChatFlow.Now is Wednesday 2026-11-25 09:00 UTC; Thursday 10:00 in Hamburg (CET) is 09:00 UTC.
        Assert.Equal(Instant.FromUtc(2026, 11, 26, 9, 0), broadcast.SendAt);
        Assert.Equal(AudienceKind.Language, broadcast.Audience.Kind);
        Assert.Equal("uk", broadcast.Audience.Value);
    }

    [Fact]
    public void A_time_in_the_past_or_nonsense_is_asked_again()
    {
        var chat = OnboardingTests.Onboarded("en", options: Team);
        chat.Send("/broadcast").Send("Hello").Press("coord:bc:aud:newcomers").Press("coord:bc:later");
        chat.Send("banana").ExpectText("broadcast.time_unknown");
        chat.Send("yesterday 10:00").ExpectText("broadcast.time_past");
        Assert.Equal(Kiosk.Conversations.Flows.Coordinators.AnnouncementStage.Scheduling, Assert.IsType<Kiosk.Conversations.Flows.Coordinators.WritingAnnouncement>(chat.Conversation.State!.Active).Stage);
    }

    [Fact]
    public void A_too_long_text_is_refused_and_the_draft_kept_empty()
    {
        var chat = OnboardingTests.Onboarded("en", options: Team);
        chat.Send("/broadcast").Send(new string('x', 5000)).ExpectText("broadcast.too_long", ("length", 5000), ("max", 3500));
        Assert.Empty(Assert.IsType<Kiosk.Conversations.Flows.Coordinators.WritingAnnouncement>(chat.Conversation.State!.Active).Draft.Versions);
    }

    [Fact]
    public void Someone_who_is_not_a_coordinator_cannot_broadcast_by_command_or_forged_button()
    {
        var chat = OnboardingTests.Onboarded("en", userId: 2002, options: Team);
        chat.Send("/broadcast").ExpectText("coordinator.only");
        chat.Forge("coord:bc:now").ExpectText("coordinator.only");
        chat.Forge("coord:bc:stop:abc").ExpectText("coordinator.only");
        Assert.Empty(chat.LastResult!.Changes.NewBroadcasts);
        Assert.Empty(chat.LastResult!.Changes.StoppedBroadcasts);
        chat.Send("/invite").ExpectText("coordinator.only");
        Assert.Empty(chat.LastResult!.Changes.Invites);
    }

    [Fact]
    public void Forged_audience_values_and_buttons_without_a_draft_change_nothing()
    {
        var chat = OnboardingTests.Onboarded("en", options: Team);
        chat.Forge("coord:bc:now").ExpectText("input.old_button");
        chat.Send("/broadcast").Send("Hello");
        chat.Forge("coord:bc:to:language:xx").ExpectText("input.old_button");
        chat.Forge("coord:bc:aud:5").ExpectText("input.old_button");
        chat.Forge("coord:bc:at").ExpectText("input.old_button");
        Assert.Null(Assert.IsType<Kiosk.Conversations.Flows.Coordinators.WritingAnnouncement>(chat.Conversation.State!.Active).Draft.Audience);
        Assert.Empty(chat.LastResult!.Changes.NewBroadcasts);
    }

    [Fact]
    public void Mute_and_unmute_are_stored_on_the_member()
    {
        var chat = OnboardingTests.Onboarded("tr");
        chat.Send("/mute").ExpectText("broadcast.muted");
        Assert.True(chat.Conversation.Member!.Muted);
        chat.Send("/unmute").ExpectText("broadcast.unmuted");
        Assert.False(chat.Conversation.Member!.Muted);
    }

    [Fact]
    public void A_coordinator_invites_with_a_single_use_link_that_expires()
    {
        var chat = OnboardingTests.Onboarded("en", options: Team);
        chat.Send("/invite");
        var invite = Assert.Single(chat.LastResult!.Changes.Invites.Values);
        Assert.Equal(ChatFlow.Now + Duration.FromHours(48), invite.ExpiresAt);
        Assert.Matches("^[a-z2-9]{20}$", invite.Code);
        chat.ExpectText("coordinator.invite_link", ("link", $"https://t.me/NaaKioskBot?start=coord_{invite.Code}"), ("hours", 48));
    }
}
