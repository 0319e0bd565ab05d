using System.Diagnostics;
using System.Globalization;
using Kiosk.Conversations.Localization;
using Kiosk.Conversations.Understanding;

namespace Kiosk.Training;

/// <summary>
/// <c>memory</c>: what the understanding costs in memory. Loads the catalogs, then the shipped models, then reads
/// every test message once, and prints the managed heap (after a full collection) and the working set after each step.
/// </summary>
public static class MemoryCommand
{
    /// <summary>Runs the command.</summary>
    public static int Run(bool hold = false)
    {
        var process = Process.GetCurrentProcess();
        var rows = new List<string> { "| after | managed heap | working set |", "| --- | --- | --- |" };
        void Measure(string step)
        {
            var heap = GC.GetTotalMemory(forceFullCollection: true);
            process.Refresh();
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"| {step} | {heap / 1048576.0:F1} MB | {process.WorkingSet64 / 1048576.0:F1} MB |"));
        }

        Measure("start");
        var lines = Corpus.Read(RepositoryPaths.Corpus, "test");
        var catalogs = Catalogs.Load(RepositoryPaths.Localization);
        Measure("catalogs and test messages loaded");
        var started = Stopwatch.StartNew();
        var recognizers = new KioskRecognizers(catalogs, RepositoryPaths.Models);
        var loaded = started.Elapsed;
        Measure("models loaded");
        started.Restart();
        recognizers.QuickRequest.Read(lines[0].Text, lines[0].Language, EvaluateCommand.Now);
        var first = started.Elapsed;
        foreach (var line in lines)
        {
            recognizers.QuickRequest.Read(line.Text, line.Language, EvaluateCommand.Now);
        }

        Measure($"{lines.Count} messages read");
        if (hold)
        {
            // For a heap dump (dotnet-gcdump collect -p PID): the process waits here with everything loaded.
            Console.WriteLine($"holding, process {Environment.ProcessId}; press Enter to end");
            Console.ReadLine();
        }

        GC.KeepAlive(recognizers);
        rows.ForEach(Console.WriteLine);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"loading the models took {loaded.TotalMilliseconds:F0} ms, the first message {first.TotalMilliseconds:F0} ms; peak working set {process.PeakWorkingSet64 / 1048576.0:F1} MB"));
        return 0;
    }
}
