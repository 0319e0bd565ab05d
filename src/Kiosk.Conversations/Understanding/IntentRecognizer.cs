namespace Kiosk.Conversations.Understanding;

/// <summary>Whether a message offers something or asks for it.</summary>
public enum Intent
{
    /// <summary>Not clear enough to act on: ask.</summary>
    Unsure,

    /// <summary>"I can ...", "Ich biete ...", "أستطيع ...".</summary>
    Offer,

    /// <summary>"I need ...", "Kann mir jemand ...", "بدي ...".</summary>
    Request,
}

/// <summary>What the intent classifier made of a message.</summary>
/// <param name="Intent">Offer, request, or unsure.</param>
/// <param name="Confidence">The probability of the more probable side, 0.5-1 (0 for no words).</param>
/// <param name="Leaning">The more probable side, even when unsure.</param>
public sealed record IntentGuess(Intent Intent, double Confidence, Intent Leaning)
{
    /// <summary>Below this the bot asks "do you offer this or need it?" ("Samstag" alone leans to a request at 0.59: it says nothing).</summary>
    public const double SureAt = 0.6;
}

/// <summary>Reads whether a message offers help or asks for it, with a classifier trained on both kinds in every language.</summary>
public sealed class IntentRecognizer(TextClassifier model)
{
    /// <summary>The intent of a message in any language.</summary>
    public IntentGuess Guess(string text)
    {
        var ranked = model.Rank(text);
        if (ranked.Count == 0)
        {
            return new IntentGuess(Intent.Unsure, 0, Intent.Unsure);
        }

        var leaning = ranked[0].Label == "offer" ? Intent.Offer : Intent.Request;
        return new IntentGuess(ranked[0].Probability >= IntentGuess.SureAt ? leaning : Intent.Unsure, ranked[0].Probability, leaning);
    }
}
