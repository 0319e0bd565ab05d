using Kiosk.Bot;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

try
{
    using var host = KioskHost.CreateBuilder(args).Build();
    await host.RunAsync();
    return 0;
}
catch (OptionsValidationException exception)
{
    foreach (var failure in exception.Failures)
    {
        await Console.Error.WriteLineAsync($"Configuration error: {failure}");
    }

    return 2;
}
