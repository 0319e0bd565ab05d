using Kiosk.Bot;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

if (args is ["understand", .. var understandArgs])
{
    return UnderstandCommand.Run(understandArgs, Console.In, Console.Out, Console.Error);
}

if (args is ["health", .. var healthArgs])
{
    return await HealthCommand.RunAsync(KioskHost.CreateBuilder(healthArgs).Configuration, Console.Out, Console.Error);
}

try
{
    using var host = KioskHost.CreateBuilder(args).Build();
    // Validate configuration before the host starts, so a mistake is one clear line, not a stack trace.
    host.Services.GetRequiredService<IStartupValidator>().Validate();
    await host.RunAsync();
    // A background service that stopped the host for a failing database has set the exit code (3): keep it, so that a
    // restart policy (on-failure) and the crash harness start the bot again.
    return Environment.ExitCode;
}
catch (OptionsValidationException exception)
{
    foreach (var failure in exception.Failures)
    {
        await Console.Error.WriteLineAsync($"Configuration error: {failure}");
    }

    return 2;
}
catch (Kiosk.Storage.StorageOpenException exception)
{
    await Console.Error.WriteLineAsync($"Configuration error: {exception.Message}");
    return 2;
}
catch (InvalidOperationException exception) when (exception.InnerException is IOException)
{
    await Console.Error.WriteLineAsync($"Configuration error: {exception.Message}");
    return 2;
}
