using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;

namespace Kiosk.Conversations.Flows;

/// <summary>"lang:CODE": a language chosen (during onboarding or after /language).</summary>
/// <param name="Code">The language code; checked against the catalogs by the flow.</param>
public sealed record LanguageButton(string Code) : IFlowButton<LanguageButton>
{
    /// <inheritdoc />
    public static string Verb => ButtonData.Language;

    /// <inheritdoc />
    public static IEnumerable<LanguageButton> Samples => [new("fa"), new("ti")];

    /// <inheritdoc />
    public static LanguageButton? TryDecode(string argument) =>
        argument.Length is >= 2 and <= 8 && argument.All(letter => char.IsAsciiLetterLower(letter) || letter == '-') ? new(argument) : null;

    /// <inheritdoc />
    public string Encode() => Code;
}

/// <summary>"privacy:yes" or "privacy:no" under the privacy notice.</summary>
/// <param name="Accept">True for "yes".</param>
public sealed record PrivacyButton(bool Accept) : IFlowButton<PrivacyButton>
{
    /// <inheritdoc />
    public static string Verb => ButtonData.Privacy;

    /// <inheritdoc />
    public static IEnumerable<PrivacyButton> Samples => [new(true), new(false)];

    /// <inheritdoc />
    public static PrivacyButton? TryDecode(string argument) => argument switch { "yes" => new(true), "no" => new(false), _ => null };

    /// <inheritdoc />
    public string Encode() => Accept ? "yes" : "no";
}

/// <summary>"menu:ENTRY": a main menu entry, or "back" to the menu.</summary>
/// <param name="Entry">The entry (<see cref="MainMenu.IsEntry"/>).</param>
public sealed record MenuButton(string Entry) : IFlowButton<MenuButton>
{
    /// <inheritdoc />
    public static string Verb => ButtonData.Menu;

    /// <inheritdoc />
    public static IEnumerable<MenuButton> Samples => [new("language"), new("back")];

    /// <inheritdoc />
    public static MenuButton? TryDecode(string argument) => MainMenu.IsEntry(argument) ? new(argument) : null;

    /// <inheritdoc />
    public string Encode() => Entry;
}

/// <summary>The language buttons (<see cref="Onboarding"/>); only while the language question is open.</summary>
public sealed class LanguageFlow : ButtonFlow<LanguageButton>
{
    /// <summary>The data of a language button.</summary>
    public static string Data(string code) => FlowButton.Data(new LanguageButton(code));

    /// <inheritdoc />
    public override bool MembersOnly => false;

    /// <inheritdoc />
    protected override void OnButton(Turn turn, LanguageButton button)
    {
        if (turn.Localizer.IsSupported(button.Code) && turn.State.Active is Welcoming { Stage: WelcomeStage.ChoosingLanguage })
        {
            Onboarding.ChooseLanguage(turn, button.Code);
            return;
        }

        turn.Say("input.old_button");
        Steps.Repeat(turn);
    }
}

/// <summary>Accept or decline under the privacy notice (<see cref="Onboarding"/>); only while it is open.</summary>
public sealed class PrivacyFlow : ButtonFlow<PrivacyButton>
{
    /// <summary>The data of the accept or decline button.</summary>
    public static string Data(bool accept) => FlowButton.Data(new PrivacyButton(accept));

    /// <inheritdoc />
    public override bool MembersOnly => false;

    /// <inheritdoc />
    protected override void OnButton(Turn turn, PrivacyButton button)
    {
        if (turn.State.Active is Welcoming { Stage: WelcomeStage.AcceptingPrivacy })
        {
            Onboarding.AnswerPrivacy(turn, button.Accept);
            return;
        }

        turn.Say("input.old_button");
        Steps.Repeat(turn);
    }
}

/// <summary>The main menu's buttons (<see cref="MainMenu"/>), also under other messages ("back", "new offer").</summary>
public sealed class MenuFlow : ButtonFlow<MenuButton>
{
    /// <summary>The data of a menu button.</summary>
    public static string Data(string entry) => FlowButton.Data(new MenuButton(entry));

    /// <inheritdoc />
    protected override void OnButton(Turn turn, MenuButton button) => MainMenu.Choose(turn, button.Entry);
}
