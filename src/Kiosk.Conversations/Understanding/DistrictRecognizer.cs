namespace Kiosk.Conversations.Understanding;

/// <summary>Finds a district of Hamburg (or "anywhere") named in a message, in any language's spelling.</summary>
public sealed class DistrictRecognizer(Lexicons lexicons)
{
    /// <summary>The district id whose longest name occurs in the text, or null.</summary>
    public string? Recognize(string text, string language)
    {
        var normalized = TextNormalizer.Normalize(text);
        return lexicons.InOrderFor(language)
            .SelectMany(lexicon => lexicon.Districts.SelectMany(district => district.Value.Select(name => (district.Key, Name: name))))
            .Where(candidate => candidate.Name.Length >= 4 && PhraseMatcher.Contains(normalized, candidate.Name))
            .OrderByDescending(candidate => candidate.Name.Length)
            .Select(candidate => candidate.Key)
            .FirstOrDefault();
    }
}
