using System.Globalization;
using Kiosk.Conversations.Understanding;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Kiosk.Training;

/// <summary>
/// Takes trained ML.NET models apart into what the bot runs without ML.NET: one <see cref="NgramDictionary"/> for
/// all of them (every n-gram any model was trained with) and per model its <see cref="ClassifierWeights"/>.
/// The n-grams are made again from the training texts with <see cref="TextNgrams"/> and matched to ML.NET's by
/// their slot names; the export fails when the two do not name the same n-grams, so that a change in ML.NET's
/// text featurizing cannot go unnoticed.
/// </summary>
public static class ClassifierExport
{
    /// <summary>One trained model (<see cref="ClassifierTrainer.Train"/>) with a name for messages.</summary>
    public sealed record Trained(string Name, MLContext Context, ITransformer Model, IDataView Data)
    {
        /// <summary>The (folded) texts it was trained on.</summary>
        public IReadOnlyList<string> Texts => Context.Data.CreateEnumerable<ClassifierInput>(Data, reuseRowObject: false).Select(input => input.Text).ToList();
    }

    /// <summary>The exported models (in the order given) and the dictionary they share.</summary>
    public sealed record Exported(IReadOnlyList<string> Words, IReadOnlyList<ulong> CharKeys, IReadOnlyList<ulong> WordKeys, IReadOnlyList<ClassifierWeights> Models);

    /// <summary>Exports the models.</summary>
    public static Exported Export(IReadOnlyList<Trained> models)
    {
        // The n-grams of each model's training texts, by ML.NET's slot name.
        var grams = models.Select(model => Ngrams(model.Texts)).ToList();
        var words = grams.SelectMany(found => found.Words).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var numbers = words.Select((word, index) => (word, index)).ToDictionary(pair => pair.word, pair => pair.index + 1, StringComparer.Ordinal);
        var charKeys = grams.SelectMany(found => found.Chars.Values).Distinct().Order().ToList();
        var wordKeys = grams.SelectMany(found => found.WordGrams.Values).Distinct()
            .Select(gram => TextNgrams.WordKey(numbers[gram.First], gram.Second is null ? 0 : numbers[gram.Second])).Order().ToList();
        // Numbered as the bot will number them when it loads the file.
        var dictionary = NgramDictionary.Create(words, charKeys, wordKeys);
        var exported = new List<ClassifierWeights>();
        for (var m = 0; m < models.Count; m++)
        {
            var model = models[m];
            var found = grams[m];
            int EntryOf(string slot) =>
                found.Chars.TryGetValue(slot, out var charKey) ? dictionary.FindChars(charKey)
                : found.WordGrams.TryGetValue(slot, out var gram) ? dictionary.FindWords(TextNgrams.WordKey(numbers[gram.First], gram.Second is null ? 0 : numbers[gram.Second]))
                : throw new InvalidOperationException($"{model.Name}: ML.NET's n-gram '{slot}' is not one TextNgrams makes of the training texts.");

            var parts = ((IEnumerable<ITransformer>)model.Model).ToList();
            var featurized = parts[1].GetOutputSchema(parts[0].GetOutputSchema(model.Data.Schema));
            var all = SlotNames(featurized["Features"]);
            if (all.Length != found.Chars.Count + found.WordGrams.Count || all.Distinct(StringComparer.Ordinal).Count() != all.Length)
            {
                throw new InvalidOperationException($"{model.Name}: ML.NET's featurizer has {all.Length} n-grams ({all.Distinct(StringComparer.Ordinal).Count()} names), "
                    + $"TextNgrams {found.Chars.Count + found.WordGrams.Count} of the same texts.");
            }

            var known = all.Select(EntryOf).Order().ToArray();
            var output = model.Model.GetOutputSchema(model.Data.Schema);
            var features = SlotNames(output["Features"]);
            var labels = SlotNames(output["Score"]);
            var predictor = parts.OfType<MulticlassPredictionTransformer<MaximumEntropyModelParameters>>().Single().Model;
            VBuffer<float>[] classWeights = [];
            predictor.GetWeights(ref classWeights, out var classes);
            var biases = predictor.GetBiases().ToArray();
            var ngramSlots = features.Length - CatalogHints.Count;
            if (classes != labels.Length || biases.Length != labels.Length || classWeights.Any(weights => weights.Length != features.Length) || ngramSlots < 0)
            {
                throw new InvalidOperationException($"{model.Name}: {classes} classes, {labels.Length} labels, {biases.Length} biases, {features.Length} features.");
            }

            var dense = classWeights.Select(weights => weights.DenseValues().ToArray()).ToArray();
            var rows = Enumerable.Range(0, ngramSlots).Where(slot => dense.Any(weights => weights[slot] != 0))
                .Select(slot => (Entry: EntryOf(StripPrefix(features[slot])), Slot: slot)).OrderBy(row => row.Entry).ToList();
            var weightRows = rows.SelectMany(row => dense.Select(weights => weights[row.Slot])).ToArray();
            var hintWeights = Enumerable.Range(ngramSlots, CatalogHints.Count).SelectMany(slot => dense.Select(weights => weights[slot])).ToArray();
            exported.Add(new ClassifierWeights(labels, biases, known, rows.Select(row => row.Entry).ToArray(), weightRows, hintWeights));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{model.Name}: {labels.Length} labels, {all.Length} n-grams ({found.Chars.Count} character, {found.WordGrams.Count} word), {ngramSlots} kept, {rows.Count} with a weight"));
        }

        return new Exported(words, charKeys, wordKeys, exported);
    }

