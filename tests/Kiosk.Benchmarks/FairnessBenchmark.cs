using System.Diagnostics;
using System.Globalization;
using Kiosk.Bot;
using Kiosk.Conversations.Engine;
using Kiosk.Domain;
using Kiosk.Emulator;
using Kiosk.Emulator.World;
using Kiosk.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Kiosk.Benchmarks;

/// <summary>
/// Sending at Telegram's pace, measured offline: the emulator keeps Telegram's limits (30 messages a second overall,
/// one a second per chat after a burst of three) and answers every call after a delay, as Telegram does. Reply capacity
/// (many people at once), a flood from one person (another person's reply delay), and a burst of button presses.
/// </summary>
public static class FairnessBenchmark
{
    private const double TelegramPerSecond = 30;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>Runs it and prints Markdown tables.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var people = Arguments.Int(args, "--people", 300);
        var flood = Arguments.Int(args, "--flood", 300);
        var presses = Arguments.Int(args, "--presses", 1000);
        var failed = false;
        Console.WriteLine($"Telegram's limits in the emulator (30/s overall, 1/s per chat after 3); {Environment.ProcessorCount} cores, load average {Arguments.LoadAverage()}");
        Console.WriteLine("| run | answer delay | messages | took (s) | Telegram's limit allows (s) | capacity (allowed / took) | target |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var delay in new[] { 100, 300 })
        {
            var (messages, took) = await CapacityAsync(people, delay);
            var allowed = messages / TelegramPerSecond;
            var target = delay == 100 ? 0.95 : 0.9;
            failed |= allowed / took < target;
            Console.WriteLine($"| {people} people write /start at once | {delay} ms | {messages} | {took:0.0} | {allowed:0.0} | {allowed / took:0.00} | >= {target} |");
        }

        var (burstMessages, burstTook) = await BurstAsync(presses, 100);
        var burstAllowed = Math.Max(burstMessages / TelegramPerSecond, 10);
        failed |= burstTook > 1.05 * burstAllowed;
        Console.WriteLine($"| {presses} stored people press a button within 10 s | 100 ms | {burstMessages} | {burstTook:0.0} | {burstAllowed:0.0} | {burstAllowed / burstTook:0.00} (took {burstTook / burstAllowed:0.00}x) | took <= 1.05x |");
        Console.WriteLine();

        var delays = await FloodAsync(flood, 100);
        failed |= delays.Percentile(1) / 1e6 >= 2;
        Console.WriteLine($"Flood: one person sends {flood} messages in 10 s (answer delay 100 ms) while another person writes /start every second");
        Console.WriteLine("| probes | reply median (ms) | reply max (ms) | target |");
        Console.WriteLine("| --- | --- | --- | --- |");
        Console.WriteLine($"| {delays.Count} | {delays.Percentile(0.5) / 1000:0} | {delays.Percentile(1) / 1000:0} | max < 2000 ms |");
        return failed ? 1 : 0;
    }

