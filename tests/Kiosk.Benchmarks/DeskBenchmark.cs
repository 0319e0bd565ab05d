using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kiosk.Bot;
using Kiosk.Conversations.Flows.Coordinators.Desk;
using Kiosk.Domain;
using Kiosk.Domain.Advice;
using Kiosk.Domain.Matching;
using Kiosk.Emulator;
using Kiosk.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Kiosk.Benchmarks;

/// <summary>
/// The coordinators' desk over HTTP on the real host, with 100,000 people stored (plus offers and help requests as in
/// the memory benchmark, some offers waiting, open reports and advice requests): each page and API call timed in turn.
/// </summary>
public static class DeskBenchmark
{
    private const long Coordinator = 1;

    /// <summary>Runs it and prints a Markdown table.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var members = Arguments.Int(args, "--people", 100_000);
        var runs = Arguments.Int(args, "--runs", 100);
        var directory = Directory.CreateTempSubdirectory("kiosk-bench-").FullName;
        try
        {
            var path = Path.Combine(directory, "kiosk.db");
            MemoryBenchmark.Seed(path, members, offers: 20_000, requests: 20_000);
            SeedWaiting(path, waitingOffers: 300, reports: 200, advice: 150);
            await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { Port = 0 });
            var listen = $"http://127.0.0.1:{Kiosk.Bot.LocalEmulator.FreePort()}";
            var builder = KioskHost.CreateBuilder([], new Dictionary<string, string?>
            {
                ["Telegram:Token"] = emulator.Options.Token,
                ["Telegram:ApiBaseUrl"] = emulator.BaseUrl.ToString().TrimEnd('/'),
                ["Storage:DatabasePath"] = path,
                ["Health:Listen"] = listen,
                ["Kiosk:Coordinators:0"] = "1",
            });
            builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
            using var host = builder.Build();
            await host.StartAsync();
            var database = host.Services.GetRequiredService<KioskDatabase>();
            var code = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
            database.Run(() => database.Database.GetCollection<DeskLogin>(DeskFlow.Logins.Collection)
                .Insert(new DeskLogin { Id = code, MemberId = Coordinator, CreatedAt = SystemClock.Instance.GetCurrentInstant() }));

            using var http = new HttpClient { BaseAddress = new Uri(listen) };
            using var login = new HttpRequestMessage(HttpMethod.Post, "/app/api/login") { Headers = { Authorization = new AuthenticationHeaderValue("link", code) } };
            var session = (await (await http.SendAsync(login)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Desk", session);

            Console.WriteLine($"Desk over HTTP on the real host, {members:N0} people, 20,000 offers (300 waiting), 20,000 help requests, 200 open reports, 150 open advice requests; {runs} calls each after one warm-up; load average {Arguments.LoadAverage()}");
            Console.WriteLine("| call | calls | first ms | median ms | p95 ms | max ms | answer | target p95 |");
            Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
            var plan = new { versions = new Dictionary<string, string> { ["de"] = "Samstag ist Flohmarkt!", ["ar"] = "يوم السبت سوق!" }, audience = "everyone" };
            var calls = new (string Page, object? Body)[]
            {
                ("/app/", null), ("/app/desk.js", null), ("/app/chart.js", null), ("/app/api/today", null), ("/app/api/audit", null),
                ("/app/api/people", new { q = "p12" }), ("/app/api/people", new { q = "p" }), ("/app/api/people", new { q = "4711" }), ("/app/api/person", new { id = "4711" }),
                ("/app/api/candidates?id=" + OpenRequest(host), null),
                ("/app/api/announcements", null), ("/app/api/announcements/plan", plan), ("/app/api/figures", null), ("/app/api/figures.csv", null),
            };
            foreach (var (page, post) in calls)
            {
                var times = new List<double>();
                var first = 0.0;
                long size = 0;
                for (var i = 0; i <= runs; i++)
                {
                    var watch = Stopwatch.StartNew();
                    using var response = post is null ? await http.GetAsync(page) : await http.PostAsJsonAsync(page, post);
                    var body = await response.EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync();
                    watch.Stop();
                    size = body.Length;
                    if (i > 0)
                    {
                        times.Add(watch.Elapsed.TotalMilliseconds);
                    }
                    else
                    {
                        first = watch.Elapsed.TotalMilliseconds;
                    }
                }

                times.Sort();
                Console.WriteLine($"| {(post is null ? "GET" : "POST")} {page}{(post is null ? "" : " " + System.Text.Json.JsonSerializer.Serialize(post, new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))} | {runs} | {first:0.0} | {times[times.Count / 2]:0.0} | {times[(int)(times.Count * 0.95) - 1]:0.0} | {times[^1]:0.0} | {size / 1024.0:0} KB | < 300 |");
            }

            await host.StopAsync();
            return 0;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    // A help request still open, for "find someone by hand".
    private static string OpenRequest(IHost host)
    {
        var database = host.Services.GetRequiredService<KioskDatabase>();
        var now = SystemClock.Instance.GetCurrentInstant();
        var zone = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        return database.Run(() => database.Requests.Find(request => request.Status == HelpRequestStatus.Open).First(request => request.IsOpen(now, zone)).Id);
    }

    private static void SeedWaiting(string path, int waitingOffers, int reports, int advice)
    {
        using var database = new KioskDatabase(path);
        var now = SystemClock.Instance.GetCurrentInstant();
        database.InTransaction(() =>
        {
            database.Members.Upsert(new Member { Id = Coordinator, FirstName = "Jonas", Language = "de", PrivacyAcceptedAt = now });
            foreach (var offer in database.Offers.Find(offer => offer.Status == OfferStatus.Active, limit: waitingOffers).ToList())
            {
                offer.Status = OfferStatus.Waiting;
                database.Offers.Update(offer);
            }

            database.Reports.InsertBulk(Enumerable.Range(0, reports).Select(i => new Report { Id = $"rep{i}", MatchId = $"m{i}", ReporterId = 10 + i, ReportedId = 20 + i, At = now - Duration.FromHours(i) }));
            database.AdviceRequests.InsertBulk(Enumerable.Range(0, advice).Select(i => new AdviceRequest
            {
                Id = $"adv{i}", MemberId = 30 + i, Question = "Wie schreibe ich eine Rechnung?", Status = AdviceStatus.Open, CreatedAt = now - Duration.FromHours(i),
            }));
            return 0;
        });
    }
}
