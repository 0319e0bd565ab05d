using System.Security.Cryptography;
using System.Text;
using Kiosk.Conversations.Localization;
using Kiosk.Conversations.Understanding;

namespace Kiosk.Training;

/// <summary>
/// <c>train</c>: trains the three classifiers the bot ships (category, intent, written language) from
/// Corpus/train and the catalogs' category words, and writes them with a fingerprint of what they were
/// trained on (models.sha256; a test fails when the corpus or the category words changed and the models were not trained again).
/// </summary>
public static class TrainCommand
{
    /// <summary>Runs the command.</summary>
    public static int Run()
    {
        var lines = Corpus.Read(RepositoryPaths.Corpus, "train");
        var catalogs = Catalogs.Load(RepositoryPaths.Localization);
        var words = CategoryWords(catalogs).ToList();
        var nothing = Corpus.ReadNothing(RepositoryPaths.Corpus);
        Console.WriteLine($"{lines.Count} training messages, {nothing.Count} that ask for nothing, {words.Count} category words from the catalogs");

        var started = System.Diagnostics.Stopwatch.StartNew();
        var catalogHints = new CatalogHints(new Lexicons(catalogs));
        var known = new Dictionary<string, float[]>(StringComparer.Ordinal);
        float[] hints(string text) => known.TryGetValue(text, out var found) ? found : known[text] = catalogHints.For(text);
        ClassifierTrainer.Save(ClassifierTrainer.Train(lines.Select(line => (line.Text, line.Category)).Concat(words)
            .Concat(nothing.Select(message => (message.Text, CategoryRecognizer.Nothing))), hints), Path.Combine(RepositoryPaths.Models, "category.zip"));
        ClassifierTrainer.Save(ClassifierTrainer.Train(lines.Select(line => (line.Text, line.Intent)), hints), Path.Combine(RepositoryPaths.Models, "intent.zip"));
        ClassifierTrainer.Save(ClassifierTrainer.Train(lines.Select(line => (line.Text, line.Language)).Concat(nothing.Select(message => (message.Text, message.Language))), hints),
            Path.Combine(RepositoryPaths.Models, "language.zip"));
        File.WriteAllText(Path.Combine(RepositoryPaths.Models, "models.sha256"), Fingerprint(RepositoryPaths.Corpus, catalogs) + "\n");
        Console.WriteLine($"trained in {started.Elapsed.TotalSeconds:F1} s -> {RepositoryPaths.Models}");
        return 0;
    }

    /// <summary>The catalogs' category words ("Fahrrad", "بنشر") as one-word examples, so a one-word answer is understood too.</summary>
    public static IEnumerable<(string Text, string Label)> CategoryWords(Catalogs catalogs) =>
        from language in catalogs.Languages
        from category in Kiosk.Domain.Categories.All
        let synonyms = catalogs.For(language)?.GetValueOrDefault($"categories.{category}.synonyms") ?? ""
        from word in synonyms.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        select (word, category);

    /// <summary>SHA-256 over everything the models learn from: the training messages and the catalogs' category words.</summary>
    public static string Fingerprint(string corpus, Catalogs catalogs)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var line in Corpus.Read(corpus, "train"))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{line.Language}\t{line.Intent}\t{line.Category}\t{line.Text}\n"));
        }

        foreach (var (text, label) in CategoryWords(catalogs).Concat(Corpus.ReadNothing(corpus)))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{label}\t{text}\n"));
        }

        // The offer and request words are features too (CatalogHints).
        foreach (var language in catalogs.Languages)
        {
            foreach (var key in new[] { "intent.offer_words", "intent.request_words" })
            {
                hash.AppendData(Encoding.UTF8.GetBytes($"{language}\t{key}\t{catalogs.For(language)?.GetValueOrDefault(key)}\n"));
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
