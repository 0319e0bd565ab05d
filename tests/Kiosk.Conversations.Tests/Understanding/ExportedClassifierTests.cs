using Kiosk.Conversations.Localization;
using Kiosk.Conversations.Understanding;
using Kiosk.Training;
using Xunit.Abstractions;

namespace Kiosk.Conversations.Tests.Understanding;

/// <summary>
/// The bot runs the classifiers without ML.NET (<see cref="TextClassifier"/>, <see cref="TextNgrams"/>): models
/// trained with ML.NET on part of the corpus, exported as the training command exports them, must give ML.NET's
/// probabilities (within 1e-3, same most probable label) on every held-out message. The training command makes the same check
/// on the full models before it replaces the shipped ones.
/// </summary>
public sealed class ExportedClassifierTests(ITestOutputHelper output)
{
    [Fact]
    public void Exported_models_give_what_ml_net_gives_on_every_held_out_message()
    {
        // Every tenth training message keeps this test short; the full models are checked by `train`.
        var lines = Corpus.Read(RepositoryPaths.Corpus, "train").Where((_, index) => index % 10 == 0).ToList();
        var catalogs = Catalogs.Load(RepositoryPaths.Localization);
        var hints = new CatalogHints(new Lexicons(catalogs));
        var nothing = Corpus.ReadNothing(RepositoryPaths.Corpus);
        ClassifierExport.Trained Train(string name, IEnumerable<(string Text, string Label)> examples)
        {
            var (context, model, data) = ClassifierTrainer.Train(examples, hints.For);
            return new ClassifierExport.Trained(name, context, model, data);
        }

        ClassifierExport.Trained[] trained =
        [
            Train(ModelFiles.Category, lines.Select(line => (line.Text, line.Category)).Concat(TrainCommand.CategoryWords(catalogs).Where((_, index) => index % 10 == 0))
                .Concat(nothing.Select(message => (message.Text, CategoryRecognizer.Nothing)))),
            Train(ModelFiles.Intent, lines.Select(line => (line.Text, line.Intent))),
            Train(ModelFiles.Language, lines.Select(line => (line.Text, line.Language)).Concat(nothing.Select(message => (message.Text, message.Language)))),
        ];
        var folder = Directory.CreateTempSubdirectory("kiosk-export-").FullName;
        try
        {
            TrainCommand.Write(trained, folder);
            var heldOut = Corpus.Read(RepositoryPaths.Corpus, "test").Concat(Corpus.Read(RepositoryPaths.Corpus, "fresh")).Select(line => line.Text)
                .Concat(["", "👍", "!!!", "Fahrrad", "geht's am 3.5. um 17.30?", new string('a', 700), "ok ok ok ok"]).ToList();
            var results = TrainCommand.Check(trained, folder, hints, heldOut);
            foreach (var result in results)
            {
                output.WriteLine(result.ToString());
                Assert.True(result.Messages >= 1600, $"{result.Name}: only {result.Messages} messages compared");
                Assert.True(result.Failures.Count == 0, $"{result.Name}:\n" + string.Join('\n', result.Failures.Take(10)));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Text_is_normalized_and_cut_into_ngrams_as_ml_net_does()
    {
        Span<char> normalized = stackalloc char[32];
        var length = TextNgrams.Normalize("geht's am 3.5. - gut", normalized);
        Assert.Equal("gehts am 35  gut", new string(normalized[..length]));

        Span<Range> words = stackalloc Range[16];
        const string Text = "gehts am 35  gut";
        var count = TextNgrams.Words(Text, words);
        Assert.Equal(["gehts", "am", "35", "gut"], words[..count].ToArray().Select(range => Text[range]));

        Span<ulong> keys = stackalloc ulong[TextNgrams.MaxCharKeys(2)];
        count = TextNgrams.CharKeys("ab", keys);
        Assert.Equal(["\u0002", "\u0002a", "\u0002ab", "\u0002ab\u0003", "a", "ab", "ab\u0003", "b", "b\u0003", "\u0003"],
            keys[..count].ToArray().Select(TextNgrams.CharsOf));
        Assert.Equal(0, TextNgrams.CharKeys("", keys));
        Assert.Equal(TextNgrams.CharKey("ab"), keys[5]);
    }
}
