using Kiosk.Conversations;
using Kiosk.Storage;
using Kiosk.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kiosk.Bot;

/// <summary>Builds the bot's host; tests use the same builder with their own configuration and fakes.</summary>
public static class KioskHost
{
    /// <summary>
    /// A host builder with configuration from appsettings.json, environment variables and the command line;
    /// <paramref name="overrides"/> (for tests) come last and win.
    /// </summary>
    public static HostApplicationBuilder CreateBuilder(string[] args, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        if (LocalEmulator.IsWanted(builder.Configuration))
        {
            LocalEmulator.Register(builder.Services, builder.Configuration);
        }

        builder.Services.AddKioskServices();
        return builder;
    }

    /// <summary>Everything the bot consists of.</summary>
    public static IServiceCollection AddKioskServices(this IServiceCollection services)
    {
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.Section).ValidateOnStart()
            .Validate(health => health.Listen.Length == 0 || HealthOptions.IsListenAddress(health.Listen), "Health:Listen (env Health__Listen) must be an http address like http://127.0.0.1:8081, or empty")
            .Validate(health => health.MaxSilenceSeconds > 0, "Health:MaxSilenceSeconds must be at least 1")
            .Validate(health => health.MaxReplyWaitSeconds > 0, "Health:MaxReplyWaitSeconds must be at least 1");
        services.AddSingleton<KioskHealth>();
        // The listener starts before the Telegram services, so that it takes calls before setWebhook.
        services.AddSingleton<WebListener>();
        services.AddSingleton<Desk.DeskSessions>().AddSingleton<Desk.DeskAccess>().AddSingleton<Desk.DeskToday>()
            .AddSingleton<Desk.DeskPeople>().AddSingleton<Desk.DeskAnnouncements>().AddSingleton<Desk.DeskFigures>().AddSingleton<Desk.DeskApi>();
        services.AddHostedService(provider => provider.GetRequiredService<WebListener>());
        return services.AddKioskConversations().AddKioskStorage().AddKioskTelegram().AddHostedService<HelpRequestExpiryService>().AddHostedService<RetentionService>().AddHostedService<ScheduleRunner>().AddHostedService<UnderstandingWarmUp>().AddHostedService<StartupReport>();
    }
}
