namespace Kiosk.Conversations.Engine.Units;

/// <summary>
/// Where a flow is in one chat: its own typed state, one at a time per chat (<see cref="ChatState.Active"/>), stored
/// by LiteDB with its type. Holds ids and drafts only, never another person's data.
/// </summary>
public abstract class FlowState
{
}

/// <summary>
/// A conversation as one unit: the commands and buttons it owns, what it does with text while its state is the chat's,
/// how it asks its question again, whether <c>/cancel</c> leaves it, its texts' key prefix (<see cref="Name"/>), and
/// the records it stores with their privacy policy. Registered once in <see cref="FlowRegistry"/>; the engine's
/// routers find it there.
/// </summary>
public abstract class Flow
{
    /// <summary>The flow's name: its button verb ("feedback:..."), and the prefix of its catalog keys ("feedback.ask").</summary>
    public abstract string Name { get; }

    /// <summary>The slash commands it owns (shown in everyone's command menu, described by "commands.NAME").</summary>
    public virtual IReadOnlyList<string> Commands => [];

    /// <summary>True when only members (who accepted the privacy notice) may use it.</summary>
    public virtual bool MembersOnly => true;

    /// <summary>True when <c>/cancel</c> abandons the flow's state ("cancelled"); false when there is nothing to cancel.</summary>
    public virtual bool LeftByCancel => true;

    /// <summary>True when <c>/cancel</c> abandons <paramref name="state"/>; by default <see cref="LeftByCancel"/>.</summary>
    public virtual bool IsLeftByCancel(FlowState state) => LeftByCancel;

    /// <summary>True for the team's tools: its commands are in coordinators' menus only (the flow still checks who calls).</summary>
    public virtual bool TeamOnly => false;

    /// <summary>The kinds of records it stores, each with what /mydata shows, what /delete erases, what retention removes.</summary>
    public virtual IReadOnlyList<StoredKind> Stores => [];

    /// <summary>True when <paramref name="state"/> is one of this flow's states.</summary>
    public abstract bool Owns(FlowState state);

    /// <summary>One of its commands.</summary>
    public virtual void OnCommand(Turn turn, string command, string argument)
    {
    }

    /// <summary>Free text while the chat is in one of its states.</summary>
    public virtual void OnText(Turn turn, FlowState state, string text) => Repeat(turn, state);

    /// <summary>One of its buttons: the part after "NAME:", untrusted until decoded.</summary>
    public virtual void OnButton(Turn turn, string argument) => turn.Say("input.old_button");

    /// <summary>Asks the question of <paramref name="state"/> again.</summary>
    public virtual void Repeat(Turn turn, FlowState state)
    {
    }

    /// <summary>Every kind of button the flow makes, as data, with whether it decodes to what was encoded (for the round-trip test).</summary>
    public virtual IEnumerable<(string Data, bool RoundTrips)> ButtonSamples() => [];

    /// <summary>False for a flow that makes no buttons of its own (it waits for text only); the round-trip test holds the others to their samples.</summary>
    public virtual bool MakesButtons => true;

    /// <summary>
    /// True when another flow's button (<paramref name="button"/>) continues this flow's state instead of leaving it:
    /// "match:nocomment:ID" under the question for a comment, an appointment's day buttons.
    /// </summary>
    public virtual bool Continues(FlowState state, ButtonData button) => false;

    /// <summary>Makes <paramref name="state"/> the chat's state, in place of any flow in progress.</summary>
    public static void Enter(Turn turn, FlowState state) => turn.State.Active = state;

    /// <summary>Leaves the flow: the chat has no active flow any more.</summary>
    public static void Leave(Turn turn) => turn.State.Active = null;

    /// <summary>
    /// Something else was started (another command, another flow's button): the flow in progress is left, because its
    /// question would otherwise take the next text. <paramref name="starting"/> keeps its own state.
    /// </summary>
    public static void LeaveOthers(Turn turn, Flow? starting = null, ButtonData? button = null)
    {
        if (turn.State.Active is { } active && starting?.Owns(active) != true
            && !(button is { } pressed && FlowRegistry.For(active)?.Continues(active, pressed) == true))
        {
            turn.State.Active = null;
        }
    }
}

/// <summary>A flow whose buttons are one typed record (<typeparamref name="TButton"/>), encoded as "NAME:..." within 64 bytes.</summary>
public abstract class Flow<TButton> : Flow where TButton : IFlowButton<TButton>
{
    /// <inheritdoc />
    public override string Name => TButton.Verb;

    /// <inheritdoc />
    public sealed override void OnButton(Turn turn, string argument)
    {
        if (TButton.TryDecode(argument) is { } button)
        {
            OnButton(turn, button);
        }
        else
        {
            turn.Say("input.old_button");
        }
    }

    /// <summary>A decoded button (its ids still to be checked against what is stored).</summary>
    protected abstract void OnButton(Turn turn, TButton button);

    /// <summary>The data of <paramref name="button"/> as sent to Telegram.</summary>
    protected static string Data(TButton button) => FlowButton.Data(button);

    /// <inheritdoc />
    public override IEnumerable<(string Data, bool RoundTrips)> ButtonSamples() =>
        TButton.Samples.Select(sample => (Data(sample), TButton.TryDecode(sample.Encode()) is { } back && back.Equals(sample)));
}

/// <summary>A flow that owns buttons only (no state of its own): the buttons under cards and messages of older flows.</summary>
public abstract class ButtonFlow<TButton> : Flow<TButton> where TButton : IFlowButton<TButton>
{
    /// <inheritdoc />
    public sealed override bool Owns(FlowState state) => false;
}

/// <summary>Button data from a typed record.</summary>
public static class FlowButton
{
    /// <summary>"VERB:..." as sent to Telegram.</summary>
    public static string Data<TButton>(TButton button) where TButton : IFlowButton<TButton> => $"{TButton.Verb}:{button.Encode()}";

    /// <summary>The pressed button as <typeparamref name="TButton"/>, or null when it is another flow's or not one the bot made.</summary>
    public static TButton? Decode<TButton>(ButtonData button) where TButton : class, IFlowButton<TButton> =>
        button.Verb == TButton.Verb ? TButton.TryDecode(button.Argument) : null;
}

/// <summary>A flow's button data as a typed record.</summary>
/// <typeparam name="TSelf">The record.</typeparam>
public interface IFlowButton<TSelf> : IEquatable<TSelf> where TSelf : IFlowButton<TSelf>
{
    /// <summary>The verb before the first colon: the name of the flow that owns the button.</summary>
    static abstract string Verb { get; }

    /// <summary>The largest button of each kind (longest ids), for the round-trip and 64-byte test.</summary>
    static abstract IEnumerable<TSelf> Samples { get; }

    /// <summary>Reads the part after "NAME:"; null for anything the flow did not make.</summary>
    static abstract TSelf? TryDecode(string argument);

    /// <summary>The part after "NAME:".</summary>
    string Encode();
}

/// <summary>Who may use a flow, for the routers.</summary>
public static class FlowAccess
{
    /// <summary>True when the turn's person may use <paramref name="flow"/>.</summary>
    public static bool MayUse(this Flow flow, Turn turn) => !flow.MembersOnly || turn.Member is not null;

    /// <summary>True when the member is on the kiosk team (a flow's team-only buttons check it).</summary>
    public static bool IsTeam(Turn turn) => turn.Member is not null && turn.IsCoordinator;
}
