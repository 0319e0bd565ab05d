using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Flows.AdviceDesk;
using Kiosk.Conversations.Localization;
using Kiosk.Domain.Advice;

namespace Kiosk.Conversations.Flows.Coordinators;

/// <summary>
/// The coordinators' side of advice requests: a notice per new request, /queue, taking a request (once), and
/// the choice between answering through the bot and offering an appointment at the kiosk.
/// </summary>
public static class AdviceQueue
{
    /// <summary>The button area: "coord:adv:...".</summary>
    public const string Area = "adv";

    private const int Shown = 10;

    /// <summary>/queue: the oldest open requests, each with its question as written and a take button.</summary>
    public static void Show(Turn turn)
    {
        var open = turn.Directory.OpenAdvice();
        if (open.Count == 0)
        {
            turn.Say("advice.queue_empty");
            return;
        }

        turn.Say("advice.queue_title", ("count", open.Count));
        foreach (var request in open.Take(Shown))
        {
            turn.SayText(Describe(turn, request, "advice.queue_item"), [[Button.Press(turn.T("advice.take"), CoordinatorCommands.Data(Area, "take", request.Id))]]);
        }
    }

    /// <summary>"coord:adv:VERB:ID[:WHEN]" of a coordinator (the role is checked); the id is checked against storage.</summary>
    public static void OnButton(Turn turn, string[] parts)
    {
        var request = parts.Length >= 2 ? AdviceChat.Load(turn, parts[1]) : null;
        if (request is null)
        {
            turn.Say("input.old_button");
            return;
        }

        if (parts[0] == "take")
        {
            Take(turn, request);
            return;
        }

        if (!InHand(turn, request))
        {
            return;
        }

        switch (parts)
        {
            case ["relay", _]:
                turn.RemovePressedButtons();
                AdviceChat.Open(turn, request);
                break;
            case ["done", _] when request.RelayOpen:
                turn.RemovePressedButtons();
                AdviceChat.Close(turn, request);
                break;
            case ["close", _]:
                turn.RemovePressedButtons();
                Close(turn, request);
                break;
            case ["meet", _]:
                turn.RemovePressedButtons();
                AdviceAppointments.AskDay(turn, request);
                break;
            case ["day", _, var day]:
                AdviceAppointments.AskTime(turn, request, day);
                break;
            case ["at", _, var when]:
                AdviceAppointments.Propose(turn, request, when);
                break;
            default:
                turn.Say("advice.relay_closed");
                break;
        }
    }

    /// <summary>The request's topic, language, first name, age and question, as one text for the coordinator.</summary>
    public static string Describe(Turn turn, AdviceRequest request, string key)
    {
        var hours = (int)(turn.Time.Now - request.CreatedAt).TotalHours;
        var age = hours < 1 ? turn.T("advice.age_new") : hours < 48 ? turn.Localizer.Plural(turn.Language, "advice.age_hours", hours) : turn.Localizer.Plural(turn.Language, "advice.age_days", hours / 24);
        return turn.T(key, ("topic", turn.T($"advice.topic_{request.Topic}")), ("language", turn.Localizer.LanguageName(request.Language)),
            ("name", Labels.Name(turn, request.MemberId)), ("age", age),
            ("question", request.Question.Length > 0 ? Bidi.Isolate(request.Question) : turn.T("advice.no_question")));
    }

    // A duplicate or a question the kiosk cannot answer: closed, and the person is told kindly.
    private static void Close(Turn turn, AdviceRequest request)
    {
        (request.Status, request.RelayOpen) = (AdviceStatus.Closed, false);
        turn.Changes.AdviceRequests[request.Id] = request;
        if (AdviceDesk.AdviceChat.InHand(turn) == request.Id)
        {
            Engine.Units.Flow.Leave(turn);
        }

        var person = turn.VoiceOf(request.MemberId, request.Language);
        turn.SayTo(request.MemberId, person.Language, "advice.closed_person", null, ("topic", person.T($"advice.topic_{request.Topic}")));
        turn.Say("advice.closed_team", ("name", Labels.Name(turn, request.MemberId)));
    }

    // Only once: the first coordinator takes it; the next one is told who has it.
    /// <summary>From the desk: takes an open advice request; its next steps are in the coordinator's chat. False when it was not open.</summary>
    public static bool TakeFromDesk(Turn turn, string requestId)
    {
        if (AdviceChat.Load(turn, requestId) is not { } request)
        {
            turn.Say("input.old_button");
            return false;
        }

        var open = request.Status == AdviceStatus.Open;
        Take(turn, request);
        return open;
    }

    /// <summary>
    /// From the desk, before a written answer: takes the request (or finds it already in this coordinator's hand) and opens
    /// the chat through the bot, so the answer that follows goes to the person and their replies come to the coordinator's
    /// chat. False when someone else has it or it is closed.
    /// </summary>
    public static bool AnswerFromDesk(Turn turn, string requestId)
    {
        if (AdviceChat.Load(turn, requestId) is not { } request || request.Status is not (AdviceStatus.Open or AdviceStatus.Taken))
        {
            turn.Say("input.old_button");
            return false;
        }

        Claim(turn, request);
        if (!InHand(turn, request))
        {
            return false;
        }

        AdviceChat.Open(turn, request);
        return true;
    }

    private static void Take(Turn turn, AdviceRequest request)
    {
        var me = turn.Inbound.UserId;
        if (!Claim(turn, request) && request.CoordinatorId != me)
        {
            turn.Say("advice.already_taken", ("name", request.CoordinatorId is { } other ? Labels.Name(turn, other) : "🙂"));
            return;
        }

        if (InHand(turn, request))
        {
            turn.RemovePressedButtons();
            turn.SayText(Describe(turn, request, "advice.taken"),
            [
                [Button.Press(turn.T("advice.via_bot"), CoordinatorCommands.Data(Area, "relay", request.Id))],
                [Button.Press(turn.T("advice.appointment"), CoordinatorCommands.Data(Area, "meet", request.Id))],
                [Button.Press(turn.T("advice.close"), CoordinatorCommands.Data(Area, "close", request.Id))],
            ]);
        }
    }

    // An open request becomes the acting coordinator's; false when it was not open.
    private static bool Claim(Turn turn, AdviceRequest request)
    {
        if (request.Status != AdviceStatus.Open)
        {
            return false;
        }

        (request.Status, request.CoordinatorId, request.TakenAt) = (AdviceStatus.Taken, turn.Inbound.UserId, turn.Time.Now);
        turn.Changes.AdviceRequests[request.Id] = request;
        return true;
    }

    // The coordinator acts only on a request they took that is still being answered.
    private static bool InHand(Turn turn, AdviceRequest request)
    {
        if (request.CoordinatorId is null)
        {
            turn.Say("input.old_button");
            return false;
        }

        if (request.CoordinatorId != turn.Inbound.UserId)
        {
            turn.Say("advice.already_taken", ("name", request.CoordinatorId is { } other ? Labels.Name(turn, other) : "🙂"));
            return false;
        }

        if (request.Status != AdviceStatus.Taken)
        {
            turn.Say("advice.relay_closed");
            return false;
        }

        return true;
    }
}
