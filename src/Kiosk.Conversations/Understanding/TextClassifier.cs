using System.Numerics;

namespace Kiosk.Conversations.Understanding;

/// <summary>One label a classifier gave, with its probability (0-1).</summary>
/// <param name="Label">The label (a category id, "offer", a language code).</param>
/// <param name="Probability">How sure the model is.</param>
public sealed record Guess(string Label, double Probability);

/// <summary>
/// A text classifier trained with ML.NET (src/Kiosk.Training) over the folded message
/// (<see cref="MessageFolding"/>): character and word n-grams, and the catalogs' category words found in it
/// (<see cref="CatalogHints"/>), into a maximum-entropy model. Runs without ML.NET: the training command exports
/// the n-grams (<see cref="NgramDictionary"/>, shared by the models) and the weights (<see cref="ClassifierWeights"/>), and
/// this class computes what ML.NET's pipeline did (<see cref="TextNgrams"/>; each part L2-normalized over the
/// model's whole n-gram dictionary; scores = weights · features + biases; softmax); the training command checks
/// that the probabilities agree on every held-out message. Ranks every label by probability. Immutable: safe to call from
/// any number of threads at once.
/// </summary>
public sealed class TextClassifier
{
    private readonly NgramDictionary dictionary;
    private readonly CatalogHints hints;
    private readonly string[] labels;
    private readonly float[] biases;
    private readonly float[] weights;
    private readonly float[] hintWeights;
    private readonly ulong[] known;
    private readonly ulong[] rows;
    private readonly int[] rowsBefore;

    private TextClassifier(ClassifierWeights model, NgramDictionary dictionary, CatalogHints hints)
    {
        this.dictionary = dictionary;
        this.hints = hints;
        labels = model.Labels;
        biases = model.Biases;
        weights = model.Weights;
        hintWeights = model.HintWeights;
        known = Bits(model.Known, dictionary.Count);
        rows = Bits(model.Rows, dictionary.Count);
        rowsBefore = new int[rows.Length];
        for (var block = 1; block < rows.Length; block++)
        {
            rowsBefore[block] = rowsBefore[block - 1] + BitOperations.PopCount(rows[block - 1]);
        }
    }

    /// <summary>The labels the model knows, in its own order.</summary>
    public IReadOnlyList<string> Labels => labels;

    /// <summary>Loads a model written by the training command, with the n-gram dictionary next to it.</summary>
    public static TextClassifier Load(string path, CatalogHints hints) =>
        Load(path, hints, NgramDictionary.Load(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, NgramDictionary.FileName)));

    /// <summary>Loads a model written by the training command with <paramref name="dictionary"/> (loaded once for all models).</summary>
    public static TextClassifier Load(string path, CatalogHints hints, NgramDictionary dictionary) =>
        new(ClassifierWeights.Load(path, dictionary.Checksum), dictionary, hints);

    /// <summary>A model from its weights (the training command, before writing them).</summary>
    public static TextClassifier Create(ClassifierWeights model, NgramDictionary dictionary, CatalogHints hints) => new(model, dictionary, hints);

    /// <summary>Every label, most probable first; empty when the message has no words at all.</summary>
    public IReadOnlyList<Guess> Rank(string text)
    {
        var folded = MessageFolding.Fold(text);
        if (folded.Length == 0)
        {
            return [];
        }

        Span<double> scores = stackalloc double[labels.Length];
        for (var label = 0; label < labels.Length; label++)
        {
            scores[label] = biases[label];
        }

        var scratch = default(NgramDictionary.Scratch);
        try
        {
            var found = dictionary.Find(folded, ref scratch);
            Add(scores, scratch.FoundEntries[..found.CharEnd], scratch.FoundCounts[..found.CharEnd]);
            Add(scores, scratch.FoundEntries[found.CharEnd..found.End], scratch.FoundCounts[found.CharEnd..found.End]);
        }
        finally
        {
            scratch.Dispose();
        }

        var hinted = hints.For(text);
        for (var hint = 0; hint < hinted.Length; hint++)
        {
            if (hinted[hint] != 0)
            {
                for (var label = 0; label < labels.Length; label++)
                {
                    scores[label] += hinted[hint] * hintWeights[hint * labels.Length + label];
                }
            }
        }

        return Ranked(scores);
    }

    // One part (the character or the word n-grams): counts, L2-normalized over the n-grams of the model's own
    // dictionary as ML.NET does (float: 1 / sqrt(sum of squares), times the count), then weighed.
    private void Add(Span<double> scores, ReadOnlySpan<int> entries, ReadOnlySpan<int> counts)
    {
        var squares = 0f;
        for (var i = 0; i < entries.Length; i++)
        {
            if (Has(known, entries[i]))
            {
                squares += (float)counts[i] * counts[i];
            }
        }

        if (squares == 0)
        {
            return;
        }

        var scale = 1f / MathF.Sqrt(squares);
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            if (Has(rows, entry))
            {
                var value = counts[i] * scale;
                var row = weights.AsSpan(Row(entry) * labels.Length, labels.Length);
                for (var label = 0; label < row.Length; label++)
                {
                    scores[label] += value * row[label];
                }
            }
        }
    }

    // Softmax (as ML.NET's: the largest score taken out first), most probable first; equal ones in the model's order.
    private List<Guess> Ranked(Span<double> scores)
    {
        var max = double.NegativeInfinity;
        foreach (var score in scores)
        {
            max = Math.Max(max, score);
        }

        var sum = 0.0;
        foreach (var score in scores)
        {
            sum += Math.Exp(score - max);
        }

        var logSum = max + Math.Log(sum);
        var ranked = new List<Guess>(labels.Length);
        for (var label = 0; label < labels.Length; label++)
        {
            var guess = new Guess(labels[label], (float)Math.Exp(scores[label] - logSum));
            var at = ranked.Count;
            while (at > 0 && ranked[at - 1].Probability < guess.Probability)
            {
                at--;
            }

            ranked.Insert(at, guess);
        }

        return ranked;
    }

    private int Row(int entry) => rowsBefore[entry >> 6] + BitOperations.PopCount(rows[entry >> 6] & ((1UL << (entry & 63)) - 1));

    private static bool Has(ulong[] bits, int entry) => (bits[entry >> 6] & (1UL << (entry & 63))) != 0;

    private static ulong[] Bits(int[] entries, int count)
    {
        var bits = new ulong[(count + 63) / 64];
        foreach (var entry in entries)
        {
            bits[entry >> 6] |= 1UL << (entry & 63);
        }

        return bits;
    }
}
