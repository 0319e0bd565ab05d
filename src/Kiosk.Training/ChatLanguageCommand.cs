using System.Globalization;
using System.Text;
using Kiosk.Conversations.Localization;
using Kiosk.Conversations.Understanding;

namespace Kiosk.Training;

/// <summary>
/// <c>evaluate --set chat [--misses]</c>: the language note on relayed chat messages ("Amina wrote in Arabic:"), on the
/// held-out chat lines (Corpus/test/chat.tsv): per language how often the note names the right language, how often it
/// is left out (unsure) and how often it names a wrong one. A wrong note misleads; a missing one only says nothing.
/// </summary>
public static class ChatLanguageCommand
{
    /// <summary>The measures counted per line, in the order the table shows them.</summary>
    public const string NamedRight = "named right", NoNote = "no note", NamedWrong = "named wrong";

    /// <summary>Runs the evaluation on one part ("test" or "train") of the chat lines.</summary>
    public static int Run(string part, bool misses)
    {
        var lines = Corpus.ReadChat(RepositoryPaths.Corpus, part);
        var report = Evaluate(new KioskRecognizers(Catalogs.Load(RepositoryPaths.Localization), RepositoryPaths.Models), lines);
        Console.WriteLine($"chat lines: Corpus/{part}/chat.tsv ({lines.Count})");
        Console.WriteLine(Table(report));
        if (misses)
        {
            report.Misses.ForEach(Console.WriteLine);
        }

        return 0;
    }

    /// <summary>Names the language of every line and counts the three measures per language.</summary>
    public static EvaluationReport Evaluate(KioskRecognizers recognizers, IReadOnlyList<(string Language, string Text)> lines)
    {
        var report = new EvaluationReport();
        foreach (var (language, text) in lines)
        {
            var named = recognizers.MessageLanguage.Of(text);
            var wrong = named is not null && named != language;
            var row = report.Row(language);
            row.Count(NamedRight, named == language);
            row.Count(NoNote, named is null);
            row.Count(NamedWrong, wrong);
            if (wrong)
            {
                report.Misses.Add($"WRONG {language} named {named}: {text}");
            }
        }

        return report;
    }

    // Languages as columns: twelve of them fit a page that way.
    private static string Table(EvaluationReport report)
    {
        var languages = Corpus.Languages.Where(language => report.Share(language, NamedRight) is not null).ToList();
        var table = new StringBuilder();
        table.AppendLine("| | " + string.Join(" | ", languages) + " | all |");
        table.AppendLine("|---|" + string.Concat(Enumerable.Repeat("---:|", languages.Count + 1)));
        table.AppendLine("| lines | " + string.Join(" | ", languages.Select(language => report.Row(language).Total(NamedRight).ToString(CultureInfo.InvariantCulture)))
            + $" | {languages.Sum(language => report.Row(language).Total(NamedRight))} |");
        foreach (var measure in new[] { NamedRight, NoNote, NamedWrong })
        {
            table.AppendLine($"| {measure} | " + string.Join(" | ", languages.Select(language => Percent(report.Share(language, measure)))) + $" | {Percent(report.Overall(measure))} |");
        }

        return table.ToString();
    }

    private static string Percent(double? share) => share is { } value ? (100 * value).ToString("F1", CultureInfo.InvariantCulture) : "-";
}
