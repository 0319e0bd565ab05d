using System.Security.Cryptography;
using System.Text;
using Kiosk.Conversations.Localization;
using Kiosk.Conversations.Understanding;

namespace Kiosk.Training;

/// <summary>
/// <c>train</c>: trains the three classifiers the bot ships (category, intent, written language) from
/// Corpus/train and the catalogs' category words with ML.NET, exports them into the files the bot runs without ML.NET
/// (<see cref="ClassifierExport"/>: ngrams.bin and one .bin per model), checks that the exported models give ML.NET's
/// probabilities on every held-out message (<see cref="EquivalenceCheck"/>; nothing is replaced when they do not), and writes a fingerprint of what they were
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
        var chat = Corpus.ReadChat(RepositoryPaths.Corpus, "train");
        Console.WriteLine($"{lines.Count} training messages, {nothing.Count} that ask for nothing, {chat.Count} chat lines (language only), {words.Count} category words from the catalogs");

        var started = System.Diagnostics.Stopwatch.StartNew();
        var catalogHints = new CatalogHints(new Lexicons(catalogs));
        var known = new Dictionary<string, float[]>(StringComparer.Ordinal);
        float[] hints(string text) => known.TryGetValue(text, out var found) ? found : known[text] = catalogHints.For(text);
        ClassifierExport.Trained Train(string name, IEnumerable<(string Text, string Label)> examples)
        {
            var (context, model, data) = ClassifierTrainer.Train(examples, hints);
            return new ClassifierExport.Trained(name, context, model, data);
        }

        ClassifierExport.Trained[] trained =
        [
            Train(ModelFiles.Category, lines.Select(line => (line.Text, line.Category)).Concat(words).Concat(nothing.Select(message => (message.Text, CategoryRecognizer.Nothing)))),
            Train(ModelFiles.Intent, lines.Select(line => (line.Text, line.Intent))),
            Train(ModelFiles.Language, lines.Select(line => (line.Text, line.Language)).Concat(nothing.Concat(chat).Select(message => (message.Text, message.Language)))),
        ];
        Console.WriteLine($"trained in {started.Elapsed.TotalSeconds:F1} s");

        // Written to a folder of their own first: they replace the shipped ones only when they give what ML.NET gives.
        var written = Directory.CreateTempSubdirectory("kiosk-models-").FullName;
        try
        {
            Write(trained, written);
            var heldOut = Corpus.Read(RepositoryPaths.Corpus, "test").Concat(Corpus.Read(RepositoryPaths.Corpus, "fresh")).Select(line => line.Text)
                .Concat(Corpus.ReadChat(RepositoryPaths.Corpus, "test").Select(line => line.Text)).ToList();
            var results = Check(trained, written, catalogHints, heldOut);
            results.ForEach(Console.WriteLine);
            if (results.Any(result => result.Failures.Count > 0))
            {
                results.SelectMany(result => result.Failures.Select(failure => $"{result.Name}: {failure}")).Take(20).ToList().ForEach(Console.Error.WriteLine);
                Console.Error.WriteLine("The exported models do not give what ML.NET gives: nothing was replaced.");
                return 1;
            }

            foreach (var file in Directory.GetFiles(written))
            {
                File.Copy(file, Path.Combine(RepositoryPaths.Models, Path.GetFileName(file)), overwrite: true);
            }
        }
        finally
        {
            Directory.Delete(written, recursive: true);
        }

        File.WriteAllText(Path.Combine(RepositoryPaths.Models, "models.sha256"), Fingerprint(RepositoryPaths.Corpus, catalogs) + "\n");
        Console.WriteLine($"trained, exported and checked in {started.Elapsed.TotalSeconds:F1} s -> {RepositoryPaths.Models}");
        return 0;
    }

    /// <summary>Exports trained models into <paramref name="folder"/>: the shared n-gram dictionary and one file per model, named by <see cref="ClassifierExport.Trained.Name"/>.</summary>
    public static void Write(IReadOnlyList<ClassifierExport.Trained> trained, string folder)
    {
        var exported = ClassifierExport.Export(trained);
        Directory.CreateDirectory(folder);
        var checksum = NgramDictionary.Save(Path.Combine(folder, NgramDictionary.FileName), exported.Words, exported.CharKeys, exported.WordKeys);
        for (var i = 0; i < trained.Count; i++)
        {
            exported.Models[i].Save(Path.Combine(folder, trained[i].Name), checksum);
        }
    }

    /// <summary>Compares the models written in <paramref name="folder"/> with the trained ones on <paramref name="messages"/>.</summary>
    public static List<EquivalenceCheck.Result> Check(IReadOnlyList<ClassifierExport.Trained> trained, string folder, CatalogHints hints, IReadOnlyList<string> messages)
    {
        var dictionary = NgramDictionary.Load(Path.Combine(folder, NgramDictionary.FileName));
        return trained.Select(model => EquivalenceCheck.Compare(model, TextClassifier.Load(Path.Combine(folder, model.Name), hints, dictionary), hints, messages)).ToList();
    }

    /// <summary>The catalogs' category words ("Fahrrad", "بنشر") as one-word examples, so a one-word answer is understood too.</summary>
    public static IEnumerable<(string Text, string Label)> CategoryWords(Catalogs catalogs) =>
        from language in catalogs.Languages
        from category in Kiosk.Domain.Categories.All
        let synonyms = catalogs.For(language)?.GetValueOrDefault($"categories.{category}.synonyms") ?? ""
        from word in synonyms.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        select (word, category);

    /// <summary>SHA-256 over everything the models learn from: the training messages, chat lines and the catalogs' category words.</summary>
    public static string Fingerprint(string corpus, Catalogs catalogs)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var line in Corpus.Read(corpus, "train"))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{line.Language}\t{line.Intent}\t{line.Category}\t{line.Text}\n"));
        }

        foreach (var (text, label) in CategoryWords(catalogs).Concat(Corpus.ReadNothing(corpus)).Concat(Corpus.ReadChat(corpus, "train")))
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
