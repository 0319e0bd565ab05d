using Kiosk.Domain.Info;
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

    /// <summary>Opening hours per weekday ("Monday" = "10:00-13:00,14:00-18:00"); a missing day is closed.</summary>
    public Dictionary<string, string> OpeningHours { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Dates with other hours ("2026-12-24" = "closed" or "10:00-14:00").</summary>
    public Dictionary<string, string> Exceptions { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The kiosk's address, as shown to people (the default names the street only: set the house number in appsettings).</summary>
    public string Address { get; set; } = "Neues Amt Altona, Neue Große Bergstraße, 22767 Hamburg";

    /// <summary>A link to a map; when empty, an OpenStreetMap search for the address.</summary>
    public string MapUrl { get; set; } = "";

    /// <summary>
    /// Where the coordinators' desk (the bot's web listener's /app/) is reached from outside, e.g.
    /// "https://kiosk.example.org/app/" (Telegram opens Mini Apps over https only); empty: /desk says it has no address.
    /// </summary>
    public string DeskUrl { get; set; } = "";

    /// <summary>The desk's address when Telegram can open it as a Mini App (https, or the local emulator's loopback); else null.</summary>
    public string? DeskWebApp() =>
        Uri.TryCreate(DeskUrl, UriKind.Absolute, out var desk) && (desk.Scheme == Uri.UriSchemeHttps || desk.IsLoopback) ? desk.AbsoluteUri : null;

    /// <summary>The opening hours as the domain reads them (entries that do not read are left out; the validator names them).</summary>
    public OpeningHours Hours()
    {
        var week = new Dictionary<IsoDayOfWeek, IReadOnlyList<OpeningSpan>>();
        foreach (var (day, text) in OpeningHours)
        {
            if (Domain.Info.OpeningHours.TryParseWeekday(day, out var weekday) && Domain.Info.OpeningHours.TryParseSpans(text, out var spans))
            {
                week[weekday] = spans;
            }
        }

        var exceptions = new Dictionary<LocalDate, IReadOnlyList<OpeningSpan>>();
        foreach (var (date, text) in Exceptions)
        {
            if (Domain.Info.OpeningHours.TryParseDate(date, out var day) && Domain.Info.OpeningHours.TryParseSpans(text, out var spans))
            {
                exceptions[day] = spans;
            }
        }

        return new(week, exceptions);
    }

    /// <summary>The map link: the configured one, or an OpenStreetMap search for the address.</summary>
    public string Map() => MapUrl.Length > 0 ? MapUrl : "https://www.openstreetmap.org/search?query=" + Uri.EscapeDataString(Address);
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

        problems.AddRange(OpeningProblems(options));
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static IEnumerable<string> OpeningProblems(KioskOptions options)
    {
        const string Spans = "use times like 10:00-18:00, several separated by commas (10:00-13:00,14:00-18:00), or closed";
        foreach (var (day, hours) in options.OpeningHours)
        {
            if (!OpeningHours.TryParseWeekday(day, out _))
            {
                yield return $"Kiosk:OpeningHours:{day} (env Kiosk__OpeningHours__{day}) is not a weekday; use Monday ... Sunday";
            }
            else if (!OpeningHours.TryParseSpans(hours, out _))
            {
                yield return $"Kiosk:OpeningHours:{day} (env Kiosk__OpeningHours__{day}) '{hours}' does not read; {Spans}";
            }
        }

        foreach (var (date, hours) in options.Exceptions)
        {
            if (!OpeningHours.TryParseDate(date, out _))
            {
                yield return $"Kiosk:Exceptions:{date} (env Kiosk__Exceptions__{date}) is not a date; use one like 2026-12-24";
            }
            else if (!OpeningHours.TryParseSpans(hours, out _))
            {
                yield return $"Kiosk:Exceptions:{date} (env Kiosk__Exceptions__{date}) '{hours}' does not read; {Spans}";
            }
        }

        if (string.IsNullOrWhiteSpace(options.Address))
        {
            yield return "Kiosk:Address (env Kiosk__Address) is empty; people need to know where the kiosk is";
        }

        if (options.MapUrl.Length > 0 && !(Uri.TryCreate(options.MapUrl, UriKind.Absolute, out var map) && map.Scheme is "https" or "http"))
        {
            yield return $"Kiosk:MapUrl (env Kiosk__MapUrl) '{options.MapUrl}' is not a web address; use https://... or leave it empty";
        }
    }
}
