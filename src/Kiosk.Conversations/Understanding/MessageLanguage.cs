namespace Kiosk.Conversations.Understanding;

/// <summary>
/// The language a chat message between two people is written in, for the note "Jonas wrote in German:" in a chat through
/// the bot: the kiosk's written-language classifier, trained on offers and requests and on everyday chat lines between
/// matched people (Corpus/train/chat.tsv: times, places, running late, thanks) in all the bot's languages, Latin-script
/// Arabic, Farsi and Ukrainian included. Null when it is not sure: no note is better than a wrong one.
/// </summary>
public sealed class MessageLanguage(WrittenLanguage classifier)
{
    /// <summary>
    /// How sure the classifier must be to name the language. Chosen on the training chat lines (named right / wrong: 0.5
    /// 90.5 / 1.9 %, 0.6 85.7 / 1.4 %, 0.7 78.8 / 0.3 %, 0.8 68.3 / 0.1 %): the lowest with wrong notes well under 1 %.
    /// </summary>
    public const double SureAt = 0.7;

    /// <summary>The language code ("de", "ar", ...) of <paramref name="text"/>, or null when it is not clear.</summary>
    public string? Of(string text) => classifier.Detect(text) is { Probability: >= SureAt } guess ? guess.Label : null;
}
