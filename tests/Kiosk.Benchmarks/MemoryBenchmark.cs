using System.Diagnostics;
using System.Globalization;
using Kiosk.Domain;
using Kiosk.Emulator;
using Kiosk.Storage;
using NodaTime;

namespace Kiosk.Benchmarks;

/// <summary>
/// Peak working set of the bot process with 100,000 people stored (plus offers and help requests, half of them
/// past their time so the expiry sweep has work), while people complete the help request form and the schedule
/// runs every second. The database file is seeded before the process starts.
/// </summary>
public static class MemoryBenchmark
{
    private static readonly string[] Languages = ["de", "en", "ar", "fa", "uk", "ru", "tr"];

    /// <summary>Runs it and prints a Markdown table.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var members = Arguments.Int(args, "--people", 100_000);
        var offers = Arguments.Int(args, "--offers", 20_000);
        var requests = Arguments.Int(args, "--requests", 20_000);
        var visitors = Arguments.Int(args, "--traffic", 1500);
        // The Dockerfile's DOTNET_GCgen0size (4 MB); 0 leaves the runtime's default, sized from the CPU cache.
        var gen0 = Arguments.Int(args, "--gen0-mb", 4);
        // The Dockerfile's DOTNET_GCName: the runtime's segments GC (libclrgc.so), about 7 MB less than the default regions GC
        // here (docs/understanding.md, session 12); "--regions" measures the default.
        var gcName = args.Contains("--regions") ? "" : "libclrgc.so";
        // "--env NAME=VALUE" (repeatable): more settings of the bot process, e.g. to try a runtime knob.
        var extra = args.Select((arg, index) => (arg, index)).Where(pair => pair.arg == "--env" && pair.index + 1 < args.Length)
            .Select(pair => args[pair.index + 1].Split('=', 2)).Select(parts => (parts[0], parts.Length > 1 ? parts[1] : "")).ToArray();
        // 0: 16 people at once (closed loop, replies wait for each other); N: a new person every 5 / N seconds (N updates/s offered).
        var load = Arguments.Int(args, "--load", 0);
        var directory = Directory.CreateTempSubdirectory("kiosk-bench-").FullName;
        try
        {
            var path = Path.Combine(directory, "kiosk.db");
            Seed(path, members, offers, requests);
            var size = new FileInfo(path).Length;
            const int Fast = 1_000;
            await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { Port = 0, MessagesPerSecond = Fast, PerChatBurst = Fast, PerChatPerSecond = Fast });
            var fast = Fast.ToString(CultureInfo.InvariantCulture);
            var bot = BotProcess.Start(emulator, path, [("Kiosk__ScheduleCheckSeconds", "1"), ("DOTNET_GCgen0size", gen0 > 0 ? $"0x{gen0 * 1_048_576:x}" : ""), ("DOTNET_GCName", gcName),
                ("Telegram__MessagesPerSecond", fast), ("Telegram__PerChatBurst", fast), ("Telegram__PerChatPerSecond", fast), .. extra]);
            long peak = 0;
            var curve = new List<(double Seconds, long Bytes)>();
            var started = Stopwatch.StartNew();
            using var sampling = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested && !bot.HasExited)
                {
                    bot.Refresh();
                    peak = Math.Max(peak, bot.PeakWorkingSet64);
                    curve.Add((started.Elapsed.TotalSeconds, bot.WorkingSet64));
                    await Task.Delay(100);
                }
            });

            // Traffic starts once the bot answers: its start has a benchmark of its own (startup).
            if (!await Neighbour.RunAsync(emulator.World, 8_999_999, Neighbour.HelpRequest.Take(1).ToList(), new Latencies()))
            {
                Console.WriteLine("the bot did not answer a first /start");
                return 1;
            }

            var latencies = new Latencies();
            var next = -1;
            var failed = 0;
            var watch = Stopwatch.StartNew();
            var trafficFrom = started.Elapsed.TotalSeconds;
            if (load > 0)
            {
                var every = TimeSpan.FromSeconds((double)Neighbour.HelpRequest.Count / load);
                var runs = new List<Task>();
                for (var i = 0; i < visitors; i++)
                {
                    var due = every * i - watch.Elapsed;
                    if (due > TimeSpan.Zero)
                    {
                        await Task.Delay(due);
                    }

                    var id = 9_000_000 + i;
                    runs.Add(Task.Run(async () =>
                    {
                        if (!await Neighbour.RunAsync(emulator.World, id, Neighbour.HelpRequest, latencies))
                        {
                            Interlocked.Increment(ref failed);
                        }
                    }));
                }

                await Task.WhenAll(runs);
            }
            else
            {
                await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
                {
                    int i;
                    while ((i = Interlocked.Increment(ref next)) < visitors)
                    {
                        if (!await Neighbour.RunAsync(emulator.World, 9_000_000 + i, Neighbour.HelpRequest, latencies))
                        {
                            Interlocked.Increment(ref failed);
                        }
                    }
                })));
            }
            var traffic = watch.Elapsed;
            var trafficTo = started.Elapsed.TotalSeconds;
            await Task.Delay(TimeSpan.FromSeconds(5)); // a few more rounds of the schedule after the last request
            await sampling.CancelAsync();
            await sampler;
            bot.Refresh();
            peak = Math.Max(peak, bot.PeakWorkingSet64);
            var parts = MemoryParts(bot.Id);
            var mappings = args.Contains("--mappings") ? Mappings(bot.Id) : [];
            var cpu = bot.TotalProcessorTime;
            await BotProcess.StopAsync(bot);

            Console.WriteLine($"Bot process with {members:N0} people, {offers:N0} offers and {requests:N0} help requests stored ({size / 1_048_576.0:0} MB file); {visitors} people complete the help request form, {(load > 0 ? $"{load} updates/s offered" : "16 at a time")}, from the bot's first reply on ({traffic.TotalSeconds:0.0} s, {latencies.Count / traffic.TotalSeconds:0} updates/s), schedule every second, load average {Arguments.LoadAverage()}; gen0 budget {(gen0 > 0 ? $"{gen0} MB (DOTNET_GCgen0size)" : "the runtime's default")}, {(gcName == "" ? "regions GC (the runtime's default)" : $"segments GC (DOTNET_GCName={gcName})")}{string.Concat(extra.Select(setting => $", {setting.Item1}={setting.Item2}"))}");
            // The peak is one sample and moves with the moment of a collection; the median over the traffic shows the level.
            var during = curve.Where(point => point.Seconds >= trafficFrom && point.Seconds <= trafficTo).Select(point => point.Bytes).Order().ToList();
            var level = during.Count > 0 ? during[during.Count / 2] : 0;
            Console.WriteLine("| what | median reply ms | p99 reply ms | peak working set | median working set during the traffic | target |");
            Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
            Console.WriteLine($"| {members:N0} people stored, serving traffic | {latencies.Percentile(0.5) / 1000:0.0} | {latencies.Percentile(0.99) / 1000:0.0} | {peak / 1_048_576.0:0} MB | {level / 1_048_576.0:0} MB | < 200 MB |");
            Console.WriteLine();
            Console.WriteLine($"people whose form did not complete: {failed}; at the end: {parts}; bot CPU {cpu.TotalSeconds:0.0} s from its start, {cpu.TotalMilliseconds / (latencies.Count + 5):0.00} ms per update (start-up and sweeps included)");
            mappings.ForEach(Console.WriteLine);
            if (args.Contains("--timeline"))
            {
                latencies.Timeline().ToList().ForEach(Console.WriteLine);
                Console.WriteLine("working set of the bot process, per second since its start (max):");
                curve.GroupBy(point => (int)point.Seconds).ToList().ForEach(second => Console.WriteLine($"{second.Key,3} s: {second.Max(point => point.Bytes) / 1_048_576.0:0} MB"));
            }

            return failed == 0 && peak > 0 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    // What the working set is made of (Linux): the process's own memory, and mapped files (runtime, assemblies).
    private static string MemoryParts(int processId)
    {
        var status = $"/proc/{processId}/status";
        return File.Exists(status)
            ? string.Join(", ", File.ReadAllLines(status).Where(line => line.StartsWith("RssAnon", StringComparison.Ordinal) || line.StartsWith("RssFile", StringComparison.Ordinal)).Select(line => string.Join(' ', line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries))))
            : "no /proc here";
    }

    // The resident memory of the bot per mapped file (and the anonymous rest), largest first: where RssFile goes.
    private static List<string> Mappings(int processId)
    {
        var smaps = $"/proc/{processId}/smaps";
        if (!File.Exists(smaps))
        {
            return [];
        }

        var sizes = new Dictionary<string, long>();
        var current = "";
        foreach (var line in File.ReadLines(smaps))
        {
            var fields = line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length > 0 && fields[0].Contains('-', StringComparison.Ordinal) && !fields[0].EndsWith(':'))
            {
                current = fields.Length >= 6 ? Path.GetFileName(fields[5]) : "[anonymous]";
            }
            else if (fields is ["Rss:", var kilobytes, ..])
            {
                sizes[current] = sizes.GetValueOrDefault(current) + long.Parse(kilobytes, CultureInfo.InvariantCulture);
            }
        }

        return ["resident per mapping (kB):", .. sizes.OrderByDescending(pair => pair.Value).Take(25).Select(pair => $"  {pair.Value,8} {pair.Key}")];
    }

    internal static void Seed(string path, int members, int offers, int requests)
    {
        using var database = new KioskDatabase(path);
        var random = new Random(2026);
        var now = SystemClock.Instance.GetCurrentInstant();
        var districts = Districts.Ids.ToArray();
        var today = now.InZone(DateTimeZoneProviders.Tzdb["Europe/Berlin"]).Date;
        database.InTransaction(() => database.Members.InsertBulk(Enumerable.Range(1, members).Select(i => new Member
        {
            Id = i, FirstName = $"P{i}", Language = Languages[i % Languages.Length], PrivacyAcceptedAt = now - Duration.FromDays(i % 300),
        })));
        database.InTransaction(() => database.Offers.InsertBulk(Enumerable.Range(0, offers).Select(i => new Offer
        {
            Id = $"o{i}", MemberId = 1 + (i * 5 % members), Category = Categories.All[random.Next(Categories.All.Count)], District = districts[random.Next(districts.Length)],
            Availability = WeeklyAvailability.Always, Languages = [Languages[i % Languages.Length], "de"], Language = Languages[i % Languages.Length],
            Status = OfferStatus.Active, CreatedAt = now - Duration.FromDays(i % 200), Description = "Ich helfe gern, am liebsten nachmittags.",
        })));
        database.InTransaction(() => database.Requests.InsertBulk(Enumerable.Range(0, requests).Select(i =>
        {
            // Every other request's time is over: the expiry sweep at start closes it.
            var day = today.PlusDays(i % 2 == 0 ? -1 - (i % 20) : 1 + (i % 20));
            return new HelpRequest
            {
                Id = $"r{i}", MemberId = 2 + (i * 5 % members), Category = Categories.All[random.Next(Categories.All.Count)], District = districts[random.Next(districts.Length)],
                When = HelpTime.Between(day.At(new LocalTime(14, 0)), day.At(new LocalTime(16, 0))), Language = Languages[i % Languages.Length],
                Details = "Brauche Hilfe", CreatedAt = now - Duration.FromDays(i % 30),
            };
        })));
    }
}
