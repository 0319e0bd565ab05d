using Kiosk.Training;

return args switch
{
    ["train"] => TrainCommand.Run(),
    ["evaluate", .. var rest] => EvaluateCommand.Run(rest),
    ["memory"] => MemoryCommand.Run(),
    ["memory", "--hold"] => MemoryCommand.Run(hold: true),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run --project src/Kiosk.Training -- train      (corpus/train -> src/Kiosk.Conversations/Understanding/Models)");
    Console.Error.WriteLine("       dotnet run --project src/Kiosk.Training -- evaluate [--set test|early|fresh|train] [--misses]");
    Console.Error.WriteLine("       dotnet run --project src/Kiosk.Training -- evaluate --set chat [--part test|train] [--misses]   (the language note on chat lines)");
    Console.Error.WriteLine("       dotnet run --project src/Kiosk.Training -- memory     (what loading the models and reading costs)");
    return 2;
}
