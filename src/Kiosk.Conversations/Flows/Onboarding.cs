using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Conversations.Flows.HelpRequests;
using Kiosk.Domain;

namespace Kiosk.Conversations.Flows;

/// <summary>First contact: greeting, language, privacy notice, then the main menu.</summary>
public static class Onboarding
{
    /// <summary>Starts (or restarts) onboarding; a deep link may pre-select language and role.</summary>
    public static void Start(Turn turn, DeepLink link)
    {
        var welcoming = Welcome(turn);
        (welcoming.PendingRole, welcoming.PendingInvite) = (link.Role, link.Invite);
        if (link.Language is not null)
        {
            turn.State.Language = link.Language;
        }

        turn.Say("onboarding.welcome", ("name", turn.Inbound.FirstName ?? ""));
        if (link.Language is null)
        {
            AskLanguage(turn);
        }
        else
        {
            ShowPrivacyNotice(turn);
        }
    }

    /// <summary>Asks for the language; the one a first message was written in, or else the one Telegram suggests, comes first.</summary>
    public static void AskLanguage(Turn turn)
    {
        Welcome(turn).Stage = WelcomeStage.ChoosingLanguage;
        // The language a first message was written in comes first; else the one Telegram suggests.
        var suggested = QuickMessage.WrittenLanguage(turn) ?? turn.Language;
        var ordered = turn.Localizer.Languages.OrderBy(code => code == suggested ? 0 : 1).ToList();
        var buttons = ordered.Chunk(2).Select(pair => pair.Select(code =>
            Button.Press(turn.Localizer.LanguageName(code), LanguageFlow.Data(code))));
        // A member can also suggest a better wording from here.
        turn.SayText(turn.T("onboarding.choose_language"), turn.Member is null ? buttons : [.. buttons, [Wording.WordingFlow.StartButton(turn)]]);
    }

    /// <summary>Handles a chosen language, during onboarding or later through /language.</summary>
    public static void ChooseLanguage(Turn turn, string language)
    {
        turn.RemovePressedButtons();
        turn.State.Language = language;
        if (turn.Member is null)
        {
            ShowPrivacyNotice(turn);
            return;
        }

        turn.Member.Language = language;
        turn.Say("language.changed");
        if (turn.IsCoordinator)
        {
            turn.ShowCoordinatorCommands();
        }

        MainMenu.Show(turn);
    }

    /// <summary>Shows the privacy notice with accept and decline buttons.</summary>
    public static void ShowPrivacyNotice(Turn turn)
    {
        Welcome(turn).Stage = WelcomeStage.AcceptingPrivacy;
        turn.SayText(turn.T("privacy.notice"),
        [
            [Button.Press(turn.T("privacy.accept"), PrivacyFlow.Data(accept: true))],
            [Button.Press(turn.T("privacy.decline"), PrivacyFlow.Data(accept: false))],
        ]);
    }

    // The chat's onboarding state, entered when it is not yet (a deep link's role and invite stay in it).
    private static Welcoming Welcome(Turn turn)
    {
        if (turn.State.Active is Welcoming welcoming)
        {
            return welcoming;
        }

        welcoming = new Welcoming();
        Flow.Enter(turn, welcoming);
        return welcoming;
    }

    /// <summary>Accepting creates the member; declining forgets the chat.</summary>
    public static void AnswerPrivacy(Turn turn, bool accepted)
    {
        turn.RemovePressedButtons();
        if (!accepted)
        {
            turn.Say("privacy.declined");
            turn.ForgetChat = true;
            return;
        }

        turn.Member = new Member
        {
            Id = turn.Inbound.UserId,
            FirstName = turn.Inbound.FirstName ?? "",
            Language = turn.Language,
            PrivacyAcceptedAt = turn.Time.Now,
        };
        turn.State.Language = turn.Member.Language;
        var welcoming = turn.State.Active as Welcoming;
        var role = welcoming?.PendingRole ?? MemberRole.None;
        Flow.Leave(turn);
        if (welcoming?.PendingInvite is { } invite)
        {
            Coordinators.Invites.Redeem(turn, invite);
        }
        else if (turn.IsCoordinator)
        {
            turn.ShowCoordinatorCommands();
            Coordinators.Moderation.TellWhatIsWaiting(turn);
        }

        if (role == MemberRole.None && turn.State.KeptMessage is not null)
        {
            QuickMessage.HandleKept(turn);
        }
        else
        {
            turn.State.KeptMessage = null;
            MainMenu.Open(turn, role);
        }
    }
}
