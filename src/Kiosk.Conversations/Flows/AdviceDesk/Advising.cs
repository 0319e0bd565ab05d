using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Conversations.Flows.Coordinators;
using Kiosk.Domain.Advice;

namespace Kiosk.Conversations.Flows.AdviceDesk;

/// <summary>
/// /advice: a member asks the Smart cooperative about invoicing, insurance, freelancing or pricing. The question
/// goes to the coordinators' queue; the answer comes through the bot or as an appointment at the kiosk.
/// </summary>
public static class Advising
{
    /// <summary>Shows the topics, unless the person already has too many questions waiting.</summary>
    public static void Start(Turn turn)
    {
        if (Waiting(turn) >= AdviceRequest.MaxOpenPerPerson)
        {
            turn.SayText(turn.T("advice.limit", ("count", AdviceRequest.MaxOpenPerPerson)), [[MainMenu.BackButton(turn)]]);
            return;
        }

        turn.SayText(turn.T("advice.ask_topic"), AdviceRequest.Topics
            .Select(topic => new[] { Button.Press(turn.T($"advice.topic_{topic}"), AdviceFlow.Data(AdviceAction.Topic, topic)) })
            .Append([MainMenu.BackButton(turn)]));
    }

    /// <summary>"Skip": the question without words of the person's own.</summary>
    public static void Skip(Turn turn) => Save(turn, "");

    /// <summary>Asks for the question in the person's own words, with a skip button.</summary>
    public static void AskQuestion(Turn turn) =>
        turn.SayText(turn.T("advice.ask_question", ("max", AdviceRequest.MaxQuestionLength)), [[Button.Press(turn.T("advice.skip"), AdviceFlow.Data(AdviceAction.Skip))]]);

    /// <summary>The question in the person's own words.</summary>
    public static void Question(Turn turn, string text)
    {
        var question = text.Trim();
        if (question.Length > AdviceRequest.MaxQuestionLength)
        {
            turn.Say("advice.too_long", ("max", AdviceRequest.MaxQuestionLength));
            return;
        }

        Save(turn, question);
    }

    private static void Save(Turn turn, string question)
    {
        var topic = (turn.State.Active as AskingAdvice)?.Topic;
        Flow.Leave(turn);
        if (topic is null || !AdviceRequest.Topics.Contains(topic) || turn.Member is null)
        {
            MainMenu.Show(turn);
            return;
        }

        // Checked again: the topic buttons may have been shown before other questions were sent.
        if (Waiting(turn) >= AdviceRequest.MaxOpenPerPerson)
        {
            turn.SayText(turn.T("advice.limit", ("count", AdviceRequest.MaxOpenPerPerson)), [[MainMenu.BackButton(turn)]]);
            return;
        }

        var request = new AdviceRequest
        {
            Id = Ids.New(), MemberId = turn.Member.Id, Topic = topic, Language = turn.Language, Question = question, CreatedAt = turn.Time.Now,
        };
        turn.Changes.AdviceRequests[request.Id] = request;
        turn.SayText(turn.T("advice.sent"), [[MainMenu.BackButton(turn)]]);
        Notify(turn, request);
        Coordinators.Moderation.RemindLater(turn, $"advice:{request.Id}");
    }

    // Tells every coordinator (configured or invited) about a new request, in their language, with a take button.
    private static void Notify(Turn turn, AdviceRequest request)
    {
        var coordinators = Coordinators.Moderation.Team(turn).Where(id => id != request.MemberId);
        foreach (var id in coordinators)
        {
            var team = turn.VoiceOf(id, Localization.Localizer.DefaultLanguage);
            turn.SayTextTo(id, team.T("advice.new_for_team", ("topic", team.T($"advice.topic_{request.Topic}")),
                ("language", turn.Localizer.LanguageName(request.Language)), ("name", turn.Member?.FirstName ?? "🙂")),
                [[Button.Press(team.T("advice.take"), CoordinatorCommands.Data(AdviceQueue.Area, "take", request.Id))]]);
        }
    }

    // Unanswered requests of the person, as stored and as changed in this turn.
    private static int Waiting(Turn turn) =>
        turn.Directory.AdviceOf(turn.Inbound.UserId).Count(request => request.IsUnanswered && !turn.Changes.AdviceRequests.ContainsKey(request.Id))
        + turn.Changes.AdviceRequests.Values.Count(request => request.MemberId == turn.Inbound.UserId && request.IsUnanswered);
}
