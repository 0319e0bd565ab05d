using Kiosk.Training;

return args switch
{
    ["train", .. var rest] => TrainCommand.Run(rest),
    ["evaluate", .. var rest] => EvaluateCommand.Run(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run --project src/Kiosk.Training -- train      (corpus/train -> src/Kiosk.Conversations/Understanding/Models)");
    Console.Error.WriteLine("       dotnet run --project src/Kiosk.Training -- evaluate [--set test|train] [--misses]");
    return 2;
}
