using Kiosk.Benchmarks;

return args switch
{
    ["matcher", .. var rest] => MatcherBenchmark.Run(rest),
    ["broadcast", .. var rest] => await BroadcastBenchmark.RunAsync(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/Kiosk.Benchmarks -- matcher [--offers 100000] [--requests 5000]");
    Console.Error.WriteLine("       dotnet run -c Release --project tests/Kiosk.Benchmarks -- broadcast [--people 10000] [--limit 500]");
    return 2;
}