    // The featurizer's slot names are "Char.<␂>|h|a" and "Word.gern|helfen"; after the concatenation with the hints
    // the feature names may carry the column's name in front.
    private static string StripPrefix(string slot) => slot.StartsWith("Features.", StringComparison.Ordinal) ? slot["Features.".Length..] : slot;

    private static string[] SlotNames(DataViewSchema.Column column)
    {
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        column.GetSlotNames(ref names);
        return names.DenseValues().Select(name => name.ToString()).ToArray();
    }

    private sealed record Found(HashSet<string> Words, Dictionary<string, ulong> Chars, Dictionary<string, (string First, string? Second)> WordGrams);

    // Every n-gram of the texts as TextNgrams makes them, under the slot name ML.NET gives it.
    private static Found Ngrams(IReadOnlyList<string> texts)
    {
        var found = new Found(new HashSet<string>(StringComparer.Ordinal), new Dictionary<string, ulong>(StringComparer.Ordinal),
            new Dictionary<string, (string, string?)>(StringComparer.Ordinal));
        var keys = new ulong[64];
        var ranges = new Range[16];
        foreach (var text in texts)
        {
            var normalized = new char[text.Length];
            var length = TextNgrams.Normalize(text, normalized);
            var span = normalized.AsSpan(0, length);
            if (keys.Length < TextNgrams.MaxCharKeys(length))
            {
                keys = new ulong[TextNgrams.MaxCharKeys(length)];
            }

            var count = TextNgrams.CharKeys(span, keys);
            foreach (var key in keys.AsSpan(0, count))
            {
                found.Chars.TryAdd("Char." + string.Join('|', TextNgrams.CharsOf(key).Select(CharName)), key);
            }

            if (ranges.Length < length / 2 + 1)
            {
                ranges = new Range[length / 2 + 1];
            }

            var wordCount = TextNgrams.Words(span, ranges);
            string? previous = null;
            for (var i = 0; i < wordCount; i++)
            {
                var word = new string(span[ranges[i]]);
                found.Words.Add(word);
                found.WordGrams.TryAdd("Word." + word, (word, null));
                if (previous is not null)
                {
                    found.WordGrams.TryAdd("Word." + previous + "|" + word, (previous, word));
                }

                previous = word;
            }
        }

        return found;
    }

    // How ML.NET's character tokenizer names a character (TokenizingByCharactersTransformer.AppendCharRepr).
    private static string CharName(char c) => c switch
    {
        <= ' ' => $"<{(char)(c + '\u2400')}>",
        >= '\ud800' and <= '\udfff' => string.Format(CultureInfo.InvariantCulture, "\\u{0:4X}", (int)c),
        '\u007f' => "<\u2421>",
        >= '\u0080' and <= '\u009f' => throw new NotSupportedException($"A C1 control character (U+{(int)c:X4}) in a training text: ML.NET names it differently."),
        '\u2028' => "<LSEP>",
        '\u2029' => "<PSEP>",
        _ => c.ToString(),
    };
}
