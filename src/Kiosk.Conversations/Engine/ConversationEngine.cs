using Kiosk.Conversations.Flows;
using Kiosk.Conversations.Flows.AtTheKiosk;
using Kiosk.Conversations.Flows.HelpRequests;
using Kiosk.Conversations.Flows.Privacy;
using Kiosk.Conversations.Localization;
using Kiosk.Conversations.Understanding;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kiosk.Conversations.Engine;

/// <summary>
/// Runs one turn: takes what a person did and the chat's conversation, returns the new state and the
/// replies. Pure: no I/O, so the caller can commit the result in one transaction.
/// </summary>
public sealed class ConversationEngine(
    Localizer localizer, KioskTime time, KioskRecognizers recognizers, IOptions<KioskOptions> options, BotIdentity bot, ILogger<ConversationEngine> logger)
{
    /// <summary>Handles one inbound against the chat's conversation.</summary>
    public TurnResult Handle(Inbound inbound, Conversation conversation)
    {
        if (!inbound.IsPrivateChat)
        {
            return InGroup(inbound, conversation);
        }

        var state = conversation.State ?? new ChatState { ChatId = inbound.ChatId };
        var turn = new Turn(inbound, state, conversation.Member, localizer, time, recognizers)
        {
            Offers = [.. conversation.Offers],
            Requests = [.. conversation.Requests],
            Directory = conversation.Directory,
            Options = options.Value,
            BotUsername = bot.Username,
        };
        if (turn.Member is { Unreachable: true })
        {
            turn.Member.Unreachable = false;
        }

        if (turn.Member is { Banned: true } && !MayStillAct(inbound))
        {
            // Paused by the kiosk team: one short answer, nothing else runs, except seeing, getting and deleting one's data.
            turn.AnswerButton();
            turn.Say("moderation.banned_answer");
            turn.MatchTeamMenuToRole();
            return turn.Result();
        }

        switch (inbound.Kind)
        {
            case InboundKind.Text when inbound.Text is { } text && text.StartsWith('/'):
                var (name, argument) = Commands.Parse(text);
                Commands.Run(turn, name, argument);
                break;
            case InboundKind.Text:
                Steps.OnText(turn, inbound.Text ?? "");
                break;
            case InboundKind.Button:
                turn.AnswerButton();
                OnButton(turn);
                break;
            case InboundKind.Location:
                Steps.OnLocation(turn);
                break;
            case InboundKind.Media:
                Steps.OnMedia(turn);
                break;
            default:
                logger.LogDebug("Chat {ChatId} sent unsupported input {Kind}", inbound.ChatId, inbound.Kind);
                turn.Say("input.unsupported");
                Steps.Repeat(turn);
                break;
        }

        turn.MatchTeamMenuToRole();
        return turn.Result();
    }

    /// <summary>Runs a due scheduled step as a turn of the system (nobody acted); only its messages and matches count.</summary>
    public TurnResult RunStep(Domain.Matching.ScheduledStep step, IKioskDirectory directory)
    {
        var system = new Inbound { UpdateId = 0, ChatId = 0, UserId = 0, Kind = InboundKind.Text };
        var turn = new Turn(system, new ChatState(), null, localizer, time, recognizers) { Directory = directory, Options = options.Value, BotUsername = bot.Username };
        if (step.Kind == Domain.Matching.StepKind.EventReminder)
        {
            KioskEvents.Remind(turn, step);
        }
        else if (step.Kind == Domain.Matching.StepKind.TeamReminder)
        {
            Flows.Coordinators.Moderation.Remind(turn, step);
        }
        else
        {
            FollowUp.Run(turn, step);
        }

        return turn.Result();
    }

    // A banned person keeps the rights every person has here: to read the privacy notice and delete their data.
    private static bool MayStillAct(Inbound inbound) =>
        inbound.Kind == InboundKind.Text && inbound.Text is { } text && text.StartsWith('/') && Commands.Parse(text).Name is "privacy" or "mydata" or "delete"
        || inbound.Kind == InboundKind.Button && inbound.ButtonData is { } data
            && (data == Units.FlowButton.Data(new DeletionButton(Yes: true)) || data == Units.FlowButton.Data(new DeletionButton(Yes: false)));

    private void OnButton(Turn turn)
    {
        if (!ButtonData.TryParse(turn.Inbound.ButtonData, out var button))
        {
            logger.LogInformation("Chat {ChatId} pressed a button with unknown data", turn.Inbound.ChatId);
            turn.Say("input.not_understood");
            Steps.Repeat(turn);
            return;
        }

        Steps.OnButton(turn, button);
    }

    /// <summary>
    /// The answer to an update that is not handled (its turn failed, or the person writes too fast): the text of
    /// <paramref name="key"/> in the person's language, and nothing of their conversation changes. In a group, only a
    /// pressed button is answered.
    /// </summary>
    public TurnResult Unhandled(Inbound inbound, Conversation conversation, string key)
    {
        var messages = new List<Outbound>();
        if (inbound.CallbackQueryId is { } callbackId)
        {
            messages.Add(new Outbound { ChatId = inbound.ChatId, Kind = OutboundKind.AnswerButton, CallbackQueryId = callbackId });
        }

        if (inbound.IsPrivateChat)
        {
            var language = conversation.Member?.Language ?? conversation.State?.Language ?? localizer.Resolve(inbound.LanguageCode);
            messages.Add(new Outbound { ChatId = inbound.ChatId, Kind = OutboundKind.Message, Text = localizer.Text(language, key) });
        }

        return new TurnResult(conversation.State, conversation.Member, messages) { Offers = conversation.Offers, Requests = conversation.Requests };
    }

    private TurnResult InGroup(Inbound inbound, Conversation conversation)
    {
        // The bot works in private chats only; in a group it answers commands and ignores everything else.
        var messages = new List<Outbound>();
        if (inbound.Kind == InboundKind.Text && inbound.Text?.StartsWith('/') == true)
        {
            var language = localizer.Resolve(inbound.LanguageCode);
            messages.Add(new Outbound
            {
                ChatId = inbound.ChatId,
                Kind = OutboundKind.Message,
                Text = localizer.Text(language, "input.group_only_private"),
            });
        }
        else if (inbound.CallbackQueryId is { } callbackId)
        {
            messages.Add(new Outbound { ChatId = inbound.ChatId, Kind = OutboundKind.AnswerButton, CallbackQueryId = callbackId });
        }

        return new TurnResult(conversation.State, conversation.Member, messages) { Offers = conversation.Offers, Requests = conversation.Requests };
    }
}
