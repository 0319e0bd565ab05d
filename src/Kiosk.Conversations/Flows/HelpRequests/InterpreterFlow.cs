using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Domain.Matching;
using Match = Kiosk.Domain.Matching.Match;

namespace Kiosk.Conversations.Flows.HelpRequests;

/// <summary>
/// An interpreter for two sides who share no language: "🗣️ Ask for an interpreter" under a relayed message, the other
/// side's yes, then an invitation to people who speak both (<see cref="Interpreting.Candidates"/>); the first to say yes
/// joins, the others' buttons go stale. The interpreter leaves, or either side goes on without them, with one button.
/// The invitation names no one: the two sides' first names reach the interpreter only once they joined.
/// </summary>
public sealed class InterpreterFlow : ButtonFlow<InterpreterButton>
{
    /// <inheritdoc />
    protected override void OnButton(Turn turn, InterpreterButton button)
    {
        var match = turn.Directory.Match(button.MatchId);
        if (match is null || !match.IsTalking)
        {
            turn.RemovePressedButtons();
            turn.Say("phrases.no_relay");
            return;
        }

        switch (button.Action)
        {
            case InterpreterAction.Ask:
                Ask(turn, match);
                break;
            case InterpreterAction.Yes or InterpreterAction.No:
                Answer(turn, match, button.Action == InterpreterAction.Yes);
                break;
            case InterpreterAction.Join:
                Join(turn, match);
                break;
            case InterpreterAction.Pass:
                Pass(turn, match);
                break;
            case InterpreterAction.Leave:
                Leave(turn, match);
                break;
        }
    }

    private static void Ask(Turn turn, Match match)
    {
        var me = turn.Inbound.UserId;
        if (!match.Involves(me))
        {
            turn.Say("input.old_button");
            return;
        }

        var bothWant = match.InterpreterAskedBy == match.Other(me);
        if (!match.AskInterpreter(me))
        {
            turn.Say("interpreter.already");
            return;
        }

        turn.ChangedMatches[match.Id] = match;
        if (bothWant)
        {
            Invite(turn, match);
            return;
        }

        var otherId = match.Other(me);
        var other = turn.VoiceOf(otherId);
        turn.Say("interpreter.asked", ("name", Labels.Name(turn, otherId)));
        turn.SayTo(otherId, other.Language, "interpreter.consent",
            [[Button.Press(other.T("interpreter.yes"), Data(new InterpreterButton(InterpreterAction.Yes, match.Id))),
              Button.Press(other.T("interpreter.no"), Data(new InterpreterButton(InterpreterAction.No, match.Id)))]],
            ("name", Labels.Name(turn, me)));
    }

    private static void Answer(Turn turn, Match match, bool yes)
    {
        var asker = match.InterpreterAskedBy;
        if (!match.AnswerInterpreter(turn.Inbound.UserId, yes))
        {
            turn.Say("input.old_button");
            return;
        }

        turn.RemovePressedButtons();
        turn.ChangedMatches[match.Id] = match;
        if (!yes)
        {
            turn.Say("interpreter.no_said");
            turn.SayTo(asker, turn.VoiceOf(asker).Language, "interpreter.refused", null, ("name", Labels.Name(turn, turn.Inbound.UserId)));
            return;
        }

        Invite(turn, match);
    }

    // Both sides want an interpreter: everyone who speaks both languages is invited; both sides hear whether anyone is.
    private static void Invite(Turn turn, Match match)
    {
        var candidates = Interpreting.Candidates(turn, match);
        if (candidates.Count == 0 || !match.InviteInterpreters(candidates))
        {
            match.InterpreterWanted = false;
            TellSides(turn, match, "interpreter.none");
            return;
        }

        var category = turn.Directory.Request(match.RequestId)?.Category ?? "other";
        foreach (var id in candidates)
        {
            var reader = turn.VoiceOf(id);
            var (neighbour, newcomer) = Interpreting.Languages(turn, reader, match);
            turn.SayTo(id, reader.Language, "interpreter.invite",
                [[Button.Press(reader.T("interpreter.join"), Data(new InterpreterButton(InterpreterAction.Join, match.Id))),
                  Button.Press(reader.T("interpreter.pass"), Data(new InterpreterButton(InterpreterAction.Pass, match.Id)))]],
                ("first", neighbour), ("second", newcomer), ("category", Labels.Category(reader, category)));
        }

        TellSides(turn, match, "interpreter.searching");
    }

