using Kiosk.Benchmarks;

return args switch
{
    ["matcher", .. var rest] => MatcherBenchmark.Run(rest),
    ["broadcast", .. var rest] => await BroadcastBenchmark.RunAsync(rest),
    ["throughput", .. var rest] => await ThroughputBenchmark.RunAsync(rest),
    ["startup", .. var rest] => await StartupBenchmark.RunAsync(rest),
    ["memory", .. var rest] => await MemoryBenchmark.RunAsync(rest),
    ["fairness", .. var rest] => await FairnessBenchmark.RunAsync(rest),
    ["litedb-stress", .. var rest] => await LiteDbStress.RunAsync(rest),
    ["storage", .. var rest] => StorageBenchmark.Run(rest),
    ["desk", .. var rest] => await DeskBenchmark.RunAsync(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/Kiosk.Benchmarks -- matcher [--offers 100000] [--requests 5000]");
    Console.Error.WriteLine("       dotnet run -c Release --project tests/Kiosk.Benchmarks -- broadcast [--people 10000] [--limit 500]");
    Console.Error.WriteLine("       dotnet run -c Release --project tests/Kiosk.Benchmarks -- throughput [--people 400] [--concurrent 32] [--load 100] [--seconds 20]");
    Console.Error.WriteLine("       dotnet run -c Release --project tests/Kiosk.Benchmarks -- startup [--runs 7]");
    Console.Error.WriteLine("       dotnet run -c Release --project tests/Kiosk.Benchmarks -- memory [--people 100000] [--offers 20000] [--requests 20000] [--traffic 300]");
    Console.Error.WriteLine("       dotnet run -c Release --project tests/Kiosk.Benchmarks -- fairness [--people 300] [--flood 300] [--presses 1000]");
    Console.Error.WriteLine("       dotnet run -c Release --project tests/Kiosk.Benchmarks -- litedb-stress [--seconds 30] [--direct]");
    Console.Error.WriteLine("       dotnet run -c Release --project tests/Kiosk.Benchmarks -- storage [--turns 5000] [--people 10000]");
    Console.Error.WriteLine("       dotnet run -c Release --project tests/Kiosk.Benchmarks -- desk [--people 100000] [--runs 100]");
    return 2;
}
