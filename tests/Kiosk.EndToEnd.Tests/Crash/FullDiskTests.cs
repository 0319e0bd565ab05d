using System.Diagnostics;

namespace Kiosk.EndToEnd.Tests.Crash;

/// <summary>Needs root to mount a tiny tmpfs (CI runs as root); skips, saying so, elsewhere.</summary>
public sealed class TinyDiskFactAttribute : FactAttribute
{
    public TinyDiskFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            Skip = "Mounting a tiny tmpfs needs root on Linux.";
        }
    }
}

/// <summary>
/// The built bot on a disk that fills up while it runs: it stops with exit code 3 (the process really returns it), so
/// that a restart policy starts it again once there is room, and nothing it had stored is lost.
/// </summary>
public sealed class FullDiskTests
{
    [TinyDiskFact]
    public async Task When_the_disk_is_full_the_bot_stops_with_exit_code_3_and_starts_again_on_the_same_file()
    {
        await using var kiosk = await KioskUnderTest.StartEmulatorAsync();
        var disk = Directory.CreateTempSubdirectory("kiosk-tiny-").FullName;
        Run("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", disk);
        try
        {
            var settings = new Dictionary<string, string?>(kiosk.Settings) { ["Storage:DatabasePath"] = Path.Combine(disk, "kiosk.db") };
            using (var bot = new BotProcess(settings) { RestartAfterStoreFailure = false })
            {
                bot.Start();
                var amina = kiosk.Person(7601, "Amina", "ar");
                await amina.OnboardAsync();

                // Fill every byte left, then keep writing: the next commit cannot be stored.
                Run("sh", "-c", $"dd if=/dev/zero of={disk}/filler bs=64k 2>/dev/null; sync; true");
                var writer = kiosk.Person(7602, "Jens", "de");
                for (var i = 0; i < 20; i++)
                {
                    await writer.WriteAsync("/start");
                }

                // The exit code is recorded by the Exited event, which can come a moment after HasExited turns true.
                await Eventually.True(() => !bot.IsRunning && bot.ExitCode is not null, $"the bot stopping on the full disk; it wrote:\n{bot.LastLines()}", timeoutSeconds: 60);
                Assert.True(bot.ExitCode == 3, $"exit code {bot.ExitCode}; it wrote:\n{bot.LastLines()}");
            }

            // Room again: the same file opens, and what was stored before is still there.
            File.Delete(Path.Combine(disk, "filler"));
            using (var again = new BotProcess(settings))
            {
                again.Start();
                var amina = kiosk.Person(7601, "Amina", "ar");
                await amina.WriteAsync("/menu");
                await amina.WaitForAsync("menu.title");
            }
        }
        finally
        {
            Run("umount", "-l", disk);
            Directory.Delete(disk, recursive: true);
        }
    }

    private static void Run(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{command} failed: {error}");
    }
}
