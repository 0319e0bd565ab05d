using Kiosk.Domain.Matching;
using NodaTime;

namespace Kiosk.Domain.Tests.Matching;

/// <summary>The rules of a third person translating in a chat through the bot (<see cref="Match"/>).</summary>
public sealed class InterpreterRulesTests
{
    private const long Neighbour = 1;
    private const long Newcomer = 2;
    private const long Karim = 3;
    private const long Stranger = 4;
    private static readonly Instant Now = Instant.FromUtc(2026, 12, 2, 10, 0);

    private static Match Talking() => new() { Id = "m", NeighbourId = Neighbour, NewcomerId = Newcomer, Status = MatchStatus.Accepted, RelayOpen = true };

    [Fact]
    public void Nobody_can_join_before_both_sides_agreed()
    {
        var match = Talking();
        Assert.True(match.AskInterpreter(Neighbour));
        Assert.False(match.InviteInterpreters([Karim]));
        Assert.False(match.AnswerInterpreter(Neighbour, yes: true));
        Assert.False(match.AnswerInterpreter(Stranger, yes: true));
        Assert.False(match.JoinAsInterpreter(Karim, Now));

        Assert.True(match.AnswerInterpreter(Newcomer, yes: true));
        Assert.True(match.InviteInterpreters([Karim, Neighbour]));
        Assert.Equal([Karim], match.InterpreterInvited);
        Assert.False(match.JoinAsInterpreter(Stranger, Now));
        Assert.True(match.JoinAsInterpreter(Karim, Now));
        Assert.True(match.Interprets(Karim));
    }

    [Fact]
    public void Both_asking_counts_as_both_agreeing()
    {
        var match = Talking();
        Assert.True(match.AskInterpreter(Newcomer));
        Assert.False(match.AskInterpreter(Newcomer));
        Assert.True(match.AskInterpreter(Neighbour));
        Assert.True(match.InterpreterWanted);
    }

    [Fact]
    public void No_ends_the_wish_and_a_stranger_cannot_ask()
    {
        var match = Talking();
        Assert.False(match.AskInterpreter(Stranger));
        match.AskInterpreter(Neighbour);
        Assert.True(match.AnswerInterpreter(Newcomer, yes: false));
        Assert.False(match.InterpreterWanted);
        Assert.Equal(0, match.InterpreterAskedBy);
    }

    [Theory]
    [InlineData(Neighbour)]
    [InlineData(Newcomer)]
    [InlineData(Karim)]
    public void Any_of_the_three_ends_the_interpreting_and_a_new_one_needs_both_yes_again(long by)
    {
        var match = Talking();
        match.AskInterpreter(Neighbour);
        match.AnswerInterpreter(Newcomer, yes: true);
        match.InviteInterpreters([Karim]);
        match.JoinAsInterpreter(Karim, Now);

        Assert.False(match.EndInterpreting(Stranger));
        Assert.True(match.EndInterpreting(by));

        Assert.False(match.Interprets(Karim));
        Assert.False(match.InterpreterWanted);
        Assert.False(match.InviteInterpreters([Karim]));
    }

    [Fact]
    public void A_closed_chat_has_no_interpreter_reading_along()
    {
        var match = Talking();
        match.AskInterpreter(Neighbour);
        match.AnswerInterpreter(Newcomer, yes: true);
        match.InviteInterpreters([Karim]);
        match.JoinAsInterpreter(Karim, Now);

        match.EndChat(Newcomer);

        Assert.False(match.Interprets(Karim));
        Assert.False(match.AskInterpreter(Neighbour));
    }
}
