using System.Collections.Concurrent;
using System.Diagnostics;

namespace Kiosk.EndToEnd.Tests.Crash;

/// <summary>
/// One crash run: the bot as its own process, pairs of people and a coordinator acting at once, and the bot killed
/// with SIGKILL at seeded random moments and started again. One kill is aimed at the running announcement.
/// </summary>
public sealed class CrashRun(KioskUnderTest kiosk, BotProcess bot, int pairs, int kills, int seed, int timeoutSeconds, int longestGapMs)
{
    public const long Coordinator = 7001;
    private static readonly string[] NewcomerLanguages = ["ar", "fa", "uk", "ru", "tr"];
    private static readonly string[] NeighbourLanguages = ["de", "en"];
    private readonly Random random = new(seed);
    private readonly TaskCompletionSource announcementStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentBag<int> Updates { get; } = [];

    public List<Actor> People { get; } = [];

    public Actor? Team { get; private set; }

    public List<TimeSpan> KillMoments { get; } = [];

    /// <summary>Which kill hit the running announcement, and how many copies had arrived just before.</summary>
    public (int Kill, int Copies)? AimedKill { get; private set; }

    public static string Words => "Reparatur-Café am Samstag um 14 Uhr im Neuen Amt – alle sind willkommen! #crashtest";

    public async Task RunAsync()
    {
        var watch = Stopwatch.StartNew();
        var newcomers = Enumerable.Range(0, pairs).Select(i => Person(30_000 + i, $"Amal-{i:000}", NewcomerLanguages[i % NewcomerLanguages.Length])).ToList();
        var neighbours = Enumerable.Range(0, pairs).Select(i => Person(40_000 + i, $"Jens-{i:000}", NeighbourLanguages[i % NeighbourLanguages.Length])).ToList();
        People.AddRange(newcomers.Concat(neighbours));
        Team = Person(Coordinator, "Jana", "de");
        var offered = Enumerable.Range(0, pairs).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToList();

        bot.Start();
        var load = new List<Task>();
        foreach (var i in Enumerable.Range(0, pairs))
        {
            load.Add(Task.Run(async () => await CrashPeople.NewcomerAsync(newcomers[i], neighbours[i], i, offered[i])));
            load.Add(Task.Run(async () => await CrashPeople.NeighbourAsync(neighbours[i], newcomers[i], i, offered[i].Task)));
        }

        load.Add(Task.Run(() => AnnounceAsync(offered.Take(pairs / 2 + 1).Select(o => o.Task))));
        var everyone = Task.WhenAll(load);
        await KillAsync(everyone, watch);
        await everyone;
    }

    private Actor Person(long id, string name, string language) =>
        new(kiosk.Http, id, name, language, Updates, timeoutSeconds, () => $"the bot process is {(bot.IsRunning ? "running" : "not running")}; its first warnings and errors:\n{string.Join("\n", bot.Problems().Split('\n').Take(60))}\nits last lines:\n{bot.LastLines()}");

    // The coordinator announces to everyone while about half of the newcomers have offered and the rest are on their way.
    private async Task AnnounceAsync(IEnumerable<Task> halfOffered)
    {
        await CrashPeople.OnboardAsync(Team!);
        await Task.WhenAll(halfOffered);
        await Team!.WriteAsync("/broadcast");
        await Team.WaitForAsync("broadcast.ask_text", ("language", "Deutsch"));
        await Team.WriteAsync(Words);
        await Team.PressAsync("coord:bc:aud:everyone");
        await Team.PressAsync("coord:bc:now");
        await Team.WaitForStartAsync("broadcast.started", fromStart: true, ("count", Actor.Unknown));
        announcementStarted.TrySetResult();
        await Team.WaitForStartAsync("broadcast.report", fromStart: true, ("sent", Actor.Unknown), ("blocked", Actor.Unknown), ("failed", Actor.Unknown));
    }

    // Aims one kill into the running announcement: when a seeded number of copies has arrived (or all of them).
    private async Task<int> CopiesDeliveredAsync(int copies)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var chats = People.Append(Team!).Select(person => person.UserId).ToList();
        while (DateTime.UtcNow < deadline && chats.Count(Copied) is var delivered && delivered < copies && delivered < chats.Count)
        {
            await Task.Delay(5);
        }

        return chats.Count(Copied);
    }

    private bool Copied(long chatId) =>
        kiosk.Emulator.World.Read(chatId, 0).Messages.Any(message => message.FromBot && message.Text?.Contains(Words, StringComparison.Ordinal) == true);

    // Seeded random moments (waiting for a chosen moment is the point here, not a wait for a condition).
    private async Task KillAsync(Task everyone, Stopwatch watch)
    {
        var aimed = false;
        for (var kill = 0; kill < kills && !everyone.IsCompleted; kill++)
        {
            // The last kill waits for the announcement if no earlier one was aimed at it.
            var moment = kill == kills - 1 && !aimed ? announcementStarted.Task : Task.Delay(TimeSpan.FromMilliseconds(random.Next(longestGapMs / 4, longestGapMs)));
            await Task.WhenAny(moment, everyone, aimed ? moment : announcementStarted.Task);
            if (!aimed && announcementStarted.Task.IsCompleted)
            {
                aimed = true;
                AimedKill = (kill, await CopiesDeliveredAsync(random.Next(1, People.Count / 2 + 2)));
            }

            if (everyone.IsCompleted)
            {
                break;
            }

            Assert.True(bot.IsRunning, $"the bot stopped by itself:\n{bot.LastLines()}");
            bot.Kill();
            KillMoments.Add(watch.Elapsed);
            await Task.Delay(TimeSpan.FromMilliseconds(random.Next(0, 1_500)));
            bot.Start();
        }
    }
}
