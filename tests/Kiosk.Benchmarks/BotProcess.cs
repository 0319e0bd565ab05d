using System.Diagnostics;
using Kiosk.Emulator;

namespace Kiosk.Benchmarks;

/// <summary>The built bot (Kiosk.Bot.dll, copied next to the benchmark) started as its own process against an emulator.</summary>
public static class BotProcess
{
    /// <summary>Starts <c>dotnet Kiosk.Bot.dll</c> with the emulator's token and URL, the database file and extra settings.</summary>
    public static Process Start(EmulatorServer emulator, string databasePath, params (string Key, string Value)[] settings)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Kiosk.Bot.dll")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["Telegram__Token"] = emulator.Options.Token;
        start.Environment["Telegram__ApiBaseUrl"] = emulator.BaseUrl.ToString().TrimEnd('/');
        start.Environment["Storage__DatabasePath"] = databasePath;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            if (value.Length == 0)
            {
                start.Environment.Remove(key); // empty means the default
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        var process = Process.Start(start)!;
        // Drained so that a full pipe never blocks the bot; its warnings go to our error output.
        process.OutputDataReceived += (_, line) => _ = line;
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                Console.Error.WriteLine(line.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Stops the bot and waits for it to be gone.</summary>
    public static async Task StopAsync(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        process.Dispose();
    }
}
