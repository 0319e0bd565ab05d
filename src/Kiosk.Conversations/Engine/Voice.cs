using Kiosk.Conversations.Localization;

namespace Kiosk.Conversations.Engine;

/// <summary>Texts in one person's language: the turn's own, or the other side's of a match.</summary>
/// <param name="Localizer">The localizer.</param>
/// <param name="Language">The language to speak.</param>
public sealed record Voice(Localizer Localizer, string Language)
{
    /// <summary>The turn's own voice.</summary>
    public static implicit operator Voice(Turn turn) => new(turn.Localizer, turn.Language);

    /// <summary>A localized text.</summary>
    public string T(string key, params (string Name, object? Value)[] args) => Localizer.Text(Language, key, args);

    /// <summary>A localized text in the plural form of <paramref name="count"/> ("{count}" in it).</summary>
    public string Plural(string key, long count, params (string Name, object? Value)[] args) => Localizer.Plural(Language, key, count, args);

    /// <summary>Digits in the language's own (Persian digits in Farsi).</summary>
    public string Digits(string text) => Localizer.Digits(Language, text);
}
