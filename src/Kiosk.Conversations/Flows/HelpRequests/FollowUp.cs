using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Domain;
using Kiosk.Domain.Matching;
using NodaTime;

namespace Kiosk.Conversations.Flows.HelpRequests;

/// <summary>
/// What happens later: the next newcomer is asked when one does not answer in 24 hours, both sides get a
/// reminder the evening before, and afterwards both are asked whether it happened and how it went (1-5).
/// </summary>
public static class FollowUp
{
    private static readonly LocalTime ReminderTime = new(18, 0);
    private static readonly Duration FeedbackDelay = Duration.FromHours(2);
    private static readonly Duration LateReminder = Duration.FromHours(2);
    private static readonly Duration FlexibleFeedbackDelay = Duration.FromDays(3);

    /// <summary>Schedules the reminder (when there is a time) and the feedback question of an accepted match.</summary>
    public static void ScheduleAfterAccept(Turn turn, Match match)
    {
        var when = turn.Directory.Request(match.RequestId)?.When;
        if (when is { IsFlexible: false, Start: not null, End: not null })
        {
            ScheduleFor(turn, match, when);
            return;
        }

        turn.Scheduled.Add(new ScheduledStep { Id = Ids.New(), Kind = StepKind.AskFeedback, MatchId = match.Id, DueAt = turn.Time.Now + FlexibleFeedbackDelay });
    }

    /// <summary>
    /// Schedules the reminder and the feedback question for a day and time (the request's, or one both agreed on in
    /// the chat). Steps scheduled for an earlier time stay stored but do nothing when due (<see cref="IsStale"/>).
    /// </summary>
    public static void ScheduleFor(Turn turn, Match match, HelpTime when)
    {
        if (ReminderDue(turn, when) is { } reminder && reminder > turn.Time.Now)
        {
            turn.Scheduled.Add(new ScheduledStep { Id = Ids.New(), Kind = StepKind.Reminder, MatchId = match.Id, DueAt = reminder });
        }

        if (FeedbackDue(turn, when) is { } feedback)
        {
            turn.Scheduled.Add(new ScheduledStep { Id = Ids.New(), Kind = StepKind.AskFeedback, MatchId = match.Id, DueAt = feedback });
        }
    }

    /// <summary>Asks both sides how it went, now ("It's done"), unless they were asked already.</summary>
    public static void AskFeedbackNow(Turn turn, Match match)
    {
        if (match.FeedbackAskedAt is not null)
        {
            return;
        }

        AskFeedback(turn, match);
    }

    // The evening before at 18:00; for a time agreed later than that, two hours before it starts.
    private static Instant? ReminderDue(Turn turn, HelpTime when) =>
        ReminderTimes(turn, when) is { } times ? (times.Evening > turn.Time.Now ? times.Evening : times.Late) : null;

    private static (Instant Evening, Instant Late)? ReminderTimes(Turn turn, HelpTime when) => when.Start is { } start
        ? ((start.Date.PlusDays(-1) + ReminderTime).InZoneLeniently(turn.Time.Zone).ToInstant(), start.InZoneLeniently(turn.Time.Zone).ToInstant() - LateReminder)
        : null;

    private static Instant? FeedbackDue(Turn turn, HelpTime when) =>
        when.End is { } end ? end.InZoneLeniently(turn.Time.Zone).ToInstant() + FeedbackDelay : null;

    // A reminder or feedback question scheduled for a time that a later agreement replaced.
    private static bool IsStale(Turn turn, Match match, ScheduledStep step) => match.Agreed is { } agreed && (step.Kind == StepKind.Reminder
        ? ReminderTimes(turn, agreed) is not { } times || (step.DueAt != times.Evening && step.DueAt != times.Late)
        : step.DueAt != FeedbackDue(turn, agreed));

