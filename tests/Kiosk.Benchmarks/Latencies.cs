using System.Diagnostics;

namespace Kiosk.Benchmarks;

/// <summary>Per-operation times of one run, summarised as median, p99 and max.</summary>
public sealed class Latencies
{
    private readonly List<double> microseconds = [];
    private readonly List<long> addedAt = [];

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
            addedAt.Add(Stopwatch.GetTimestamp());
        }
    }

    /// <summary>The value below which the given share of the times lie.</summary>
    public double Percentile(double share)
    {
        var sorted = microseconds.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(share * sorted.Count) - 1)];
    }

    /// <summary>Median and max per second of the run (times added with <see cref="Add"/>), to see when slow replies came.</summary>
    public IEnumerable<string> Timeline()
    {
        var first = addedAt.Min();
        return addedAt.Zip(microseconds)
            .GroupBy(pair => (int)((pair.First - first) / Stopwatch.Frequency))
            .OrderBy(second => second.Key)
            .Select(second => $"{second.Key,3} s: {second.Count(),4} replies, median {Median(second.Select(pair => pair.Second)) / 1000,7:0.0} ms, max {second.Max(pair => pair.Second) / 1000,7:0.0} ms");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>A table row: median, p99 and max in milliseconds.</summary>
    public string Row(string name) => $"| {name} | {microseconds.Count} | {Percentile(0.5) / 1000:0.000} | {Percentile(0.99) / 1000:0.000} | {microseconds.Max() / 1000:0.000} |";
}
