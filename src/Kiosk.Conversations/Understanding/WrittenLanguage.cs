namespace Kiosk.Conversations.Understanding;

/// <summary>
/// The language a message is written in, by a classifier trained on the corpus's seven languages (script and
/// words): a person whose buttons are German and who writes in Arabic is read in Arabic. Short or unclear
/// messages keep the language the person chose.
/// </summary>
public sealed class WrittenLanguage(TextClassifier model)
{
    /// <summary>How sure the classifier must be to override the chosen language.</summary>
    public const double SureAt = 0.8;

    /// <summary>The language to read <paramref name="text"/> in; <paramref name="chosen"/> unless the text clearly says otherwise.</summary>
    public string Of(string text, string chosen) => Detect(text) is { } written && written.Probability >= SureAt ? written.Label : chosen;

    /// <summary>The most probable language with its probability; null for a message without words.</summary>
    public Guess? Detect(string text) => model.Rank(text) is [var best, ..] ? best : null;
}
