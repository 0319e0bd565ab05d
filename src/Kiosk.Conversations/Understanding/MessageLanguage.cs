using Lingua;

namespace Kiosk.Conversations.Understanding;

/// <summary>
/// The language a chat message between two people is written in, for the note "Jonas wrote in German:" in a chat through
/// the bot. Lingua (n-gram statistics of the seven languages, low-accuracy mode: about 11 MB, loaded at the first use) knows
/// everyday chat text ("Hallo Amina, passt dir 17 Uhr?"), on which the kiosk's own classifier, trained on offers and
/// requests, is unsure; the classifier still decides Latin-script Arabic or Farsi ("ana jay bukra"), which Lingua cannot
/// know. Null when neither is sure: no note is better than a wrong one.
/// </summary>
public sealed class MessageLanguage(WrittenLanguage classifier)
{
    private static readonly Dictionary<Language, string> Codes = new()
    {
        [Language.German] = "de", [Language.English] = "en", [Language.Arabic] = "ar", [Language.Persian] = "fa",
        [Language.Ukrainian] = "uk", [Language.Russian] = "ru", [Language.Turkish] = "tr",
    };

    // Lingua answers Unknown when its two best languages lie closer than this.
    private static readonly Lazy<LanguageDetector> Detector = new(() => LanguageDetectorBuilder.FromLanguages([.. Codes.Keys])
        .WithMinimumRelativeDistance(0.1).WithLowAccuracyMode().Build());

    /// <summary>The language code ("de", "ar", ...) of <paramref name="text"/>, or null when it is not clear.</summary>
    public string? Of(string text)
    {
        if (Codes.TryGetValue(Detector.Value.DetectLanguageOf(text), out var code))
        {
            return code;
        }

        return classifier.Detect(text) is { Probability: >= WrittenLanguage.SureAt } guess ? guess.Label : null;
    }
}
