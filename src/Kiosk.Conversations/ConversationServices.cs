using Kiosk.Conversations.Delivery;
using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Kiosk.Conversations;

/// <summary>Registers the conversation engine, localization and the kiosk's time.</summary>
public static class ConversationServices
{
    /// <summary>Adds the engine and its validated options.</summary>
    public static IServiceCollection AddKioskConversations(this IServiceCollection services)
    {
        services.AddOptions<KioskOptions>().BindConfiguration(KioskOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<KioskOptions>, KioskOptionsValidator>();
        services.AddSingleton(_ => Catalogs.Load(Catalogs.DefaultDirectory));
        services.AddSingleton<Localizer>();
        services.AddSingleton<IClock>(SystemClock.Instance);
        services.AddSingleton(provider => new KioskTime(
            provider.GetRequiredService<IClock>(),
            DateTimeZoneProviders.Tzdb[provider.GetRequiredService<IOptions<KioskOptions>>().Value.TimeZone]));
        services.AddSingleton<Understanding.KioskRecognizers>();
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<Flows.Coordinators.BroadcastNews>();
        services.AddSingleton<ConversationEngine>();
        services.AddSingleton<InboundProcessor>();
        services.AddSingleton<OutboxSignal>();
        return services;
    }
}
