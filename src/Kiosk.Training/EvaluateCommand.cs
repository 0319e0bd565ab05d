using System.Diagnostics;
using System.Globalization;
using Kiosk.Conversations.Localization;
using Kiosk.Conversations.Understanding;
using NodaTime;

namespace Kiosk.Training;

/// <summary>
/// <c>evaluate [--set test|early|fresh|train] [--misses]</c>: reads every message of a corpus part as if sent on
/// Wednesday 2026-11-25 10:00 and prints, per language, how often the category was right (and among the top
/// three) for requests and offers, the intent, the written language and the day; then how long reading one
/// message took (median and p99 after a warm-up pass).
/// </summary>
public static class EvaluateCommand
{
    /// <summary>When every corpus message is taken to be sent.</summary>
    public static readonly LocalDateTime Now = new(2026, 11, 25, 10, 0);

    /// <summary>Runs the command.</summary>
    public static int Run(string[] args)
    {
        var set = args.SkipWhile(arg => arg != "--set").Skip(1).FirstOrDefault() ?? "test";
        if (set == "chat")
        {
            return ChatLanguageCommand.Run(args.SkipWhile(arg => arg != "--part").Skip(1).FirstOrDefault() ?? "test", args.Contains("--misses"));
        }

        var lines = Corpus.Read(RepositoryPaths.Corpus, set);
        var recognizers = new KioskRecognizers(Catalogs.Load(RepositoryPaths.Localization), RepositoryPaths.Models);
        var report = Evaluate(recognizers, lines);
        Console.WriteLine($"set: {set} ({lines.Count} messages), read as if sent on {Now:uuuu-MM-dd HH:mm}");
        Console.WriteLine(report.Table());
        if (args.Contains("--misses"))
        {
            foreach (var miss in report.Misses)
            {
                Console.WriteLine(miss);
            }
        }

        var timings = Time(recognizers, lines);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reading one message: median {timings.Median:F2} ms, p99 {timings.P99:F2} ms, max {timings.Max:F2} ms ({timings.Count} messages, after one warm-up pass)"));
        return 0;
    }

    /// <summary>Reads every line and counts what was right.</summary>
    public static EvaluationReport Evaluate(KioskRecognizers recognizers, IReadOnlyList<CorpusLine> lines)
    {
        var report = new EvaluationReport();
        foreach (var line in lines)
        {
            var understood = recognizers.QuickRequest.Read(line.Text, line.Language, Now);
            var row = report.Row(line.Language);
            var isOffer = line.Intent == "offer";
            var top1 = understood.Category.Best == line.Category;
            var top3 = understood.Category.TopThree.Contains(line.Category);
            row.Count(isOffer ? "offer_category" : "request_category", top1);
            row.Count(isOffer ? "offer_top3" : "request_top3", top3);
            row.Count("asked_back", !understood.Category.IsSure);
            if (understood.Category.IsSure)
            {
                row.Count("sure_right", top1);
            }

            var intentRight = understood.Intent.Leaning.ToString().Equals(line.Intent, StringComparison.OrdinalIgnoreCase);
            row.Count("intent", intentRight);
            row.Count("intent_asked", understood.Intent.Intent == Intent.Unsure);
            row.Count("language", understood.Language == line.Language || !IsInOwnScript(line));
            var dayRight = true;
            string? gotDay = null;
            if (!isOffer && line.Day != "-")
            {
                gotDay = understood.When is null or { IsFlexible: true } ? "flexible" : understood.When.Start!.Value.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
                dayRight = gotDay == line.Day;
                row.Count("day", dayRight);
            }

            if (!top1 || !intentRight || !dayRight)
            {
                report.Misses.Add($"MISS {line.Language} {line.Intent}/{line.Category}/{line.Day}: {line.Text}\n     got {understood.Intent.Leaning}({understood.Intent.Confidence:F2}) "
                    + $"{understood.Category.Best}({understood.Category.Confidence:F2}) [{string.Join(',', understood.Category.Alternatives.Take(2))}] day {gotDay ?? "-"}");
            }
        }

        return report;
    }

    // A message in Latin letters in a language with its own script ("bdi 7ada", "mozhu") is not counted for the language.
    private static bool IsInOwnScript(CorpusLine line) =>
        line.Language is "de" or "en" or "tr" or "ku" or "so" or "fr" || line.Text.Count(char.IsLetter) is var letters && line.Text.Count(c => c > '\u024f' && char.IsLetter(c)) * 2 > letters;

    private static (double Median, double P99, double Max, int Count) Time(KioskRecognizers recognizers, IReadOnlyList<CorpusLine> lines)
    {
        foreach (var line in lines)
        {
            recognizers.QuickRequest.Read(line.Text, line.Language, Now);
        }

        var milliseconds = new List<double>(lines.Count);
        foreach (var line in lines)
        {
            var started = Stopwatch.GetTimestamp();
            recognizers.QuickRequest.Read(line.Text, line.Language, Now);
            milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        milliseconds.Sort();
        return milliseconds.Count == 0
            ? (0, 0, 0, 0)
            : (milliseconds[milliseconds.Count / 2], milliseconds[Math.Min(milliseconds.Count - 1, (int)Math.Ceiling(milliseconds.Count * 0.99) - 1)], milliseconds[^1], milliseconds.Count);
    }
}
