using Kiosk.Benchmarks;

return args switch
{
    ["matcher", .. var rest] => MatcherBenchmark.Run(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/Kiosk.Benchmarks -- matcher [--offers 100000] [--requests 5000]");
    return 2;
}
