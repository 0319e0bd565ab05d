using System.Diagnostics;
using System.Globalization;
using Kiosk.Bot;
using Kiosk.Conversations.Delivery;
using Kiosk.Emulator;
using Kiosk.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kiosk.Benchmarks;

/// <summary>
/// People completing the help request form through the emulator, against the real host with the real Telegram.Bot
/// client and a real LiteDB file, and the same load against an echo bot on the same client and emulator: updates
/// per second, reply latency (update queued at the emulator to the first reply in the chat), and p99 at a fixed load.
/// Telegram's send limits are raised on both sides so that they do not set the pace.
/// </summary>
public static class ThroughputBenchmark
{
    private const int Unlimited = 100_000;

    /// <summary>Runs it and prints a Markdown table.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var people = Arguments.Int(args, "--people", 2000);
        var concurrent = Arguments.Int(args, "--concurrent", 32);
        var load = Arguments.Int(args, "--load", 100);
        var seconds = Arguments.Int(args, "--seconds", 20);
        var warmUp = TimeSpan.FromSeconds(Arguments.Int(args, "--warm-up", 10));
        var steps = Neighbour.HelpRequest.Count;
        var directory = Directory.CreateTempSubdirectory("kiosk-bench-").FullName;
        try
        {
            Run echo, echoLikeKiosk, kiosk, paced;
            var profile = new Profile();
            var profiles = new List<string>();
            int stored, warmUpPeople;
            await using (var emulator = await StartEmulatorAsync())
            {
                await using var bot = new EchoBot(emulator.Options.Token, emulator.BaseUrl);
                bot.Start();
                (echo, _) = await ClosedLoopAsync(emulator, Neighbour.Echo, 1_000_000, people, concurrent, warmUp);
            }

            await using (var emulator = await StartEmulatorAsync())
            {
                await using var bot = new EchoBot(emulator.Options.Token, emulator.BaseUrl, likeKiosk: true);
                bot.Start();
                (echoLikeKiosk, _) = await ClosedLoopAsync(emulator, Neighbour.Echo, 1_500_000, people, concurrent, warmUp);
            }

            await using (var emulator = await StartEmulatorAsync())
            {
                using var host = await StartKioskAsync(emulator, Path.Combine(directory, "kiosk.db"), profile);
                (kiosk, warmUpPeople) = await ClosedLoopAsync(emulator, Neighbour.HelpRequest, 2_000_000, people, concurrent, warmUp, profile.Reset);
                profiles.Add(profile.Row($"{concurrent} people at once", kiosk.Seconds));
                profile.Reset();
                paced = await FixedLoadAsync(emulator, 3_000_000, load * seconds / steps, (double)steps / load);
                profiles.Add(profile.Row($"offered {load} updates/s", paced.Seconds));
                var database = host.Services.GetRequiredService<KioskDatabase>();
                stored = database.Run(() => database.Requests.Count());
                await host.StopAsync();
            }

            var expected = kiosk.People + paced.People + warmUpPeople;
            Console.WriteLine($"People completing the help request form ({steps} updates each) after {warmUp.TotalSeconds:0} s of warm-up, send limits raised to {Unlimited:N0}/s overall and per chat on the bot and the emulator; {Environment.ProcessorCount} cores, load average {Arguments.LoadAverage()}");
            Console.WriteLine("| run | people | failed | updates/s | Telegram calls per update | reply median (ms) | reply p99 (ms) | reply max (ms) |");
            Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
            Console.WriteLine(echo.Row($"echo bot, {concurrent} people at once"));
            Console.WriteLine(echoLikeKiosk.Row($"echo bot with the kiosk's calls for a press, {concurrent} people at once"));
            Console.WriteLine(kiosk.Row($"kiosk bot, {concurrent} people at once"));
            Console.WriteLine(paced.Row($"kiosk bot, offered {load} updates/s"));
            Console.WriteLine();
            Console.WriteLine($"CPU per update (whole process: bot, emulator and people): echo bot {echo.CpuMsPerUpdate:0.00} ms, echo bot with the kiosk's calls {echoLikeKiosk.CpuMsPerUpdate:0.00} ms, kiosk {kiosk.CpuMsPerUpdate:0.00} ms: the kiosk's own work about {kiosk.CpuMsPerUpdate - echoLikeKiosk.CpuMsPerUpdate:0.00} ms per update");
            Console.WriteLine($"kiosk / echo: {kiosk.PerSecond / echo.PerSecond:0.00}; kiosk / echo with the kiosk's calls: {kiosk.PerSecond / echoLikeKiosk.PerSecond:0.00} (no longer a target, see docs/delivery-and-storage.md); p99 at {load} updates/s: {paced.Latencies.Percentile(0.99) / 1000:0.0} ms (target < 50 ms); help requests stored: {stored} of {expected}");
            Console.WriteLine();
            Console.WriteLine("Where the kiosk bot's time goes, per update (ms); the share is of the run's wall time, for the poller and sender together");
            Console.WriteLine("| run | engine | LiteDB transaction of the turn | messages per update | marking them sent (LiteDB) | reading the outbox (LiteDB) | share |");
            Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
            profiles.ForEach(Console.WriteLine);
            return echo.Failed + echoLikeKiosk.Failed + kiosk.Failed + paced.Failed == 0 && stored == expected ? 0 : 1;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static Task<EmulatorServer> StartEmulatorAsync() =>
        EmulatorServer.StartAsync(new EmulatorOptions { Port = 0, MessagesPerSecond = Unlimited, PerChatPerSecond = Unlimited, PerChatBurst = Unlimited });

    private static async Task<IHost> StartKioskAsync(EmulatorServer emulator, string databasePath, Profile profile)
    {
        var limit = Unlimited.ToString(CultureInfo.InvariantCulture);
        var builder = KioskHost.CreateBuilder([], new Dictionary<string, string?>
        {
            ["Telegram:Token"] = emulator.Options.Token,
            ["Telegram:ApiBaseUrl"] = emulator.BaseUrl.ToString().TrimEnd('/'),
            ["Telegram:MessagesPerSecond"] = limit,
            ["Telegram:PerChatPerSecond"] = limit,
            ["Telegram:PerChatBurst"] = limit,
            ["Storage:DatabasePath"] = databasePath,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
        });
        builder.Services.AddSingleton<TurnStore>().AddSingleton<ITurnStore>(provider => new Profile.TurnStore(provider.GetRequiredService<TurnStore>(), profile));
        builder.Services.AddSingleton<Outbox>().AddSingleton<IOutbox>(provider => new Profile.Outbox(provider.GetRequiredService<Outbox>(), profile));
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    // Each of `concurrent` people starts the next one when done. People come and go for the warm-up time first, not
    // counted: a bot runs for days, and until the runtime has compiled the hot code for good (tiered compilation) a
    // short run measures the compiler.
    private static async Task<(Run Run, int WarmUpPeople)> ClosedLoopAsync(EmulatorServer emulator, IReadOnlyList<Step> steps, long firstId, int people, int concurrent, TimeSpan warmUp, Action? warmedUp = null)
    {
        var warmUpPeople = 0;
        var warming = Stopwatch.StartNew();
        while (warming.Elapsed < warmUp)
        {
            var first = firstId + warmUpPeople;
            await Task.WhenAll(Enumerable.Range(0, concurrent).Select(i => Neighbour.RunAsync(emulator.World, first + i, steps, new Latencies())));
            warmUpPeople += concurrent;
        }

        firstId += warmUpPeople;
        warmedUp?.Invoke();
        var latencies = new Latencies();
        var next = concurrent - 1;
        var failed = 0;
        var callsBefore = Calls(emulator);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrent).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < concurrent + people)
            {
                if (!await Neighbour.RunAsync(emulator.World, firstId + i, steps, latencies))
                {
                    Interlocked.Increment(ref failed);
                }
            }
        })));
        var seconds = watch.Elapsed.TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / (people * steps.Count);
        return (new Run(people, failed, people * steps.Count / seconds, latencies, seconds, (double)(Calls(emulator) - callsBefore) / (people * steps.Count)) { CpuMsPerUpdate = cpu }, warmUpPeople);
    }

    // A new person every `every` seconds, whatever the bot's pace: an open load of steps / every updates per second.
    private static async Task<Run> FixedLoadAsync(EmulatorServer emulator, long firstId, int people, double every)
    {
        var latencies = new Latencies();
        var runs = new List<Task<bool>>();
        var callsBefore = Calls(emulator);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < people; i++)
        {
            var due = TimeSpan.FromSeconds(i * every) - watch.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }

            var id = firstId + i;
            runs.Add(Task.Run(() => Neighbour.RunAsync(emulator.World, id, Neighbour.HelpRequest, latencies)));
        }

        var done = await Task.WhenAll(runs);
        return new Run(people, done.Count(ok => !ok), latencies.Count / watch.Elapsed.TotalSeconds, latencies, watch.Elapsed.TotalSeconds, (double)(Calls(emulator) - callsBefore) / latencies.Count);
    }

    // Calls that answer people (not getUpdates, nor the bot's start-up calls).
    private static long Calls(EmulatorServer emulator) =>
        emulator.Stats.ToJson()["calls"]!.AsObject()
            .Where(call => call.Key is "sendmessage" or "editmessagereplymarkup" or "editmessagetext" or "answercallbackquery" or "senddocument" or "sendphoto")
            .Sum(call => (long)(int)call.Value!);

    private sealed record Run(int People, int Failed, double PerSecond, Latencies Latencies, double Seconds, double CallsPerUpdate)
    {
        /// <summary>CPU time of the whole process (bot, emulator, simulated people) per update, in milliseconds.</summary>
        public double CpuMsPerUpdate { get; init; }

        public string Row(string name) =>
            $"| {name} | {People} | {Failed} | {PerSecond:0} | {CallsPerUpdate:0.0} | {Latencies.Percentile(0.5) / 1000:0.0} | {Latencies.Percentile(0.99) / 1000:0.0} | {Latencies.Percentile(1) / 1000:0.0} |";
    }
}
