using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Conversations.Flows.Coordinators;
using Kiosk.Domain.Advice;

namespace Kiosk.Conversations.Flows.AdviceDesk;

/// <summary>What an "advice:..." button of the person who asks does.</summary>
public enum AdviceAction
{
    /// <summary>"topic:TOPIC": the topic of a new question.</summary>
    Topic,

    /// <summary>"skip": no question in their own words.</summary>
    Skip,

    /// <summary>"done:ID": ends the chat with the team about it.</summary>
    Done,

    /// <summary>"accept:ID": accepts the proposed appointment.</summary>
    Accept,

    /// <summary>"other:ID": asks for another time.</summary>
    Other,
}

/// <summary>An "advice:..." button: the action and the topic or the advice request's id.</summary>
/// <param name="Action">What it does.</param>
/// <param name="Value">The topic (topic), the request id (done, accept, other), empty for skip.</param>
public sealed record AdviceButton(AdviceAction Action, string Value = "") : IFlowButton<AdviceButton>
{
    /// <inheritdoc />
    public static string Verb => ButtonData.Advice;

    /// <inheritdoc />
    public static IEnumerable<AdviceButton> Samples =>
    [
        new(AdviceAction.Topic, AdviceRequest.Topics.MaxBy(topic => topic.Length)!), new(AdviceAction.Skip), new(AdviceAction.Done, "0123456789ab"),
        new(AdviceAction.Accept, "0123456789ab"), new(AdviceAction.Other, "0123456789ab"),
    ];

    /// <inheritdoc />
    public static AdviceButton? TryDecode(string argument) => argument.Split(':') switch
    {
        ["topic", var topic] when AdviceRequest.Topics.Contains(topic) => new(AdviceAction.Topic, topic),
        ["skip"] => new(AdviceAction.Skip),
        ["done", { Length: > 0 and <= 40 } id] => new(AdviceAction.Done, id),
        ["accept", { Length: > 0 and <= 40 } id] => new(AdviceAction.Accept, id),
        ["other", { Length: > 0 and <= 40 } id] => new(AdviceAction.Other, id),
        _ => null,
    };

    /// <inheritdoc />
    public string Encode() => Action == AdviceAction.Skip ? "skip" : $"{Action.ToString().ToLowerInvariant()}:{Value}";
}

/// <summary>The buttons of the person who asks the Smart cooperative (<see cref="Advising"/>, <see cref="AdviceChat"/>, <see cref="AdviceAppointments"/>).</summary>
public sealed class AdviceFlow : ButtonFlow<AdviceButton>
{
    /// <summary>The data of an "advice:..." button.</summary>
    public static string Data(AdviceAction action, string value = "") => FlowButton.Data(new AdviceButton(action, value));

    /// <inheritdoc />
    protected override void OnButton(Turn turn, AdviceButton button)
    {
        switch (button.Action)
        {
            case AdviceAction.Topic:
                turn.RemovePressedButtons();
                Flow.Enter(turn, new AskingAdvice { Topic = button.Value });
                Advising.AskQuestion(turn);
                break;
            case AdviceAction.Skip when turn.State.Active is AskingAdvice:
                turn.RemovePressedButtons();
                Advising.Skip(turn);
                break;
            case AdviceAction.Done:
                AdviceChat.EndAsPerson(turn, button.Value);
                break;
            case AdviceAction.Accept or AdviceAction.Other:
                AdviceAppointments.Answer(turn, button.Value, accept: button.Action == AdviceAction.Accept);
                break;
            default:
                turn.Say("input.old_button");
                break;
        }
    }
}
