using Kiosk.Conversations.Engine.Units;
using NodaTime;

namespace Kiosk.Conversations.Flows.Feedback;

/// <summary>What someone told the kiosk team with /feedback, in their own words and language, and the team's answer.</summary>
public sealed class FeedbackMessage : IStoredRecord
{
    /// <summary>How long a feedback text may be; longer ones are cut.</summary>
    public const int MaxText = 2000;

    /// <inheritdoc />
    public string Id { get; set; } = "";

    /// <inheritdoc />
    public long MemberId { get; set; }

    /// <summary>The writer's language when they wrote it.</summary>
    public string Language { get; set; } = "";

    /// <summary>The text as written (cut at <see cref="MaxText"/>).</summary>
    public string Text { get; set; } = "";

    /// <inheritdoc />
    public Instant CreatedAt { get; set; }

    /// <summary>When a coordinator answered, if one did.</summary>
    public Instant? AnsweredAt { get; set; }
}

/// <summary>The writer is asked for their feedback; the next text is it.</summary>
public sealed class WritingFeedback : FlowState
{
}

/// <summary>A coordinator answers one feedback; the next text goes to its writer.</summary>
public sealed class AnsweringFeedback : FlowState
{
    /// <summary>The feedback being answered.</summary>
    public string FeedbackId { get; set; } = "";
}

/// <summary>The flow's buttons: "feedback:answer:ID" (team only).</summary>
/// <param name="Action">"answer".</param>
/// <param name="FeedbackId">The feedback.</param>
public sealed record FeedbackButton(string Action, string FeedbackId) : IFlowButton<FeedbackButton>
{
    /// <inheritdoc />
    public static string Verb => "feedback";

    /// <summary>A coordinator answers.</summary>
    public const string Answer = "answer";

    /// <inheritdoc />
    public static IEnumerable<FeedbackButton> Samples => [new(Answer, new string('f', 32))];

    /// <inheritdoc />
    public static FeedbackButton? TryDecode(string argument) => argument.Split(':') switch
    {
        [Answer, var id] when id.Length is > 0 and <= 32 && id.All(char.IsAsciiLetterOrDigit) => new(Answer, id),
        _ => null,
    };

    /// <inheritdoc />
    public string Encode() => $"{Action}:{FeedbackId}";
}