    private static void Join(Turn turn, Match match)
    {
        var me = turn.Inbound.UserId;
        turn.RemovePressedButtons();
        if (!match.JoinAsInterpreter(me, turn.Time.Now))
        {
            turn.Say(match.InterpreterId != 0 && match.InterpreterId != me ? "interpreter.taken" : "input.old_button");
            return;
        }

        turn.ChangedMatches[match.Id] = match;
        var name = Labels.Name(turn, me);
        turn.SayText(turn.T("interpreter.joined_you",
                ("first", Labels.Name(turn, match.NeighbourId)), ("second", Labels.Name(turn, match.NewcomerId))),
            Interpreting.InterpreterButtons(turn, match.Id));
        foreach (var sideId in match.Sides())
        {
            var side = turn.VoiceOf(sideId);
            turn.SayTo(sideId, side.Language, "interpreter.joined", PhrasesFlow.RelayButtons(turn, side, match), ("name", name));
        }
    }

    private static void Pass(Turn turn, Match match)
    {
        var me = turn.Inbound.UserId;
        turn.RemovePressedButtons();
        if (!match.InterpreterInvited.Remove(me))
        {
            turn.Say("input.old_button");
            return;
        }

        turn.ChangedMatches[match.Id] = match;
        turn.Say("interpreter.passed");
        if (match.InterpreterInvited.Count == 0 && match.InterpreterId == 0)
        {
            // Everyone invited said no: both sides hear it, and may ask again later.
            match.InterpreterWanted = false;
            TellSides(turn, match, "interpreter.none");
        }
    }

    /// <summary>The interpreter leaves (their button or /end), or a side goes on without them; all three are told.</summary>
    public static void Leave(Turn turn, Match match)
    {
        var me = turn.Inbound.UserId;
        var interpreter = match.InterpreterId;
        if (!match.EndInterpreting(me))
        {
            turn.RemovePressedButtons();
            turn.Say("input.old_button");
            return;
        }

        turn.ChangedMatches[match.Id] = match;
        if (me == interpreter)
        {
            turn.RemovePressedButtons();
            turn.Say("interpreter.left_you");
        }
        else
        {
            turn.SayTo(interpreter, turn.VoiceOf(interpreter).Language, "interpreter.sent_away", null, ("name", Labels.Name(turn, me)));
        }

        TellSides(turn, match, "interpreter.left", ("name", Labels.Name(turn, interpreter)));
    }

    private static void TellSides(Turn turn, Match match, string key, params (string Name, object? Value)[] args)
    {
        foreach (var sideId in match.Sides())
        {
            turn.SayTo(sideId, turn.VoiceOf(sideId).Language, key, null, args);
        }
    }
}

/// <summary>What an interpreter button does.</summary>
public enum InterpreterAction
{
    /// <summary>A side asks for an interpreter.</summary>
    Ask,

    /// <summary>The other side agrees.</summary>
    Yes,

    /// <summary>The other side would rather not.</summary>
    No,

    /// <summary>An invited person joins to translate.</summary>
    Join,

    /// <summary>An invited person cannot now.</summary>
    Pass,

    /// <summary>The interpreter leaves, or a side goes on without them.</summary>
    Leave,
}

/// <summary>"interpreter:ACTION:MATCH".</summary>
/// <param name="Action">What the button does.</param>
/// <param name="MatchId">The match (checked on press, with who pressed).</param>
public sealed record InterpreterButton(InterpreterAction Action, string MatchId) : IFlowButton<InterpreterButton>
{
    /// <inheritdoc />
    public static string Verb => "interpreter";

    /// <inheritdoc />
    public static IEnumerable<InterpreterButton> Samples => ActionOnId.Samples<InterpreterAction>().Select(sample => new InterpreterButton(sample.Action, sample.Id));

    /// <inheritdoc />
    public static InterpreterButton? TryDecode(string argument) => ActionOnId.TryDecode<InterpreterAction>(argument, out var action, out var id) ? new(action, id) : null;

    /// <inheritdoc />
    public string Encode() => ActionOnId.Encode(Action, MatchId);
}
