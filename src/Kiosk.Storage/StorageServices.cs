using Kiosk.Conversations.Delivery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kiosk.Storage;

/// <summary>Registers the LiteDB database and the stores built on it.</summary>
public static class StorageServices
{
    /// <summary>Adds storage and its validated options.</summary>
    public static IServiceCollection AddKioskStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            return new KioskDatabase(options.DatabasePath, options.Password);
        });
        services.AddSingleton<ITurnStore, TurnStore>();
        services.AddSingleton<IOutbox, Outbox>();
        services.AddSingleton<HelpRequestExpiry>();
        services.AddSingleton<RetentionSweep>();
        services.AddSingleton<IScheduleStore, ScheduleStore>();
        services.AddSingleton<IBroadcastStore, BroadcastStore>();
        return services;
    }
}
