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
    /// <summary>Runs the evaluation on one part ("test" or "train") of the chat lines.</summary>
    public static int Run(string part, bool misses)
    {
        var lines = Corpus.ReadChat(RepositoryPaths.Corpus, part);
        var recognizers = new KioskRecognizers(Catalogs.Load(RepositoryPaths.Localization), RepositoryPaths.Models);
        var counts = new Dictionary<string, (int Lines, int Right, int None, int Wrong)>();
        var wrong = new List<string>();
        foreach (var (language, text) in lines)
        {
            var named = recognizers.MessageLanguage.Of(text);
            var (all, right, none, wrongs) = counts.GetValueOrDefault(language);
            counts[language] = named == language ? (all + 1, right + 1, none, wrongs)
                : named is null ? (all + 1, right, none + 1, wrongs)
                : (all + 1, right, none, wrongs + 1);
            if (named is not null && named != language)
            {
                wrong.Add($"WRONG {language} named {named}: {text}");
            }
        }

        Console.WriteLine($"chat lines: Corpus/{part}/chat.tsv ({lines.Count})");
        Console.WriteLine(Table(counts));
        if (misses)
        {
            wrong.ForEach(Console.WriteLine);
        }

        return 0;
    }

    private static string Table(Dictionary<string, (int Lines, int Right, int None, int Wrong)> counts)
    {
        var languages = Corpus.Languages.Where(counts.ContainsKey).ToList();
        var total = (Lines: counts.Values.Sum(c => c.Lines), Right: counts.Values.Sum(c => c.Right), None: counts.Values.Sum(c => c.None), Wrong: counts.Values.Sum(c => c.Wrong));
        var table = new StringBuilder();
        table.AppendLine("| | " + string.Join(" | ", languages) + " | all |");
        table.AppendLine("|---|" + string.Concat(Enumerable.Repeat("---:|", languages.Count + 1)));
        table.AppendLine("| lines | " + string.Join(" | ", languages.Select(l => counts[l].Lines.ToString(CultureInfo.InvariantCulture))) + $" | {total.Lines} |");
        void Row(string name, Func<(int Lines, int Right, int None, int Wrong), int> value) =>
            table.AppendLine($"| {name} | " + string.Join(" | ", languages.Select(l => Percent(value(counts[l]), counts[l].Lines))) + $" | {Percent(value(total), total.Lines)} |");
        Row("named right", c => c.Right);
        Row("no note", c => c.None);
        Row("named wrong", c => c.Wrong);
        return table.ToString();
    }

    private static string Percent(int part, int all) => all == 0 ? "-" : (100.0 * part / all).ToString("F1", CultureInfo.InvariantCulture);
}
