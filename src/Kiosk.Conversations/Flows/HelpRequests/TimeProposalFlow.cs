using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Domain.Matching;
using Match = Kiosk.Domain.Matching.Match;

namespace Kiosk.Conversations.Flows.HelpRequests;

/// <summary>
/// Agreeing on a day and time across languages: one side writes it in their words ("Samstag 10 Uhr", "بكرا الساعة ٥"),
/// the other gets it in their own language as a date and time with yes/no buttons. An agreed time moves the reminder
/// and the question afterwards (<see cref="FollowUp.ScheduleFor"/>).
/// </summary>
public sealed class TimeProposalFlow : Flow<ProposalButton>
{
    /// <inheritdoc />
    public override bool Owns(FlowState state) => state is ProposingTime;

    /// <inheritdoc />
    protected override void OnButton(Turn turn, ProposalButton button)
    {
        var me = turn.Inbound.UserId;
        var match = turn.Directory.Match(button.MatchId);
        if (match is null || !match.Involves(me) || match.Status != MatchStatus.Accepted)
        {
            turn.RemovePressedButtons();
            turn.Say("phrases.no_relay");
            return;
        }

        switch (button.Action)
        {
            case ProposalAction.Start:
                LeaveOthers(turn, this);
                Enter(turn, new ProposingTime { MatchId = match.Id });
                Ask(turn, match);
                break;
            case ProposalAction.Stop:
                Leave(turn);
                turn.RemovePressedButtons();
                turn.Say("propose.stopped");
                break;
            case ProposalAction.Yes or ProposalAction.No:
                Answer(turn, match, button.Action == ProposalAction.Yes);
                break;
        }
    }

    /// <inheritdoc />
    public override void OnText(Turn turn, FlowState state, string text)
    {
        var proposing = (ProposingTime)state;
        var match = turn.Directory.Match(proposing.MatchId);
        if (match is null || match.Status != MatchStatus.Accepted)
        {
            Leave(turn);
            turn.Say("phrases.no_relay");
            return;
        }

        var when = turn.Recognizers.When.Recognize(text, turn.Recognizers.Language.Of(text, turn.Language), turn.Time.LocalNow.LocalDateTime);
        if (when is null || when.Start <= turn.Time.LocalNow.LocalDateTime || !match.Propose(turn.Inbound.UserId, when))
        {
            turn.SayText(turn.T("propose.not_understood"), [[StopButton(turn, match.Id)]]);
            return;
        }

        Leave(turn);
        turn.ChangedMatches[match.Id] = match;
        var otherId = match.Other(turn.Inbound.UserId);
        var other = turn.VoiceOf(otherId);
        turn.SayTo(otherId, other.Language, "propose.to_other",
            [[Button.Press(other.T("propose.yes"), Data(new ProposalButton(ProposalAction.Yes, match.Id))),
              Button.Press(other.T("propose.no"), Data(new ProposalButton(ProposalAction.No, match.Id)))]],
            ("name", Labels.Name(turn, turn.Inbound.UserId)), ("when", Labels.When(other, when)));
        turn.Say("propose.sent", ("name", Labels.Name(turn, otherId)), ("when", Labels.When(turn, when)));
    }

    /// <inheritdoc />
    public override void Repeat(Turn turn, FlowState state)
    {
        if (turn.Directory.Match(((ProposingTime)state).MatchId) is { } match)
        {
            Ask(turn, match);
        }
    }

    private static void Ask(Turn turn, Match match) =>
        turn.SayText(turn.T("propose.ask", ("name", Labels.Name(turn, match.Other(turn.Inbound.UserId)))), [[StopButton(turn, match.Id)]]);

    private static void Answer(Turn turn, Match match, bool yes)
    {
        var proposed = match.Proposed;
        var proposer = match.ProposedBy;
        if (proposed is null || !match.AnswerProposal(turn.Inbound.UserId, yes))
        {
            turn.Say("input.old_button");
            return;
        }

        turn.RemovePressedButtons();
        turn.ChangedMatches[match.Id] = match;
        var them = turn.VoiceOf(proposer);
        var myName = Labels.Name(turn, turn.Inbound.UserId);
        if (!yes)
        {
            turn.SayTo(proposer, them.Language, "propose.declined", null, ("name", myName), ("when", Labels.When(them, proposed)));
            return;
        }

        FollowUp.ScheduleFor(turn, match, proposed);
        turn.Say("propose.agreed", ("name", Labels.Name(turn, proposer)), ("when", Labels.When(turn, proposed)));
        turn.SayTo(proposer, them.Language, "propose.agreed", null, ("name", myName), ("when", Labels.When(them, proposed)));
    }

    private static Button StopButton(Turn turn, string matchId) => Button.Press(turn.T("propose.stop"), Data(new ProposalButton(ProposalAction.Stop, matchId)));
}

/// <summary>The chat waits for the day and time one side proposes.</summary>
public sealed class ProposingTime : FlowState
{
    /// <summary>The match.</summary>
    public string MatchId { get; set; } = "";
}

/// <summary>What a proposal button does.</summary>
public enum ProposalAction
{
    /// <summary>Asks for the day and time to propose.</summary>
    Start,

    /// <summary>Stops proposing.</summary>
    Stop,

    /// <summary>The other side agrees.</summary>
    Yes,

    /// <summary>The other side cannot then.</summary>
    No,
}

/// <summary>"propose:start:MATCH", "propose:stop:MATCH", "propose:yes:MATCH", "propose:no:MATCH".</summary>
/// <param name="Action">What the button does.</param>
/// <param name="MatchId">The match (checked on press).</param>
public sealed record ProposalButton(ProposalAction Action, string MatchId) : IFlowButton<ProposalButton>
{
    /// <inheritdoc />
    public static string Verb => "propose";

    /// <inheritdoc />
    public static IEnumerable<ProposalButton> Samples => ActionOnId.Samples<ProposalAction>().Select(sample => new ProposalButton(sample.Action, sample.Id));

    /// <inheritdoc />
    public static ProposalButton? TryDecode(string argument) => ActionOnId.TryDecode<ProposalAction>(argument, out var action, out var id) ? new(action, id) : null;

    /// <inheritdoc />
    public string Encode() => ActionOnId.Encode(Action, MatchId);
}