    // Everyone writes /start at the same moment; done when every chat shows the language question.
    private static async Task<(long Messages, double Seconds)> CapacityAsync(int people, int delay)
    {
        var directory = Directory.CreateTempSubdirectory("kiosk-fair-").FullName;
        try
        {
            await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { Port = 0, ResponseDelayMs = delay });
            using var host = await StartKioskAsync(emulator, Path.Combine(directory, "kiosk.db"));
            await WarmUpAsync(emulator.World, 7_000_000);
            var before = Sent(emulator);
            var ids = Enumerable.Range(1, people).Select(i => 7_100_000L + i).ToList();
            var watch = Stopwatch.StartNew();
            ids.ForEach(id => emulator.World.UserWrites(new UserInput(id, $"P{id}", null, "de", id) { Text = "/start" }));
            await Until(emulator.World, () => ids.All(id => HasButton(emulator.World, id, "lang:de")));
            var took = watch.Elapsed.TotalSeconds;
            await host.StopAsync();
            return (Sent(emulator) - before, took);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    // Stored people at the main menu press "offer" within 10 s; done when every chat got the category question.
    private static async Task<(long Messages, double Seconds)> BurstAsync(int presses, int delay)
    {
        var directory = Directory.CreateTempSubdirectory("kiosk-fair-").FullName;
        try
        {
            var path = Path.Combine(directory, "kiosk.db");
            var ids = Enumerable.Range(1, presses).Select(i => 7_200_000L + i).ToList();
            using (var database = new KioskDatabase(path))
            {
                var now = SystemClock.Instance.GetCurrentInstant();
                database.InTransaction(() => database.Members.InsertBulk(ids.Select(id => new Member { Id = id, FirstName = $"P{id}", Language = "de", PrivacyAcceptedAt = now })));
                database.InTransaction(() => database.Chats.InsertBulk(ids.Select(id => new ChatState { ChatId = id, Language = "de" })));
            }

            await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { Port = 0, ResponseDelayMs = delay });
            ids.ForEach(id => emulator.World.AddPerson(new UserInput(id, $"P{id}", null, "de", id)));
            using var host = await StartKioskAsync(emulator, path);
            await WarmUpAsync(emulator.World, 7_000_000);
            var before = Sent(emulator);
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < ids.Count; i++)
            {
                var due = TimeSpan.FromSeconds(10.0 * i / ids.Count) - watch.Elapsed;
                if (due > TimeSpan.Zero)
                {
                    await Task.Delay(due); // the presses' pace, not a wait for the bot
                }

                emulator.World.UserPresses(ids[i], ids[i], 1, "menu:offer");
            }

            await Until(emulator.World, () => ids.All(id => emulator.World.BotWroteAfter(id, 0)));
            var took = watch.Elapsed.TotalSeconds;
            await host.StopAsync();
            return (Sent(emulator) - before, took);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    // One person floods; a new person writes /start every second: how long until their first reply.
    private static async Task<Latencies> FloodAsync(int flood, int delay)
    {
        var directory = Directory.CreateTempSubdirectory("kiosk-fair-").FullName;
        try
        {
            await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { Port = 0, ResponseDelayMs = delay });
            using var host = await StartKioskAsync(emulator, Path.Combine(directory, "kiosk.db"));
            await WarmUpAsync(emulator.World, 7_000_000);
            const long Flooder = 7_300_000;
            var delays = new Latencies();
            var probes = new List<Task>();
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < flood; i++)
            {
                var due = TimeSpan.FromSeconds(10.0 * i / flood) - watch.Elapsed;
                if (due > TimeSpan.Zero)
                {
                    await Task.Delay(due); // the flood's pace
                }

                emulator.World.UserWrites(new UserInput(Flooder, "Flo", null, "de", Flooder) { Text = $"/help {i}" });
                if (i % (flood / 10) == flood / 20)
                {
                    var probe = Flooder + 1 + i;
                    probes.Add(ProbeAsync(emulator.World, probe, delays));
                }
            }

            await Task.WhenAll(probes);
            await host.StopAsync();
            return delays;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task ProbeAsync(TelegramWorld world, long id, Latencies delays)
    {
        var start = Stopwatch.GetTimestamp();
        world.UserWrites(new UserInput(id, $"P{id}", null, "de", id) { Text = "/start" });
        await Until(world, () => world.BotWroteAfter(id, 0));
        delays.Add(Stopwatch.GetElapsedTime(start));
    }

    // The first reply of a process is slow (the runtime compiles): one person before the measured run.
    private static Task WarmUpAsync(TelegramWorld world, long id)
    {
        world.UserWrites(new UserInput(id, "Warm", null, "de", id) { Text = "/start" });
        return Until(world, () => HasButton(world, id, "lang:de"));
    }

    private static async Task Until(TelegramWorld world, Func<bool> done)
    {
        if (!await world.ChatsSignal.WaitUntilAsync(done, Timeout, CancellationToken.None))
        {
            throw new TimeoutException("the bot did not answer everybody in time");
        }
    }

    private static bool HasButton(TelegramWorld world, long chatId, string data) =>
        world.Read(chatId, 0).Messages.Any(m => m.FromBot && m.Buttons?.Any(row => row.Any(button => button.CallbackData == data)) == true);

    private static long Sent(EmulatorServer emulator) => (long)(int)emulator.Stats.ToJson()["calls"]!.AsObject()["sendmessage"]!;

    private static async Task<IHost> StartKioskAsync(EmulatorServer emulator, string databasePath)
    {
        var builder = KioskHost.CreateBuilder([], new Dictionary<string, string?>
        {
            ["Telegram:Token"] = emulator.Options.Token,
            ["Telegram:ApiBaseUrl"] = emulator.BaseUrl.ToString().TrimEnd('/'),
            ["Storage:DatabasePath"] = databasePath,
            ["Health:Listen"] = "",
            ["Telegram:UpdatesPerPersonPerMinute"] = 30.ToString(CultureInfo.InvariantCulture),
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
        });
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
