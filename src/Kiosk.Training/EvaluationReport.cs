using System.Globalization;
using System.Text;

namespace Kiosk.Training;

/// <summary>Right and total per measure and language.</summary>
public sealed class EvaluationReport
{
    /// <summary>The measures, in the order the table shows them.</summary>
    public static readonly IReadOnlyList<string> Measures =
        ["request_category", "request_top3", "offer_category", "offer_top3", "intent", "language", "day", "asked_back", "sure_right", "intent_asked"];

    private readonly Dictionary<string, LanguageRow> rows = new(StringComparer.Ordinal);

    /// <summary>Lines that got something wrong, for reading.</summary>
    public List<string> Misses { get; } = [];

    /// <summary>The row of one language.</summary>
    public LanguageRow Row(string language) => rows.TryGetValue(language, out var row) ? row : rows[language] = new LanguageRow();

    /// <summary>The share right for one language and measure (null when nothing was counted).</summary>
    public double? Share(string language, string measure) => rows.GetValueOrDefault(language)?.Share(measure);

    /// <summary>The share right over every language.</summary>
    public double? Overall(string measure)
    {
        var right = rows.Values.Sum(row => row.Right(measure));
        var total = rows.Values.Sum(row => row.Total(measure));
        return total == 0 ? null : (double)right / total;
    }

    /// <summary>A Markdown table: one row per language and one for all.</summary>
    public string Table()
    {
        var table = new StringBuilder();
        table.AppendLine("| language | messages | request category | request top 3 | offer category | offer top 3 | intent | written language | day | asked back | right when sure | asked offer or request |");
        table.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var language in Corpus.Languages.Where(rows.ContainsKey))
        {
            var row = rows[language];
            table.AppendLine(CultureInfo.InvariantCulture, $"| {language} | {row.Total("intent")} | {string.Join(" | ", Measures.Select(measure => Format(row.Share(measure))))} |");
        }

        table.Append(CultureInfo.InvariantCulture, $"| all | {rows.Values.Sum(row => row.Total("intent"))} | {string.Join(" | ", Measures.Select(measure => Format(Overall(measure))))} |");
        return table.ToString();
    }

    private static string Format(double? share) => share is { } value ? value.ToString("P1", CultureInfo.InvariantCulture) : "-";

    /// <summary>Counts for one language.</summary>
    public sealed class LanguageRow
    {
        private readonly Dictionary<string, (int Right, int Total)> counts = new(StringComparer.Ordinal);

        /// <summary>Counts one answer.</summary>
        public void Count(string measure, bool right)
        {
            var (r, t) = counts.GetValueOrDefault(measure);
            counts[measure] = (r + (right ? 1 : 0), t + 1);
        }

        /// <summary>How many were right.</summary>
        public int Right(string measure) => counts.GetValueOrDefault(measure).Right;

        /// <summary>How many were counted.</summary>
        public int Total(string measure) => counts.GetValueOrDefault(measure).Total;

        /// <summary>The share right, or null.</summary>
        public double? Share(string measure) => Total(measure) == 0 ? null : (double)Right(measure) / Total(measure);
    }
}
