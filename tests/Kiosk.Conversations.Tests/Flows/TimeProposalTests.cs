using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Flows.HelpRequests;
using Kiosk.Conversations.Tests.Engine;
using Kiosk.Domain;
using Kiosk.Domain.Matching;
using NodaTime;
using static Kiosk.Conversations.Tests.Flows.OfferModerationTests;
using static Kiosk.Conversations.Tests.Flows.OpenRelay;

namespace Kiosk.Conversations.Tests.Flows;

/// <summary>
/// A German neighbour proposes a day and time in her words; the Arabic-speaking newcomer gets it in Arabic with yes/no;
/// the agreed time moves the reminder and the question afterwards. "Now" is Wednesday 2026-11-25, 10:00 in Hamburg.
/// </summary>
public sealed class TimeProposalTests
{
    private static readonly HelpTime SaturdayMorning = HelpTime.Between(new LocalDateTime(2026, 11, 28, 10, 0), new LocalDateTime(2026, 11, 28, 12, 0));

    [Fact]
    public void A_time_written_in_German_reaches_the_other_side_in_Arabic_with_yes_and_no()
    {
        var people = People();
        var lena = Joined("de", Neighbour, "Lena", people);

        lena.Forge($"propose:start:{MatchId}").ExpectText("propose.ask", ("name", "Amina"));
        lena.Send("Samstag um 10 Uhr");

        Assert.Equal((SaturdayMorning, Neighbour), (people.Matches[MatchId].Proposed, people.Matches[MatchId].ProposedBy));
        var offer = Assert.Single(lena.Messages, message => message.ChatId == Newcomer);
        Assert.StartsWith(ChatFlow.CatalogText("ar", "propose.to_other").Split('{')[0], ChatFlow.Plain(offer.Text), StringComparison.Ordinal);
        Assert.Contains("10:00", offer.Text, StringComparison.Ordinal);
        Assert.Contains("28", offer.Text, StringComparison.Ordinal);
        Assert.Equal([$"propose:yes:{MatchId}", $"propose:no:{MatchId}"], offer.Buttons!.SelectMany(row => row).Select(button => button.Data));
        Assert.Null(lena.Conversation.State!.Active);

        // Her next words go through the relay again.
        lena.Send("Bis dann!");
        Assert.Single(lena.Messages, message => message.ChatId == Newcomer);
    }

    [Fact]
    public void Yes_agrees_the_time_tells_both_and_moves_the_reminder_and_the_question_afterwards()
    {
        var people = People();
        Joined("de", Neighbour, "Lena", people).Forge($"propose:start:{MatchId}").Send("Samstag um 10 Uhr");
        var amina = Joined("ar", Newcomer, "Amina", people);

        amina.Forge($"propose:yes:{MatchId}");

        Assert.Equal(SaturdayMorning, people.Matches[MatchId].Agreed);
        Assert.Null(people.Matches[MatchId].Proposed);
        Assert.Single(amina.Messages, message => message.ChatId == Newcomer);
        Assert.Single(amina.Messages, message => message.ChatId == Neighbour);
        var berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        Assert.Equal(
            [(StepKind.Reminder, new LocalDateTime(2026, 11, 27, 18, 0).InZoneLeniently(berlin).ToInstant()),
             (StepKind.AskFeedback, new LocalDateTime(2026, 11, 28, 14, 0).InZoneLeniently(berlin).ToInstant())],
            amina.LastResult!.Scheduled.Select(step => (step.Kind, step.DueAt)).OrderBy(step => step.DueAt));
    }

    [Fact]
    public void A_time_agreed_for_today_is_reminded_two_hours_before_it_starts()
    {
        var people = People();
        Joined("de", Neighbour, "Lena", people).Forge($"propose:start:{MatchId}").Send("heute um 17 Uhr");
        var amina = Joined("ar", Newcomer, "Amina", people);

        amina.Forge($"propose:yes:{MatchId}");

        var berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        Assert.Contains((StepKind.Reminder, new LocalDateTime(2026, 11, 25, 15, 0).InZoneLeniently(berlin).ToInstant()),
            amina.LastResult!.Scheduled.Select(step => (step.Kind, step.DueAt)));
        var reminder = amina.LastResult.Scheduled.Single(step => step.Kind == StepKind.Reminder);
        Assert.Equal(2, amina.RunStep(reminder).Messages.Count);
    }

