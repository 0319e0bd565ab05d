using System.Diagnostics;

namespace Kiosk.Benchmarks;

/// <summary>Per-operation times of one run, summarised as median, p99 and max.</summary>
public sealed class Latencies
{
    private readonly List<double> microseconds = [];

    /// <summary>Times one call.</summary>
    public T Measure<T>(Func<T> operation)
    {
        var start = Stopwatch.GetTimestamp();
        var result = operation();
        microseconds.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
        return result;
    }

    /// <summary>How many times were taken.</summary>
    public int Count => microseconds.Count;

    /// <summary>Adds a time measured elsewhere (threads may add at once).</summary>
    public void Add(TimeSpan elapsed)
    {
        lock (microseconds)
        {
            microseconds.Add(elapsed.TotalMicroseconds);
        }
    }

    /// <summary>The value below which the given share of the times lie.</summary>
    public double Percentile(double share)
    {
        var sorted = microseconds.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(share * sorted.Count) - 1)];
    }

    /// <summary>A table row: median, p99 and max in milliseconds.</summary>
    public string Row(string name) => $"| {name} | {microseconds.Count} | {Percentile(0.5) / 1000:0.000} | {Percentile(0.99) / 1000:0.000} | {microseconds.Max() / 1000:0.000} |";
}
