using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Conversations.Flows.HelpRequests;
using Kiosk.Domain;

namespace Kiosk.Conversations.Flows;

/// <summary>Where first contact (or /language) is.</summary>
public enum WelcomeStage
{
    /// <summary>The language buttons are shown.</summary>
    ChoosingLanguage,

    /// <summary>The privacy notice waits for accept or decline.</summary>
    AcceptingPrivacy,
}

/// <summary>First contact before the privacy notice is accepted, or a member choosing another language.</summary>
public sealed class Welcoming : FlowState
{
    /// <summary>The question shown.</summary>
    public WelcomeStage Stage { get; set; }

    /// <summary>A role pre-selected by a deep link, used right after the notice is accepted.</summary>
    public MemberRole PendingRole { get; set; }

    /// <summary>A coordinator invite code from a deep link, used right after the notice is accepted.</summary>
    public string? PendingInvite { get; set; }
}

/// <summary>Greeting, language and privacy notice (<see cref="Onboarding"/>); its buttons are the older "lang:xx" and "privacy:yes|no".</summary>
public sealed class OnboardingFlow : Flow
{
    /// <inheritdoc />
    public override string Name => "onboarding";

    /// <inheritdoc />
    public override bool MembersOnly => false;

    /// <inheritdoc />
    public override bool MakesButtons => false;

    /// <inheritdoc />
    public override bool Owns(FlowState state) => state is Welcoming;

    /// <inheritdoc />
    public override bool IsLeftByCancel(FlowState state) => state is Welcoming { Stage: WelcomeStage.ChoosingLanguage };

    /// <inheritdoc />
    public override bool Continues(FlowState state, ButtonData button) => button.Verb is ButtonData.Language or ButtonData.Privacy;

    /// <inheritdoc />
    public override void OnText(Turn turn, FlowState state, string text)
    {
        switch (((Welcoming)state).Stage)
        {
            case WelcomeStage.ChoosingLanguage when LanguageByName(turn, text) is { } language:
                Onboarding.ChooseLanguage(turn, language);
                break;
            case WelcomeStage.ChoosingLanguage when turn.Member is null:
                QuickMessage.Keep(turn, text);
                turn.Say("onboarding.message_kept");
                Onboarding.AskLanguage(turn);
                break;
            case WelcomeStage.ChoosingLanguage:
                turn.Say("input.not_understood");
                Onboarding.AskLanguage(turn);
                break;
            default:
                QuickMessage.Keep(turn, text);
                turn.Say(turn.State.KeptMessage is null ? "privacy.needed" : "onboarding.message_kept");
                Onboarding.ShowPrivacyNotice(turn);
                break;
        }
    }

    /// <inheritdoc />
    public override void Repeat(Turn turn, FlowState state)
    {
        if (((Welcoming)state).Stage == WelcomeStage.ChoosingLanguage)
        {
            Onboarding.AskLanguage(turn);
        }
        else
        {
            Onboarding.ShowPrivacyNotice(turn);
        }
    }

    // "English", "deutsch", "العربية" or "ar" typed instead of pressing a button.
    private static string? LanguageByName(Turn turn, string text)
    {
        var typed = text.Trim().ToLowerInvariant();
        return turn.Localizer.Languages.FirstOrDefault(code =>
            code == typed || turn.Localizer.LanguageName(code).ToLowerInvariant() == typed);
    }
}