    [Fact]
    public void No_tells_the_proposer_and_keeps_the_earlier_time()
    {
        var people = People();
        Joined("de", Neighbour, "Lena", people).Forge($"propose:start:{MatchId}").Send("Samstag um 10 Uhr");
        var amina = Joined("ar", Newcomer, "Amina", people);

        amina.Forge($"propose:no:{MatchId}");

        Assert.Null(people.Matches[MatchId].Agreed);
        Assert.Null(people.Matches[MatchId].Proposed);
        var told = Assert.Single(amina.Messages, message => message.ChatId == Neighbour);
        Assert.StartsWith(ChatFlow.CatalogText("de", "propose.declined", ("name", "Amina")).Split('{')[0], ChatFlow.Plain(told.Text), StringComparison.Ordinal);
        Assert.Empty(amina.LastResult!.Scheduled);
    }

    [Fact]
    public void The_proposer_cannot_answer_their_own_proposal_and_strangers_cannot_either()
    {
        var people = People();
        var lena = Joined("de", Neighbour, "Lena", people);
        lena.Forge($"propose:start:{MatchId}").Send("Samstag um 10 Uhr");

        lena.Forge($"propose:yes:{MatchId}").ExpectText("input.old_button");
        Joined("de", 4004, "Kai", people).Forge($"propose:yes:{MatchId}").ExpectText("phrases.no_relay");

        Assert.Null(people.Matches[MatchId].Agreed);
        Assert.NotNull(people.Matches[MatchId].Proposed);
    }

    [Theory]
    [InlineData("irgendwann mal")]
    [InlineData("heute um 8 Uhr")]
    public void A_text_without_a_clear_future_day_and_time_is_asked_again(string text)
    {
        var people = People();
        var lena = Joined("de", Neighbour, "Lena", people);
        lena.Forge($"propose:start:{MatchId}");

        lena.Send(text).ExpectText("propose.not_understood");

        Assert.IsType<ProposingTime>(lena.Conversation.State!.Active);
        Assert.Null(people.Matches[MatchId].Proposed);
        Assert.DoesNotContain(lena.Messages, message => message.ChatId == Newcomer);
    }

    [Fact]
    public void Cancelling_leaves_the_question_and_nothing_is_proposed()
    {
        var people = People();
        var lena = Joined("de", Neighbour, "Lena", people);
        lena.Forge($"propose:start:{MatchId}");

        lena.Press($"propose:stop:{MatchId}").ExpectText("propose.stopped");

        Assert.Null(lena.Conversation.State!.Active);
        Assert.Null(people.Matches[MatchId].Proposed);
    }

    [Fact]
    public void A_reminder_scheduled_for_the_old_time_stays_quiet_after_a_new_time_was_agreed()
    {
        var people = People();
        people.Matches[MatchId].Agreed = SaturdayMorning;
        var lena = Joined("de", Neighbour, "Lena", people);
        var berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

        var old = lena.RunStep(new ScheduledStep { Id = "s1", Kind = StepKind.Reminder, MatchId = MatchId, DueAt = new LocalDateTime(2026, 11, 25, 18, 0).InZoneLeniently(berlin).ToInstant() });
        var current = lena.RunStep(new ScheduledStep { Id = "s2", Kind = StepKind.Reminder, MatchId = MatchId, DueAt = new LocalDateTime(2026, 11, 27, 18, 0).InZoneLeniently(berlin).ToInstant() });

        Assert.Empty(old.Messages);
        Assert.Equal([Newcomer, Neighbour], current.Messages.Select(message => message.ChatId).Order());
    }

    [Fact]
    public void It_s_done_asks_both_how_it_went_at_once_and_the_scheduled_question_stays_quiet()
    {
        var people = People();
        var amina = Joined("ar", Newcomer, "Amina", people);
        amina.Forge($"phrase:open:{MatchId}").Press($"phrase:group:{MatchId}:job").Press($"phrase:say:{MatchId}:job.done");

        var asked = amina.Messages.Where(message => message.Buttons?.SelectMany(row => row).Any(button => button.Data == $"match:rate:{MatchId}:5") == true)
            .Select(message => message.ChatId).Order();
        Assert.Equal([Newcomer, Neighbour], asked);
        Assert.NotNull(people.Matches[MatchId].FeedbackAskedAt);
        Assert.Empty(amina.RunStep(new ScheduledStep { Id = "s3", Kind = StepKind.AskFeedback, MatchId = MatchId, DueAt = ChatFlow.Now }).Messages);
    }
}
