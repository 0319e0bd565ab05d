using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Conversations.Flows.Coordinators;
using Kiosk.Conversations.Flows.Privacy;
using Kiosk.Conversations.Localization;

namespace Kiosk.Conversations.Flows.Feedback;

/// <summary>
/// /feedback: anyone tells the kiosk team what they miss or what went wrong, in any language. Every coordinator gets
/// it in their own language's frame (with the writer's language and first name; the text as written, isolated) and
/// can answer through the bot; the writer gets the answer. Kept for Storage:RetentionDays, shown by /mydata, erased by /delete.
/// </summary>
public sealed class FeedbackFlow : Flow<FeedbackButton>
{
    /// <summary>Where feedback is stored.</summary>
    public static readonly StoredKind<FeedbackMessage> Kind = new("feedback",
        feedback => new { feedback.Id, feedback.Language, feedback.Text, CreatedAt = MyDataDocument.Iso(feedback.CreatedAt), Answered = feedback.AnsweredAt is not null });

    /// <inheritdoc />
    public override IReadOnlyList<string> Commands => ["feedback"];

    /// <inheritdoc />
    public override IReadOnlyList<StoredKind> Stores => [Kind];

    /// <inheritdoc />
    public override bool Owns(FlowState state) => state is WritingFeedback or AnsweringFeedback;

    /// <inheritdoc />
    public override void OnCommand(Turn turn, string command, string argument)
    {
        Enter(turn, new WritingFeedback());
        if (argument.Length > 0)
        {
            // "/feedback the map link is wrong": the feedback at once.
            OnText(turn, turn.State.Active!, argument);
            return;
        }

        turn.Say("feedback.ask");
    }

    /// <inheritdoc />
    public override void OnText(Turn turn, FlowState state, string text)
    {
        switch (state)
        {
            case WritingFeedback:
                Send(turn, text);
                break;
            case AnsweringFeedback answering:
                SendAnswer(turn, answering.FeedbackId, text);
                break;
        }
    }

    /// <inheritdoc />
    public override void Repeat(Turn turn, FlowState state) => turn.Say(state is AnsweringFeedback ? "feedback.answer_ask" : "feedback.ask");

    /// <inheritdoc />
    protected override void OnButton(Turn turn, FeedbackButton button)
    {
        if (!FlowAccess.IsTeam(turn))
        {
            turn.Say("coordinator.only");
            return;
        }

        if (turn.Directory.Record(Kind, button.FeedbackId) is not { } feedback || turn.Directory.Member(feedback.MemberId) is null)
        {
            turn.Say("input.old_button");
            return;
        }

        Enter(turn, new AnsweringFeedback { FeedbackId = feedback.Id });
        turn.Say("feedback.answer_ask");
    }

    private void Send(Turn turn, string text)
    {
        var member = turn.Member!;
        var feedback = new FeedbackMessage
        {
            Id = Ids.New(),
            MemberId = member.Id,
            Language = turn.Language,
            Text = WrittenText.Cut(text.Trim(), FeedbackMessage.MaxText - 1),
            CreatedAt = turn.Time.Now,
        };
        turn.Changes.Records.Add(feedback);
        Leave(turn);
        turn.Say("feedback.thanks");
        Moderation.TellTeam(turn,
            voice => voice.T("feedback.to_team", ("name", Labels.Name(turn, member.Id)), ("language", Labels.Spoken(voice, [feedback.Language])), ("text", Bidi.Isolate(feedback.Text))),
            voice => [[Button.Press(voice.T("feedback.answer_button"), Data(new FeedbackButton(FeedbackButton.Answer, feedback.Id)))]]);
        MainMenu.Show(turn);
    }

    private static void SendAnswer(Turn turn, string feedbackId, string text)
    {
        Leave(turn);
        if (turn.Directory.Record(Kind, feedbackId) is not { } feedback || turn.Directory.Member(feedback.MemberId) is not { } writer)
        {
            // The writer deleted their data meanwhile.
            turn.Say("feedback.gone");
            return;
        }

        feedback.AnsweredAt = turn.Time.Now;
        turn.Changes.Records.Add(feedback);
        var answer = WrittenText.Cut(text.Trim(), FeedbackMessage.MaxText - 1);
        turn.SayTo(writer.Id, writer.Language, "feedback.answer_to_writer", null, ("text", Bidi.Isolate(answer)));
        turn.Say("feedback.answer_sent", ("name", Labels.Name(turn, writer.Id)));
    }
}
