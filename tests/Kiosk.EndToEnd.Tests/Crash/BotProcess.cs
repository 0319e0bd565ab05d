using System.Collections.Concurrent;
using System.Diagnostics;

namespace Kiosk.EndToEnd.Tests.Crash;

/// <summary>
/// The built bot (Kiosk.Bot.dll, copied next to the tests) run as its own OS process with its settings in
/// environment variables, so that it can be killed with SIGKILL like `kill -9` and started again on the same file.
/// </summary>
public sealed class BotProcess(IReadOnlyDictionary<string, string?> settings) : IDisposable
{
    // The last lines the bot wrote, to show why it failed; logs carry ids only.
    private readonly ConcurrentQueue<string> lines = new();
    private readonly ConcurrentQueue<string> problems = new();
    private bool afterProblem;
    private readonly Lock restarting = new();
    private Process? process;

    public int Starts { get; private set; }

    /// <summary>Sends the bot gave up waiting for and will retry (a timeout can repeat a reply without any crash).</summary>
    public int RetriedSends { get; private set; }

    public bool IsRunning => process is { HasExited: false };

    /// <summary>
    /// Times the bot stopped itself because its database failed (exit code 3) and was started again, as docs/docker.md's
    /// `docker run --restart unless-stopped` does.
    /// </summary>
    public int SelfRestarts { get; private set; }

    /// <summary>False: a bot that stopped itself stays stopped (to read its exit code).</summary>
    public bool RestartAfterStoreFailure { get; init; } = true;

    /// <summary>The exit code of the bot's last run that ended by itself; null while it runs or after a kill.</summary>
    public int? ExitCode { get; private set; }

    public void Start()
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Kiosk.Bot.dll"));
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["DOTNET_gcServer"] = "0";
        process = Process.Start(start)!;
        process.EnableRaisingEvents = true;
        process.Exited += OnExited;
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Starts++;
    }

    /// <summary>SIGKILL, as `kill -9`: no shutdown code runs, whatever was in flight stays in flight.</summary>
    public void Kill()
    {
        Process? killed;
        lock (restarting)
        {
            // Forgotten first, so that its exit is not taken for one to restart after.
            (killed, process) = (process, null);
        }

        if (killed is null)
        {
            return;
        }

        killed.Kill(entireProcessTree: true);
        killed.WaitForExit();
        killed.Dispose();
    }

    private void OnExited(object? sender, EventArgs e)
    {
        lock (restarting)
        {
            if (sender is Process exited && ReferenceEquals(exited, process))
            {
                ExitCode = exited.ExitCode;
            }

            if (RestartAfterStoreFailure && sender is Process stopped && ReferenceEquals(stopped, process) && stopped.ExitCode == 3)
            {
                SelfRestarts++;
                Start();
            }
        }
    }

    public string LastLines() => string.Join("\n", lines);

    /// <summary>Warnings and errors the bot wrote over all its starts (with the line after each), for failure messages.</summary>
    public string Problems() => string.Join("\n", problems);

    public void Dispose() => Kill();

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (line.Contains("will retry", StringComparison.Ordinal))
        {
            RetriedSends++;
        }

        lines.Enqueue(line);
        while (lines.Count > 40 && lines.TryDequeue(out _))
        {
        }

        if (line.StartsWith("warn:", StringComparison.Ordinal) || line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal) || afterProblem)
        {
            if (problems.Count < 400)
            {
                problems.Enqueue(line);
            }
        }

        afterProblem = line.StartsWith("warn:", StringComparison.Ordinal) || line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal);
    }
}