    private static void AskFeedback(Turn turn, Match match)
    {
        match.FeedbackAskedAt = turn.Time.Now;
        turn.ChangedMatches[match.Id] = match;
        foreach (var (me, other) in new[] { (match.NeighbourId, match.NewcomerId), (match.NewcomerId, match.NeighbourId) })
        {
            var voice = turn.VoiceOf(me);
            var stars = Enumerable.Range(1, 5).Select(n => Button.Press(new string('⭐', n), MatchFlow.Data(MatchAction.Rate, match.Id, n.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            turn.SayTo(me, voice.Language, "match.feedback_ask",
                [stars.Take(3), stars.Skip(3), [Button.Press(voice.T("match.not_happened"), MatchFlow.Data(MatchAction.Rate, match.Id, "0"))]],
                ("name", Labels.Name(turn, other)));
        }
    }

    /// <summary>Runs a due step in a system turn (no person acted).</summary>
    public static void Run(Turn turn, ScheduledStep step)
    {
        var match = turn.Directory.Match(step.MatchId);
        if (match is null)
        {
            return;
        }

        switch (step.Kind)
        {
            case StepKind.AnswerTimeout:
                if (!match.Expire())
                {
                    break;
                }

                turn.ChangedMatches[match.Id] = match;
                var newcomer = turn.VoiceOf(match.NewcomerId);
                turn.SayTo(match.NewcomerId, newcomer.Language, "match.timeout_newcomer");
                Answering.AskNext(turn, match, turn.VoiceOf(match.NeighbourId), Labels.Name(turn, match.NewcomerId), "match.timeout_next", "match.timeout_none");
                break;
            case StepKind.Reminder when match.Status is MatchStatus.Accepted && !IsStale(turn, match, step) && turn.Directory.Request(match.RequestId) is { } request:
                foreach (var (me, other) in new[] { (match.NeighbourId, match.NewcomerId), (match.NewcomerId, match.NeighbourId) })
                {
                    var voice = turn.VoiceOf(me);
                    turn.SayTo(me, voice.Language, "match.reminder", null,
                        ("when", Labels.When(voice, match.Agreed ?? request.When)), ("category", Labels.Category(voice, request.Category)), ("name", Labels.Name(turn, other)));
                }

                break;
            case StepKind.AskFeedback when match.Status is MatchStatus.Accepted or MatchStatus.Ended && match.FeedbackAskedAt is null && !IsStale(turn, match, step):
                AskFeedback(turn, match);
                break;
        }
    }

    /// <summary>"match:rate:ID:N" from either side, once: 1-5 stars, or 0 when it did not happen.</summary>
    public static void Rate(Turn turn, string matchId, int rating)
    {
        var me = turn.Inbound.UserId;
        var match = turn.Directory.Match(matchId);
        var already = match is not null && (me == match.NeighbourId ? match.NeighbourRating : match.NewcomerRating) is not null;
        if (match is null || !match.Involves(me) || rating is < 0 or > 5 || already || match.Status is not (MatchStatus.Accepted or MatchStatus.Ended))
        {
            turn.Say("input.old_button");
            return;
        }

        if (me == match.NeighbourId)
        {
            match.NeighbourRating = rating;
        }
        else
        {
            match.NewcomerRating = rating;
        }

        turn.ChangedMatches[match.Id] = match;
        turn.RemovePressedButtons();
        if (rating == 0)
        {
            turn.Say("match.feedback_sorry");
            return;
        }

        Flow.Enter(turn, new CommentingMatch { MatchId = match.Id });
        AskComment(turn, match.Id);
    }

    /// <summary>Asks for the optional comment on a rated match, with "skip".</summary>
    public static void AskComment(Turn turn, string matchId) =>
        turn.SayText(turn.T("match.comment_ask"), [[Button.Press(turn.T("form.skip"), MatchFlow.Data(MatchAction.NoComment, matchId))]]);

    /// <summary>The optional comment after a rating (at most 500 characters), or "skip".</summary>
    public static void Comment(Turn turn, string? text)
    {
        var match = turn.State.Active is CommentingMatch commenting ? turn.Directory.Match(commenting.MatchId) : null;
        Flow.Leave(turn);
        if (match is not null && text is { Length: > 0 })
        {
            var words = WrittenText.Cut(text.Trim(), CommonSlots.MaxText);
            if (turn.Inbound.UserId == match.NeighbourId)
            {
                match.NeighbourComment = words;
            }
            else
            {
                match.NewcomerComment = words;
            }

            turn.ChangedMatches[match.Id] = match;
            turn.Say("match.comment_saved");
        }
        else
        {
            turn.Say("match.feedback_thanks");
        }

        MainMenu.Show(turn);
    }
}
