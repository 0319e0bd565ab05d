using System.Globalization;

namespace Kiosk.Benchmarks;

/// <summary>"--name value" options of a benchmark.</summary>
public static class Arguments
{
    /// <summary>The integer after <paramref name="name"/>, else <paramref name="fallback"/>.</summary>
    public static int Int(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }

    /// <summary>The machine's 1-minute load average (Linux), so a figure can be read against how busy the machine was.</summary>
    public static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
