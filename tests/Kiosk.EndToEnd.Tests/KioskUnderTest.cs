using System.Net.Http.Json;
using System.Text.Json;
using Kiosk.Bot;
using Kiosk.Conversations.Localization;
using Kiosk.Emulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kiosk.EndToEnd.Tests;

/// <summary>
/// The real bot host with the real Telegram.Bot client and a real LiteDB file, against the local
/// emulator on a free loopback port. The bot can be stopped and started again on the same file.
/// </summary>
public sealed class KioskUnderTest : IAsyncDisposable
{
    public static readonly Localizer Localizer = new(Catalogs.Load(Catalogs.DefaultDirectory), NullLogger<Localizer>.Instance);
    public static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private readonly string directory = Directory.CreateTempSubdirectory("kiosk-e2e-").FullName;
    private readonly Dictionary<string, string?> settings;
    private IHost? bot;

    private KioskUnderTest(EmulatorServer emulator, Dictionary<string, string?> settings)
    {
        Emulator = emulator;
        this.settings = settings;
        Http = new HttpClient { BaseAddress = emulator.BaseUrl, Timeout = TimeSpan.FromSeconds(90) };
    }

    public EmulatorServer Emulator { get; }

    /// <summary>
    /// The bot's clock: pinned to a Wednesday morning in Hamburg (10:00) and moved only when a test advances it,
    /// so that "Saturday" means the same in every run (with the real clock, a Saturday evening run failed).
    /// </summary>
    public NodaTime.Testing.FakeClock Clock { get; } = new(NodaTime.Instant.FromUtc(2026, 11, 25, 9, 0));

    public HttpClient Http { get; }

    /// <summary>The bot's warnings and errors, across restarts.</summary>
    public Storm.WarningLog Log { get; } = new();

    public string DatabasePath => Path.Combine(directory, "kiosk.db");

    /// <summary>The bot's settings (without the database path), also for a bot run as its own process.</summary>
    public IReadOnlyDictionary<string, string?> Settings => settings;

    /// <summary>Starts the emulator (its limits can be changed) and the bot (settings can be added).</summary>
    public static async Task<KioskUnderTest> StartAsync(Action<EmulatorOptions>? emulator = null, params (string Key, string? Value)[] botSettings)
    {
        var kiosk = await StartEmulatorAsync(emulator, botSettings);
        await kiosk.StartBotAsync();
        return kiosk;
    }

    /// <summary>Starts only the emulator; the caller runs the bot (in-process with <see cref="StartBotAsync"/>, or as a process).</summary>
    public static async Task<KioskUnderTest> StartEmulatorAsync(Action<EmulatorOptions>? emulator = null, params (string Key, string? Value)[] botSettings)
    {
        // Conversations here are many steps long: per-chat pacing is faster than Telegram's so that tests
        // take seconds; the global limit stays Telegram's unless a test changes it.
        // A token of its own: a bot process left over from an earlier run (its test host killed) that finds this
        // emulator on a reused port must get 401, not take this run's updates.
        var options = new EmulatorOptions { Port = 0, PerChatBurst = 20, PerChatPerSecond = 20, Token = $"{Random.Shared.Next(1_000_000, 9_999_999)}:e2e-{Guid.NewGuid():N}" };
        emulator?.Invoke(options);
        var server = await EmulatorServer.StartAsync(options, Environment.GetEnvironmentVariable("KIOSK_TEST_LOGS") == "1"
            ? LoggerFactory.Create(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning))
            : null);
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:Token"] = options.Token,
            ["Telegram:ApiBaseUrl"] = server.BaseUrl.ToString().TrimEnd('/'),
            ["Telegram:PollTimeoutSeconds"] = "10",
            ["Telegram:PerChatBurst"] = "20",
            ["Kiosk:ScheduleCheckSeconds"] = "1",
            ["Telegram:PerChatPerSecond"] = "20",
            ["Telegram:UpdatesPerPersonPerMinute"] = "10000", // the storm and the crash test write fast; FloodTests set the real limit
            ["Kiosk:Moderation"] = "false", // offers go online at once unless a test turns moderation on
            ["Health:Listen"] = "http://127.0.0.1:0", // tests run side by side: each bot's /health on a port of its own
        };
        foreach (var (key, value) in botSettings)
        {
            settings[key] = value;
        }

        return new KioskUnderTest(server, settings);
    }

    /// <summary>Changes a setting for the next <see cref="StartBotAsync"/> (a restart with another configuration).</summary>
    public void Configure(string key, string? value) => settings[key] = value;

    public async Task StartBotAsync()
    {
        var builder = KioskHost.CreateBuilder([], new Dictionary<string, string?>(settings) { ["Storage:DatabasePath"] = DatabasePath });
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(Log);
        builder.Services.AddSingleton<NodaTime.IClock>(Clock);
        bot = builder.Build();
        await bot.StartAsync();
    }

    public async Task StopBotAsync()
    {
        if (bot is not null)
        {
            await bot.StopAsync();
            bot.Dispose();
            bot = null;
        }
    }

    public Person Person(long userId, string firstName, string language, string? username = null) => new(this, userId, firstName, language, username);

    /// <summary>A question as it reads once answered: its text, then the chosen answer under it.</summary>
    public static string Answered(string language, string question, string answer) => question + "\n\n" + Localizer.Text(language, "input.answered", ("answer", answer));

    public async Task<JsonElement> StatsAsync() => await Http.GetFromJsonAsync<JsonElement>("/emulator/stats");

    public async Task PlanFaultAsync(string method, int errorCode, int retryAfter, int count) =>
        (await Http.PostAsJsonAsync("/emulator/faults", new { method, error_code = errorCode, retry_after = retryAfter, count })).EnsureSuccessStatusCode();

    public async ValueTask DisposeAsync()
    {
        await StopBotAsync();
        Http.Dispose();
        await Emulator.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    public T Service<T>() where T : notnull => bot!.Services.GetRequiredService<T>();
}
