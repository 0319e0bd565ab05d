using Kiosk.Conversations.Understanding;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace Kiosk.Training;

/// <summary>
/// Trains one text classifier: the folded message (<see cref="MessageFolding"/>) as word unigrams and bigrams
/// plus character 1-4-grams, L2-normalized, rare n-grams dropped, and the catalogs' category words found in it (<see cref="CatalogHints"/>), into a maximum-entropy model (SDCA). The same seed and the same
/// corpus give the same model.
/// </summary>
public static class ClassifierTrainer
{
    /// <summary>The seed of every training run.</summary>
    public const int Seed = 7;

    /// <summary>
    /// N-grams seen fewer times than this in training are not features: one seen once or twice cannot be weighed.
    /// Dropping them took the three models from 71 to 38 MB of managed heap for the same held-out figures (docs/understanding.md).
    /// </summary>
    public const int MinimumCount = 3;

    /// <summary>Trains on (text, label) pairs.</summary>
    public static (MLContext Context, ITransformer Model, IDataView Data) Train(IEnumerable<(string Text, string Label)> examples, Func<string, float[]> hints)
    {
        var context = new MLContext(seed: Seed);
        var data = context.Data.LoadFromEnumerable(examples
            .Select(example => new ClassifierInput { Text = MessageFolding.Fold(example.Text), Hints = hints(example.Text), Label = example.Label })
            .Where(example => example.Text.Length > 0)
            .ToList());
        var model = Pipeline(context).Fit(data);
        return (context, model, data);
    }

    private static IEstimator<ITransformer> Pipeline(MLContext context) =>
        context.Transforms.Conversion.MapValueToKey("Label")
            .Append(context.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options
            {
                CaseMode = TextNormalizingEstimator.CaseMode.None,
                KeepDiacritics = true,
                KeepPunctuations = false,
                KeepNumbers = true,
                WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
                CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = true },
                Norm = TextFeaturizingEstimator.NormFunction.L2,
            }, "Text"))
            .Append(context.Transforms.FeatureSelection.SelectFeaturesBasedOnCount("Features", count: MinimumCount))
            .Append(context.Transforms.Concatenate("Features", "Features", nameof(ClassifierInput.Hints)))
            .Append(context.MulticlassClassification.Trainers.SdcaMaximumEntropy())
            .Append(context.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
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
