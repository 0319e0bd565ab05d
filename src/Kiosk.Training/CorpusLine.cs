namespace Kiosk.Training;

/// <summary>One example of the corpus: a message as someone wrote it, with what it means.</summary>
/// <param name="Language">The file it came from (de, en, ar, fa, uk, ru, tr).</param>
/// <param name="Intent">"offer" or "request".</param>
/// <param name="Category">Category id.</param>
/// <param name="Day">For test requests: the first day meant (yyyy-MM-dd) or "flexible"; "-" otherwise.</param>
/// <param name="Text">The message.</param>
public sealed record CorpusLine(string Language, string Intent, string Category, string Day, string Text);

/// <summary>
/// The corpus in <c>Corpus/train/*.tsv</c> (intent, category, text) and <c>Corpus/test/*.tsv</c> (intent,
/// category, day, text): per language "de.tsv" and further rounds "de_2.tsv". The test files are never trained on.
/// </summary>
public static class Corpus
{
    /// <summary>The languages, in the order tables show them.</summary>
    public static readonly IReadOnlyList<string> Languages = ["de", "en", "ar", "fa", "uk", "ru", "tr", "ps", "ku", "ti", "so", "fr"];

    /// <summary>Reads every file of one part ("train" or "test") under <paramref name="root"/>.</summary>
    public static IReadOnlyList<CorpusLine> Read(string root, string part) =>
        Languages.SelectMany(language => Files(Path.Combine(root, part), language).SelectMany(file => ReadFile(file, language))).ToList();

    /// <summary>Messages that ask for nothing (Corpus/train/none.tsv: language, text): greetings, thanks, "what is this?".</summary>
    public static IReadOnlyList<(string Language, string Text)> ReadNothing(string root) => ReadLabelled(Path.Combine(root, "train", "none.tsv"));

    /// <summary>
    /// Chat lines between two matched people (Corpus/{part}/chat.tsv: language, text), for the language note on relayed
    /// messages: "train" teaches the written-language model, "test" is held out.
    /// </summary>
    public static IReadOnlyList<(string Language, string Text)> ReadChat(string root, string part) => ReadLabelled(Path.Combine(root, part, "chat.tsv"));

    private static IReadOnlyList<(string Language, string Text)> ReadLabelled(string path) => File.Exists(path)
        ? File.ReadLines(path).Select(line => line.Split('\t')).Where(columns => columns.Length == 2 && Languages.Contains(columns[0]))
            .Select(columns => (columns[0], columns[1])).ToList()
        : [];

    // "de.tsv", then further rounds "de_2.tsv", ... in order.
    private static IEnumerable<string> Files(string folder, string language) => Directory.Exists(folder)
        ? Directory.GetFiles(folder, $"{language}.tsv").Concat(Directory.GetFiles(folder, $"{language}_*.tsv").Order(StringComparer.Ordinal))
        : [];

    private static IEnumerable<CorpusLine> ReadFile(string path, string language)
    {
        if (!File.Exists(path))
        {
            yield break;
        }

        foreach (var line in File.ReadLines(path))
        {
            var columns = line.Split('\t');
            switch (columns)
            {
                case [var intent, var category, var text]:
                    yield return new CorpusLine(language, intent, category, "-", text);
                    break;
                case [var intent, var category, var day, var text]:
                    yield return new CorpusLine(language, intent, category, day, text);
                    break;
            }
        }
    }
}
