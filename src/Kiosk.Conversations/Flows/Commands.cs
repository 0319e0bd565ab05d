using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Conversations.Flows.AdviceDesk;
using Kiosk.Conversations.Flows.Coordinators;
using Kiosk.Conversations.Flows.HelpRequests;
using Kiosk.Conversations.Flows.Offers;
using Kiosk.Conversations.Flows.Privacy;

namespace Kiosk.Conversations.Flows;

/// <summary>Slash commands; they work from any step.</summary>
public static class Commands
{
    /// <summary>The commands shown in Telegram's command menu, in this order.</summary>
    public static readonly IReadOnlyList<string> Public =
        ["start", "menu", "myoffers", "myrequests", "myreferences", "advice", "end", "report", "kiosk", "events", .. FlowRegistry.Commands, "mute", "unmute", "help", "language", "cancel", "privacy", "mydata", "delete"];

    /// <summary>Splits "/start@KioskBot ar_offer" into ("start", "ar_offer").</summary>
    public static (string Name, string Argument) Parse(string text)
    {
        var trimmed = text.Trim();
        var space = trimmed.IndexOfAny([' ', '\n', '\t']);
        var head = space < 0 ? trimmed[1..] : trimmed[1..space];
        var argument = space < 0 ? "" : trimmed[(space + 1)..].Trim();
        var at = head.IndexOf('@', StringComparison.Ordinal);
        return ((at < 0 ? head : head[..at]).ToLowerInvariant(), argument);
    }

    /// <summary>Runs a command.</summary>
    public static void Run(Turn turn, string name, string argument)
    {
        if (FlowRegistry.ForCommand(name) is { } flow)
        {
            if (flow.MayUse(turn))
            {
                flow.OnCommand(turn, name, argument);
            }
            else
            {
                turn.Say("privacy.needed");
                Onboarding.ShowPrivacyNotice(turn);
            }

            return;
        }

        // Reading commands keep a flow in progress; /cancel decides for itself.
        if (name is not ("help" or "privacy" or "mydata" or "cancel" or "end"))
        {
            Flow.LeaveOthers(turn);
        }

        if (CoordinatorCommands.IsOne(name))
        {
            ForCoordinators(turn, name, argument);
            return;
        }

        switch (name)
        {
            case "start":
                Start(turn, DeepLink.Parse(argument, turn.Localizer.Languages));
                break;
            case "menu" when turn.Member is not null:
                MainMenu.Show(turn);
                break;
            case "menu":
                turn.Say("privacy.needed");
                Onboarding.ShowPrivacyNotice(turn);
                break;
            case "myoffers" when turn.Member is not null:
                MyOffers.Show(turn);
                break;
            case "myrequests" when turn.Member is not null:
                MyRequests.Show(turn);
                break;
            case "end" when turn.Member is not null:
                // A coordinator's chat about advice is the flow /end ends; any other flow in progress is left.
                var ended = AdviceChat.TryEnd(turn);
                Flow.LeaveOthers(turn);
                if (!ended)
                {
                    Talking.End(turn);
                }

                break;
            case "advice" when turn.Member is not null:
                Advising.Start(turn);
                break;
            case "report" when turn.Member is not null:
                Talking.Report(turn, null);
                break;
            case "myreferences" when turn.Member is not null:
                References.Show(turn);
                break;
            case "mute" or "unmute" when turn.Member is not null:
                turn.Member.Muted = name == "mute";
                turn.Say(turn.Member.Muted ? "broadcast.muted" : "broadcast.unmuted");
                break;
            case "myoffers" or "myrequests" or "end" or "report" or "myreferences" or "mute" or "unmute" or "advice":
                turn.Say("privacy.needed");
                Onboarding.ShowPrivacyNotice(turn);
                break;
            case "kiosk" or "events":
                MainMenu.Choose(turn, name);
                break;
            case "help" when turn.IsCoordinator:
                turn.SayText(turn.T("help.text") + "\n\n" + turn.T("coordinator.help"), [[Wording.WordingFlow.StartButton(turn)]]);
                break;
            case "help":
                turn.SayText(turn.T("help.text"), turn.Member is null ? null : [[Wording.WordingFlow.StartButton(turn)]]);
                break;
            case "language":
                Onboarding.AskLanguage(turn);
                break;
            case "cancel":
                Cancel(turn);
                break;
            case "privacy":
                Privacy(turn);
                break;
            case "mydata":
                MyDataCommand.Send(turn);
                break;
            case "delete":
                DataDeletion.Ask(turn);
                break;
            default:
                // Only the command word is echoed, cut short: never a long text from the person.
                turn.Say("input.unknown_command", ("command", "/" + new string(name.Take(32).ToArray())));
                break;
        }
    }

    // Team commands: members only, and only for coordinators; everyone else is told so, nothing runs.
    private static void ForCoordinators(Turn turn, string name, string argument)
    {
        if (turn.Member is null)
        {
            turn.Say("privacy.needed");
            Onboarding.ShowPrivacyNotice(turn);
        }
        else if (!turn.IsCoordinator)
        {
            turn.Say("coordinator.only");
        }
        else
        {
            CoordinatorCommands.Run(turn, name, argument);
        }
    }

    private static void Start(Turn turn, DeepLink link)
    {
        if (turn.Member is null)
        {
            Onboarding.Start(turn, link);
            return;
        }

        if (link.Invite is { } invite)
        {
            Invites.Redeem(turn, invite);
        }
        else if (turn.IsCoordinator)
        {
            turn.ShowCoordinatorCommands();
            Moderation.TellWhatIsWaiting(turn);
        }

        if (link.Language is not null && link.Language != turn.Member.Language)
        {
            turn.Member.Language = link.Language;
            turn.State.Language = link.Language;
            turn.Say("language.changed");
        }

        MainMenu.Open(turn, link.Role);
    }

    private static void Cancel(Turn turn)
    {
        var busy = turn.State.Active is { } active && (FlowRegistry.For(active)?.IsLeftByCancel(active) ?? true);
        var welcoming = turn.State.Active is Welcoming;
        turn.State.Active = null;
        turn.Say(busy ? "cancel.done" : "cancel.nothing");
        if (turn.Member is not null)
        {
            MainMenu.Show(turn);
        }
        else if (!welcoming)
        {
            turn.ForgetChat = true;
        }
        else
        {
            Onboarding.ShowPrivacyNotice(turn);
        }
    }

    private static void Privacy(Turn turn)
    {
        if (turn.Member is null)
        {
            Onboarding.ShowPrivacyNotice(turn);
            return;
        }

        var date = turn.Member.PrivacyAcceptedAt.InZone(turn.Time.Zone).Date;
        var formatted = date.ToString("d", Localization.Localizer.Culture(turn.Language));
        turn.SayText(turn.T("privacy.notice") + "\n\n" + turn.T("privacy.accepted_on", ("date", formatted)),
            [[MainMenu.BackButton(turn)]]);
    }
}
