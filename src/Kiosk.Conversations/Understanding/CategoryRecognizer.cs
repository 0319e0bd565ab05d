using Kiosk.Domain;

namespace Kiosk.Conversations.Understanding;

/// <summary>What the category classifier made of a message.</summary>
/// <param name="Best">The most probable category; null when nothing fits at all (no words, a greeting, a thank-you).</param>
/// <param name="Confidence">Its probability, 0-1.</param>
/// <param name="Alternatives">The next categories, best first.</param>
/// <param name="RunnerUp">The probability of the first alternative.</param>
public sealed record CategoryGuess(string? Best, double Confidence, IReadOnlyList<string> Alternatives, double RunnerUp = 0)
{
    /// <summary>From this probability on the best guess is used without asking.</summary>
    public const double SureAt = 0.6;

    /// <summary>Or when the best guess is this many times as probable as the next one ...</summary>
    public const double SureAhead = 3.0;

    /// <summary>... and at least this probable: "Ich brauche Hilfe" at 0.3 with nothing close is still a guess.</summary>
    public const double SureAheadFrom = 0.4;

    /// <summary>Nothing at all.</summary>
    public static readonly CategoryGuess None = new(null, 0, []);

    /// <summary>True when the best guess may be used without asking; else the bot asks "is it about ...?".</summary>
    public bool IsSure => Best is not null && (Confidence >= SureAt || Confidence >= SureAheadFrom && Confidence >= SureAhead * RunnerUp);

    /// <summary>The best three, best first.</summary>
    public IReadOnlyList<string> TopThree => Best is null ? [] : [Best, .. Alternatives.Take(2)];
}

/// <summary>
/// Finds the kind of help a message is about with a classifier trained on examples in every language
/// (src/Kiosk.Training/Corpus), not from single words: "the chain of my child's bike" is a bike, not childcare.
/// </summary>
public sealed class CategoryRecognizer(TextClassifier model)
{
    /// <summary>The label the model gives messages that ask for nothing (greetings, thanks, "what is this?").</summary>
    public const string Nothing = "none";

    /// <summary>How probable "nothing" must be to win.</summary>
    public const double NothingAt = 0.5;

    /// <summary>The ranked guess for a message in any language.</summary>
    public CategoryGuess Guess(string text)
    {
        var all = model.Rank(text);
        var ranked = all.Where(guess => Categories.IsKnown(guess.Label)).ToList();
        // "Nothing" must win clearly: a short question about a bike ("somebody can help on sunday?") looks like small talk too.
        if (ranked.Count == 0 || all[0] is { Label: Nothing } nothing && nothing.Probability >= NothingAt)
        {
            return CategoryGuess.None;
        }

        return new CategoryGuess(ranked[0].Label, ranked[0].Probability, ranked.Skip(1).Take(4).Select(guess => guess.Label).ToList(),
            ranked.Count > 1 ? ranked[1].Probability : 0);
    }

    /// <summary>The category when the classifier is sure of it, else null (for an answer typed at "which kind of help?").</summary>
    public string? Recognize(string text, string language) => Guess(text) is { IsSure: true } sure ? sure.Best : null;
}
