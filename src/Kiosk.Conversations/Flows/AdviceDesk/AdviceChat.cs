using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Conversations.Flows.Coordinators;
using Kiosk.Domain.Advice;

namespace Kiosk.Conversations.Flows.AdviceDesk;

/// <summary>
/// A coordinator answers an advice request through the bot. The relay state is explicit and never the match
/// relay's: the coordinator's chat is in <see cref="AnsweringAdvice"/> with the request's id, and
/// the person's side is the stored request with <see cref="AdviceRequest.RelayOpen"/>, which goes before a match chat.
/// </summary>
public static class AdviceChat
{
    private const int MaxRelayed = 3500;

    /// <summary>The advice request a coordinator has in hand (answering it or proposing a time), or null.</summary>
    public static string? InHand(Turn turn) => turn.State.Active switch
    {
        AnsweringAdvice answering => answering.AdviceId,
        ProposingAppointment proposing => proposing.AdviceId,
        _ => null,
    };

    /// <summary>"coord:adv:relay:ID": the coordinator's next texts go to the person.</summary>
    public static void Open(Turn turn, AdviceRequest request)
    {
        var wasOpen = request.RelayOpen;
        request.RelayOpen = true;
        turn.Changes.AdviceRequests[request.Id] = request;
        Flow.Enter(turn, new AnsweringAdvice { AdviceId = request.Id });
        turn.SayText(turn.T("advice.relay_open_team", ("name", Labels.Name(turn, request.MemberId)), ("language", turn.Localizer.LanguageName(request.Language))),
            [[Button.Press(turn.T("advice.done"), CoordinatorCommands.Data(AdviceQueue.Area, "done", request.Id))]]);
        if (!wasOpen)
        {
            var person = turn.VoiceOf(request.MemberId, request.Language);
            turn.SayTo(request.MemberId, person.Language, "advice.relay_open_person", [[Button.Press(person.T("advice.done"), AdviceFlow.Data(AdviceAction.Done, request.Id))]],
                ("name", CoordinatorName(turn)), ("topic", person.T($"advice.topic_{request.Topic}")));
        }
    }

    /// <summary>A coordinator's text while answering: passed on to the person, marked as the kiosk team's answer.</summary>
    public static void FromTeam(Turn turn, string adviceId, string text)
    {
        var request = Load(turn, adviceId);
        if (request is null || !turn.IsCoordinator || request.CoordinatorId != turn.Inbound.UserId || !request.RelayOpen || request.Status != AdviceStatus.Taken)
        {
            Flow.Leave(turn);
            turn.Say("advice.relay_closed");
            MainMenu.Show(turn);
            return;
        }

        var person = turn.VoiceOf(request.MemberId, request.Language);
        turn.SayTo(request.MemberId, person.Language, "advice.answer_from", [[Button.Press(person.T("advice.done"), AdviceFlow.Data(AdviceAction.Done, request.Id))]],
            ("name", CoordinatorName(turn)), ("text", Cut(text)));
    }

    /// <summary>True (and passed on to the coordinator) when the person has an open advice chat.</summary>
    public static bool TryFromPerson(Turn turn, string text)
    {
        if (OpenChatOf(turn) is not { CoordinatorId: { } coordinatorId } request)
        {
            return false;
        }

        var team = turn.VoiceOf(coordinatorId, Localization.Localizer.DefaultLanguage);
        turn.SayTo(coordinatorId, team.Language, "advice.reply_from",
            [[Button.Press(team.T("advice.reply"), CoordinatorCommands.Data(AdviceQueue.Area, "relay", request.Id)),
              Button.Press(team.T("advice.done"), CoordinatorCommands.Data(AdviceQueue.Area, "done", request.Id))]],
            ("name", Labels.Name(turn, request.MemberId)), ("topic", team.T($"advice.topic_{request.Topic}")), ("text", Cut(text)));
        if (HelpRequests.Talking.OpenChatOf(turn) is { } match)
        {
            // Both chats are open: say where the words went, and how to reach the other person again.
            turn.Say("relay.went_to_advice", ("name", Labels.Name(turn, match.Other(turn.Inbound.UserId))));
        }

        return true;
    }

    /// <summary>/end: closes the coordinator's advice chat in hand, else the person's open advice chat; false when there is none.</summary>
    public static bool TryEnd(Turn turn)
    {
        if (turn.State.Active is AnsweringAdvice answering && Load(turn, answering.AdviceId) is { RelayOpen: true } request
            && request.CoordinatorId == turn.Inbound.UserId)
        {
            Close(turn, request);
            return true;
        }

        if (turn.State.Active is AnsweringAdvice)
        {
            Flow.Leave(turn);
        }

        if (OpenChatOf(turn) is { } open)
        {
            Close(turn, open);
            return true;
        }

        return false;
    }

    /// <summary>"advice:done:ID" from the person who asked.</summary>
    public static void EndAsPerson(Turn turn, string id)
    {
        if (Load(turn, id) is not { } request || request.MemberId != turn.Inbound.UserId || !request.RelayOpen)
        {
            turn.Say("advice.relay_closed");
            return;
        }

        turn.RemovePressedButtons();
        Close(turn, request);
    }

    /// <summary>Ends the chat: the request is answered, both sides are told.</summary>
    public static void Close(Turn turn, AdviceRequest request)
    {
        request.RelayOpen = false;
        request.Status = AdviceStatus.Answered;
        turn.Changes.AdviceRequests[request.Id] = request;
        if (InHand(turn) == request.Id)
        {
            Flow.Leave(turn);
        }

        var person = turn.VoiceOf(request.MemberId, request.Language);
        var personText = person.T("advice.ended_person", ("topic", person.T($"advice.topic_{request.Topic}")));
        if (request.CoordinatorId is { } coordinatorId)
        {
            var team = turn.VoiceOf(coordinatorId, Localization.Localizer.DefaultLanguage);
            turn.SayTextTo(coordinatorId, team.T("advice.ended_team", ("name", Labels.Name(turn, request.MemberId))));
        }

        turn.SayTextTo(request.MemberId, personText);
    }

    /// <summary>The request as changed in this turn, else as stored.</summary>
    public static AdviceRequest? Load(Turn turn, string id) =>
        turn.Changes.AdviceRequests.TryGetValue(id, out var changed) ? changed : turn.Directory.Advice(id);

    /// <summary>The acting coordinator's first name, as the person sees it.</summary>
    public static string CoordinatorName(Turn turn) => WrittenText.CleanName(turn.Member?.FirstName) is { Length: > 0 } name ? name : "🙂";

    // The person's most recently taken request whose chat through the bot is open.
    private static AdviceRequest? OpenChatOf(Turn turn) =>
        turn.Directory.AdviceOf(turn.Inbound.UserId)
            .Select(request => Load(turn, request.Id) ?? request)
            .Where(request => request.RelayOpen && request.Status == AdviceStatus.Taken && request.CoordinatorId is not null)
            .OrderByDescending(request => request.TakenAt)
            .FirstOrDefault();

    private static string Cut(string text) => WrittenText.Cut(text, MaxRelayed);
}
