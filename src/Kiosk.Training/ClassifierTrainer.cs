using Kiosk.Conversations.Understanding;
using Microsoft.ML;
using Microsoft.ML.Transforms.Text;

namespace Kiosk.Training;

/// <summary>
/// Trains one text classifier: the folded message (<see cref="MessageFolding"/>) as word unigrams and bigrams
/// plus character n-grams, L2-normalized, into a maximum-entropy model (SDCA). The same seed and the same
/// corpus give the same model.
/// </summary>
public static class ClassifierTrainer
{
    /// <summary>The seed of every training run.</summary>
    public const int Seed = 7;

    /// <summary>Trains on (text, label) pairs.</summary>
    public static (MLContext Context, ITransformer Model, IDataView Data) Train(IEnumerable<(string Text, string Label)> examples)
    {
        var context = new MLContext(seed: Seed);
        var data = context.Data.LoadFromEnumerable(examples
            .Select(example => new ClassifierInput { Text = MessageFolding.Fold(example.Text), Label = example.Label })
            .Where(example => example.Text.Length > 0)
            .ToList());
        var model = Pipeline(context).Fit(data);
        return (context, model, data);
    }

    /// <summary>Saves a trained model where <see cref="TextClassifier.Load"/> reads it.</summary>
    public static void Save((MLContext Context, ITransformer Model, IDataView Data) trained, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = File.Create(path);
        trained.Context.Model.Save(trained.Model, trained.Data.Schema, file);
    }

    /// <summary>Five-fold cross-validation on the training messages only (to choose the settings without the test set): micro accuracy.</summary>
    public static double CrossValidate(IEnumerable<(string Text, string Label)> examples, int charNgrams, bool lbfgs)
    {
        var context = new MLContext(seed: Seed);
        var data = context.Data.LoadFromEnumerable(examples
            .Select(example => new ClassifierInput { Text = MessageFolding.Fold(example.Text), Label = example.Label })
            .Where(example => example.Text.Length > 0)
            .ToList());
        var results = context.MulticlassClassification.CrossValidate(data, Pipeline(context, charNgrams, lbfgs), numberOfFolds: 5);
        return results.Average(result => result.Metrics.MicroAccuracy);
    }

    private static IEstimator<ITransformer> Pipeline(MLContext context, int charNgrams = 4, bool lbfgs = false) =>
        context.Transforms.Conversion.MapValueToKey("Label")
            .Append(context.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options
            {
                CaseMode = TextNormalizingEstimator.CaseMode.None,
                KeepDiacritics = true,
                KeepPunctuations = false,
                KeepNumbers = true,
                WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
                CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = charNgrams, UseAllLengths = true },
                Norm = TextFeaturizingEstimator.NormFunction.L2,
            }, "Text"))
            .Append(lbfgs
                ? context.MulticlassClassification.Trainers.LbfgsMaximumEntropy()
                : (IEstimator<ITransformer>)context.MulticlassClassification.Trainers.SdcaMaximumEntropy())
            .Append(context.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
}
