using System.Diagnostics;
using Kiosk.Emulator;
using Kiosk.Emulator.World;

namespace Kiosk.Benchmarks;

/// <summary>
/// Start time to the first reply: a /start waits in the emulator, the built bot is started as a process on a new
/// database file, and the time from starting the process to the bot's reply in the chat is taken; several runs.
/// </summary>
public static class StartupBenchmark
{
    private const long Person = 4711;

    /// <summary>Runs it and prints a Markdown table.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = Arguments.Int(args, "--runs", 7);
        var times = new Latencies();
        var failed = 0;
        for (var run = 0; run < runs; run++)
        {
            var directory = Directory.CreateTempSubdirectory("kiosk-bench-").FullName;
            try
            {
                await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { Port = 0 });
                var world = emulator.World;
                var since = world.UserWrites(new UserInput(Person, "Jana", null, "de", Person) { Text = "/start" }).MessageId;
                var watch = Stopwatch.StartNew();
                var bot = BotProcess.Start(emulator, Path.Combine(directory, "kiosk.db"));
                var replied = await world.ChatsSignal.WaitUntilAsync(() => world.BotWroteAfter(Person, since), TimeSpan.FromSeconds(60), CancellationToken.None);
                var elapsed = watch.Elapsed;
                await BotProcess.StopAsync(bot);
                if (replied)
                {
                    times.Add(elapsed);
                }
                else
                {
                    failed++;
                }
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        Console.WriteLine($"Start of `dotnet Kiosk.Bot.dll` (new database file) to its reply to a waiting /start, {runs} runs, {Environment.ProcessorCount} cores, load average {Arguments.LoadAverage()}");
        Console.WriteLine("| what | runs | median ms | p99 ms | max ms |");
        Console.WriteLine("| --- | --- | --- | --- | --- |");
        if (times.Count > 0)
        {
            Console.WriteLine(times.Row("process start to first reply"));
        }

        Console.WriteLine();
        Console.WriteLine($"runs without a reply: {failed}; target: median < 2 s");
        return failed == 0 ? 0 : 1;
    }
}
