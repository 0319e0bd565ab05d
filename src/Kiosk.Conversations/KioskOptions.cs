using Microsoft.Extensions.Options;
using NodaTime;

namespace Kiosk.Conversations;

/// <summary>Configuration section "Kiosk".</summary>
public sealed class KioskOptions
{
    /// <summary>The section name.</summary>
    public const string Section = "Kiosk";

    /// <summary>Telegram user ids of the kiosk's coordinators.</summary>
    public List<long> Coordinators { get; set; } = [];

    /// <summary>IANA time zone of the kiosk; all local times are in it.</summary>
    public string TimeZone { get; set; } = "Europe/Berlin";

    /// <summary>Seconds between looks at the schedule of timeouts, reminders and feedback questions.</summary>
    public int ScheduleCheckSeconds { get; set; } = 30;

    /// <summary>When true, new offers wait for a coordinator's approval before they are matched.</summary>
    public bool Moderation { get; set; } = true;
}

/// <summary>Checks the kiosk options at start, naming the key of each problem.</summary>
public sealed class KioskOptionsValidator : IValidateOptions<KioskOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, KioskOptions options)
    {
        var problems = new List<string>();
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.TimeZone) is null)
        {
            problems.Add($"Kiosk:TimeZone (env Kiosk__TimeZone) '{options.TimeZone}' is not a time zone; use one like Europe/Berlin");
        }

        if (options.ScheduleCheckSeconds is < 1 or > 3600)
        {
            problems.Add("Kiosk:ScheduleCheckSeconds must be between 1 and 3600");
        }

        if (options.Coordinators.Any(id => id <= 0))
        {
            problems.Add("Kiosk:Coordinators (env Kiosk__Coordinators__0, ...) must be positive Telegram user ids");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
