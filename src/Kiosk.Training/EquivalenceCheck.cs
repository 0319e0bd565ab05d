using System.Globalization;
using Kiosk.Conversations.Understanding;

namespace Kiosk.Training;

/// <summary>
/// Whether the exported models (<see cref="TextClassifier"/>, no ML.NET) give what the trained ML.NET models give:
/// every label's probability within <see cref="Tolerance"/> and the same most probable label, on every message.
/// </summary>
public static class EquivalenceCheck
{
    /// <summary>How far a probability may be from ML.NET's.</summary>
    public const double Tolerance = 1e-3;

    /// <summary>What the comparison found for one model.</summary>
    /// <param name="Name">The model.</param>
    /// <param name="Messages">Messages compared (those with words).</param>
    /// <param name="LargestDifference">The largest difference of a probability.</param>
    /// <param name="Failures">Messages over the tolerance or with another most probable label, described.</param>
    public sealed record Result(string Name, int Messages, double LargestDifference, IReadOnlyList<string> Failures)
    {
        /// <summary>One line for the console.</summary>
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{Name}: {Messages} messages, largest difference of a probability {LargestDifference:E1}, {Failures.Count} over {Tolerance:0.###} or with another top label");
    }

    /// <summary>Compares one model on the messages.</summary>
    public static Result Compare(ClassifierExport.Trained trained, TextClassifier exported, CatalogHints hints, IEnumerable<string> messages)
    {
        var engine = trained.Context.Model.CreatePredictionEngine<ClassifierInput, ClassifierOutput>(trained.Model);
        var count = 0;
        var largest = 0.0;
        var failures = new List<string>();
        foreach (var message in messages)
        {
            var folded = MessageFolding.Fold(message);
            var ours = exported.Rank(message);
            if (folded.Length == 0)
            {
                if (ours.Count != 0)
                {
                    failures.Add($"'{message}': no words, yet ranked");
                }

                continue;
            }

            count++;
            var theirs = engine.Predict(new ClassifierInput { Text = folded, Hints = hints.For(message) }).Score;
            var top = 0;
            var worst = 0.0;
            for (var label = 0; label < theirs.Length; label++)
            {
                top = theirs[label] > theirs[top] ? label : top;
                var probability = ours.First(guess => guess.Label == exported.Labels[label]).Probability;
                worst = Math.Max(worst, Math.Abs(probability - theirs[label]));
            }

            largest = Math.Max(largest, worst);
            if (worst > Tolerance || ours[0].Label != exported.Labels[top])
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture,
                    $"'{message}': ML.NET {exported.Labels[top]} {theirs[top]:F4}, exported {ours[0].Label} {ours[0].Probability:F4}, largest difference {worst:E1}"));
            }
        }

        return new Result(trained.Name, count, largest, failures);
    }
}
