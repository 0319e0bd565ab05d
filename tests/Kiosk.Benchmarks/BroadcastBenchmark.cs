using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Kiosk.Bot;
using Kiosk.Domain;
using Kiosk.Domain.Broadcasts;
using Kiosk.Emulator;
using Kiosk.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Kiosk.Benchmarks;

/// <summary>
/// One announcement to many people through the real host, the real Telegram.Bot client and a real LiteDB file,
/// against the emulator's global limit (scaled up so the run takes seconds): the achieved rate as a share of
/// the limit, the 429s received, and whether every person got exactly one copy.
/// </summary>
public static class BroadcastBenchmark
{
    private const long Writer = 1;
    private static readonly string[] Languages = ["de", "en", "ar", "fa", "uk", "ru", "tr"];

    /// <summary>Runs it and prints a Markdown table.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var count = Arguments.Int(args, "--people", 10_000);
        var limit = Arguments.Int(args, "--limit", 500);
        var directory = Directory.CreateTempSubdirectory("kiosk-bench-").FullName;
        try
        {
            await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { Port = 0, MessagesPerSecond = limit });
            using var http = new HttpClient { BaseAddress = emulator.BaseUrl };
            var people = Enumerable.Range(0, count).Select(i => new Member { Id = 100_000 + i, FirstName = $"P{i}", Language = Languages[i % Languages.Length] })
                .Append(new Member { Id = Writer, FirstName = "Jana", Language = "de" }).ToList();
            foreach (var batch in people.Chunk(2_000))
            {
                (await http.PostAsJsonAsync("/emulator/users", batch.Select(p => new { user_id = p.Id, first_name = p.FirstName, language_code = p.Language }))).EnsureSuccessStatusCode();
            }

            var builder = KioskHost.CreateBuilder([], new Dictionary<string, string?>
            {
                ["Telegram:Token"] = emulator.Options.Token,
                ["Telegram:ApiBaseUrl"] = emulator.BaseUrl.ToString().TrimEnd('/'),
                ["Telegram:MessagesPerSecond"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Storage:DatabasePath"] = Path.Combine(directory, "kiosk.db"),
            });
            builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
            using var host = builder.Build();
            await host.StartAsync();
            var database = host.Services.GetRequiredService<KioskDatabase>();
            database.InTransaction(() => database.Members.InsertBulk(people));
            database.InTransaction(() => database.Broadcasts.Insert(new Broadcast
            {
                Id = "benchmark", AuthorId = Writer, AuthorLanguage = "de", Status = BroadcastStatus.Scheduled, CreatedAt = SystemClock.Instance.GetCurrentInstant(),
                Versions = { ["de"] = "Reparatur-Café am Samstag um 14 Uhr!", ["en"] = "Repair café on Saturday at 2 pm!", ["ar"] = "مقهى التصليح يوم السبت الساعة 2 ظهراً!" },
            }));

            // The counter of copies sent, read every 100 ms: the steady rate is timed from 1 % to 99 % of them.
            var watch = Stopwatch.StartNew();
            var timeout = TimeSpan.FromSeconds(60 + (3.0 * count / limit));
            var samples = new List<(TimeSpan At, int Sent)>();
            Broadcast? done;
            while ((done = database.Run(() => database.Broadcasts.FindById("benchmark"))) is not { Status: BroadcastStatus.Done } && watch.Elapsed < timeout)
            {
                samples.Add((watch.Elapsed, done?.Sent ?? 0));
                await Task.Delay(100);
            }

            samples.Add((watch.Elapsed, done?.Sent ?? 0));
            await host.StopAsync();
            var stats = await http.GetFromJsonAsync<JsonElement>("/emulator/stats");
            var first = samples.First(sample => sample.Sent >= people.Count / 100);
            var last = samples.First(sample => sample.Sent >= people.Count * 99 / 100);
            var steady = (last.Sent - first.Sent) / (last.At - first.At).TotalSeconds;
            return Print(done!, stats, people.Count, limit, steady);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static int Print(Broadcast broadcast, JsonElement stats, int recipients, int limit, double steady)
    {
        if (broadcast is not { Status: BroadcastStatus.Done, StartedAt: { } started, FinishedAt: { } finished })
        {
            Console.Error.WriteLine($"The announcement did not finish: {broadcast.Status}, {broadcast.Tried} of {broadcast.Recipients} tried");
            return 1;
        }

        var seconds = (finished - started).TotalSeconds;
        var copies = stats.GetProperty("delivered").EnumerateObject().Where(chat => chat.Name != Writer.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(chat => chat.Value.GetInt32()).ToList();
        var tooMany = stats.GetProperty("refusals").TryGetProperty("429", out var refused) ? refused.GetInt32() : 0;
        // Start to report: includes storing one copy per person; the steady rate is the delivery itself.
        var rate = broadcast.Sent / seconds;
        Console.WriteLine($"Broadcast to {recipients:N0} people against a limit of {limit}/s (one run)");
        Console.WriteLine("| recipients | sent | blocked | failed | start to report (s) | rate / limit | steady rate (1 %-99 %) / limit | 429s | people with exactly one copy |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        Console.WriteLine($"| {broadcast.Recipients:N0} | {broadcast.Sent:N0} | {broadcast.Blocked} | {broadcast.Failed} | {seconds:0.0} | {rate / limit:0.00} | {steady / limit:0.00} | {tooMany} | {copies.Count(c => c == 1):N0} of {recipients - 1:N0} (max {copies.DefaultIfEmpty().Max()}) |");
        return broadcast.Sent == recipients && copies.Count == recipients - 1 && copies.All(c => c == 1) ? 0 : 1;
    }
}
