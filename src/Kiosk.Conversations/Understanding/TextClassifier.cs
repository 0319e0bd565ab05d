using Microsoft.ML;
using Microsoft.ML.Data;

namespace Kiosk.Conversations.Understanding;

/// <summary>One label a classifier gave, with its probability (0-1).</summary>
/// <param name="Label">The label (a category id, "offer", a language code).</param>
/// <param name="Probability">How sure the model is.</param>
public sealed record Guess(string Label, double Probability);

/// <summary>
/// A text classifier trained with ML.NET (src/Kiosk.Training) over the folded message
/// (<see cref="MessageFolding"/>): character and word n-grams, and the catalogs' category words found in it
/// (<see cref="CatalogHints"/>), into a maximum-entropy model. Ranks every
/// label by probability. Safe to call from several threads (one prediction at a time; one takes well under a
/// millisecond).
/// </summary>
public sealed class TextClassifier
{
    private readonly PredictionEngine<ClassifierInput, ClassifierOutput> engine;
    private readonly string[] labels;
    private readonly CatalogHints hints;
    private readonly Lock gate = new();

    private TextClassifier(PredictionEngine<ClassifierInput, ClassifierOutput> engine, string[] labels, CatalogHints hints)
    {
        this.engine = engine;
        this.labels = labels;
        this.hints = hints;
    }

    /// <summary>The labels the model knows, in its own order.</summary>
    public IReadOnlyList<string> Labels => labels;

    /// <summary>Loads a model saved by the training command.</summary>
    public static TextClassifier Load(string path, CatalogHints hints)
    {
        var context = new MLContext(seed: 1);
        using var file = File.OpenRead(path);
        var model = context.Model.Load(file, out _);
        var engine = context.Model.CreatePredictionEngine<ClassifierInput, ClassifierOutput>(model);
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        engine.OutputSchema["Score"].GetSlotNames(ref names);
        return new TextClassifier(engine, names.DenseValues().Select(name => name.ToString()).ToArray(), hints);
    }

    /// <summary>Every label, most probable first; empty when the message has no words at all.</summary>
    public IReadOnlyList<Guess> Rank(string text)
    {
        var folded = MessageFolding.Fold(text);
        if (folded.Length == 0)
        {
            return [];
        }

        var input = new ClassifierInput { Text = folded, Hints = hints.For(text) };
        float[] scores;
        lock (gate)
        {
            scores = engine.Predict(input).Score;
        }

        return scores.Select((score, index) => new Guess(labels[index], score)).OrderByDescending(guess => guess.Probability).ToList();
    }
}

/// <summary>What the model reads: the folded message.</summary>
public sealed class ClassifierInput
{
    /// <summary>The message as <see cref="MessageFolding.Fold"/> gives it.</summary>
    public string Text { get; set; } = "";

    /// <summary>The catalogs' category words found in the message (<see cref="CatalogHints"/>).</summary>
    [VectorType(CatalogHints.Count)]
    public float[] Hints { get; set; } = new float[CatalogHints.Count];

    /// <summary>The label, when training.</summary>
    public string Label { get; set; } = "";
}

/// <summary>What the model gives: a probability per label.</summary>
public sealed class ClassifierOutput
{
    /// <summary>Probabilities in the order of the model's labels.</summary>
    public float[] Score { get; set; } = [];
}
