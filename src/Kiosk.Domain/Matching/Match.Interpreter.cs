using NodaTime;

namespace Kiosk.Domain.Matching;

/// <summary>
/// A third person who speaks both languages, in a chat through the bot whose two sides share none: one side asks, the
/// other agrees, the bot invites people who speak both, the first invited one who says yes joins. From then on they
/// read what either side writes (not what was written before) and what they write goes to both. Any of the three can
/// end it.
/// </summary>
public sealed partial class Match
{
    /// <summary>The side who asked for an interpreter and waits for the other side's yes (0 = nobody asked).</summary>
    public long InterpreterAskedBy { get; set; }

    /// <summary>Both sides agreed that someone may join to translate.</summary>
    public bool InterpreterWanted { get; set; }

    /// <summary>The people asked to join (only they can).</summary>
    public List<long> InterpreterInvited { get; set; } = [];

    /// <summary>Who translates in this chat now (0 = nobody).</summary>
    public long InterpreterId { get; set; }

    /// <summary>When they joined.</summary>
    public Instant? InterpreterJoinedAt { get; set; }

    /// <summary>True while messages pass through the bot (and an interpreter may be asked or take part).</summary>
    public bool IsTalking => RelayOpen && Status == MatchStatus.Accepted;

    /// <summary>
    /// A side asks for an interpreter: true when this is a new wish the other side must now agree to, or the answer
    /// to the other side's own wish (then both want one). False when nothing changes.
    /// </summary>
    public bool AskInterpreter(long by)
    {
        if (!Involves(by) || !IsTalking || InterpreterId != 0 || InterpreterWanted || InterpreterAskedBy == by)
        {
            return false;
        }

        if (InterpreterAskedBy == Other(by))
        {
            (InterpreterAskedBy, InterpreterWanted) = (0, true);
            return true;
        }

        InterpreterAskedBy = by;
        return true;
    }

    /// <summary>The other side answers the wish for an interpreter; false for the asker, anyone else or no open wish.</summary>
    public bool AnswerInterpreter(long by, bool yes)
    {
        if (InterpreterAskedBy == 0 || !Involves(by) || by == InterpreterAskedBy || !IsTalking)
        {
            return false;
        }

        (InterpreterAskedBy, InterpreterWanted) = (0, yes);
        return true;
    }

    /// <summary>Records who was invited to join; false unless both sides want an interpreter and nobody joined.</summary>
    public bool InviteInterpreters(IEnumerable<long> people)
    {
        if (!InterpreterWanted || InterpreterId != 0 || !IsTalking)
        {
            return false;
        }

        InterpreterInvited = [.. InterpreterInvited.Union(people.Where(id => !Involves(id)))];
        return true;
    }

    /// <summary>An invited person joins; false for anyone not invited, a chat that closed, or when someone joined first.</summary>
    public bool JoinAsInterpreter(long by, Instant now)
    {
        if (!InterpreterWanted || InterpreterId != 0 || !IsTalking || Involves(by) || !InterpreterInvited.Contains(by))
        {
            return false;
        }

        (InterpreterId, InterpreterJoinedAt, InterpreterInvited) = (by, now, []);
        return true;
    }

    /// <summary>
    /// The interpreter leaves, or either side goes on without them; false for anyone else or with nobody there.
    /// A new interpreter needs both sides' yes again.
    /// </summary>
    public bool EndInterpreting(long by)
    {
        if (InterpreterId == 0 || !(Involves(by) || by == InterpreterId))
        {
            return false;
        }

        (InterpreterId, InterpreterJoinedAt, InterpreterWanted, InterpreterAskedBy, InterpreterInvited) = (0, null, false, 0, []);
        return true;
    }

    /// <summary>The two sides: the neighbour and the newcomer.</summary>
    public long[] Sides() => [NeighbourId, NewcomerId];

    /// <summary>True when <paramref name="memberId"/> translates in this chat now.</summary>
    public bool Interprets(long memberId) => InterpreterId != 0 && InterpreterId == memberId && IsTalking;
}
