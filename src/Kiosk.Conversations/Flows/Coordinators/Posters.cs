using Kiosk.Conversations.Engine;

namespace Kiosk.Conversations.Flows.Coordinators;

/// <summary>/poster: a QR code of a deep link in one language and for one role, with a caption in that language, for printing.</summary>
public static class Posters
{
    /// <summary>The button word after the area: "coord:fig:poster:LANGUAGE[:ROLE]".</summary>
    public const string Word = "poster";

    private static readonly string[] Roles = ["offer", "request", "both"];

    /// <summary>Asks which language the poster speaks.</summary>
    public static void AskLanguage(Turn turn)
    {
        var buttons = turn.Localizer.Languages.Chunk(2).Select(pair => pair.Select(code =>
            Button.Press(turn.Localizer.LanguageName(code), CoordinatorCommands.Data(Figures.Area, Word, code))));
        turn.SayText(turn.T("figures.poster_language"), buttons);
    }

    /// <summary>A pressed poster button: a language, then a role; anything else is old or forged.</summary>
    public static void OnButton(Turn turn, string[] parts)
    {
        switch (parts)
        {
            case [var language] when turn.Localizer.IsSupported(language):
                turn.RemovePressedButtons();
                AskRole(turn, language);
                break;
            case [var language, var role] when turn.Localizer.IsSupported(language) && Roles.Contains(role):
                turn.RemovePressedButtons();
                Send(turn, language, role);
                break;
            default:
                turn.Say("input.old_button");
                break;
        }
    }

    /// <summary>The deep link a poster encodes: "https://t.me/BOT?start=ar_offer" (just the language for both roles).</summary>
    public static string Link(string botUsername, string language, string role) =>
        $"https://t.me/{botUsername}?start={(role == "both" ? language : $"{language}_{role}")}";

    private static void AskRole(Turn turn, string language)
    {
        var buttons = Roles.Select(role => new[]
        {
            Button.Press(turn.T($"figures.poster_role_{role}"), CoordinatorCommands.Data(Figures.Area, Word, language, role)),
        });
        turn.SayText(turn.T("figures.poster_role", ("language", turn.Localizer.LanguageName(language))), buttons);
    }

    private static void Send(Turn turn, string language, string role)
    {
        if (turn.BotUsername.Length == 0)
        {
            turn.Say("figures.poster_no_name");
            return;
        }

        turn.SendQrCode(Link(turn.BotUsername, language, role), turn.Localizer.Text(language, $"figures.poster_caption_{role}"));
    }
}
