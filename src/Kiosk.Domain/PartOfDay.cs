using NodaTime;

namespace Kiosk.Domain;

/// <summary>Parts of a day as people name them, with the kiosk's hours for each.</summary>
public enum PartOfDay
{
    /// <summary>08:00-12:00.</summary>
    Morning,

    /// <summary>12:00-17:00.</summary>
    Afternoon,

    /// <summary>17:00-21:00.</summary>
    Evening,
}

/// <summary>Hours of the parts of a day.</summary>
public static class DayParts
{
    /// <summary>When a day's help usually starts and ends when no part is named.</summary>
    public static readonly (LocalTime Start, LocalTime End) WholeDay = (new LocalTime(8, 0), new LocalTime(20, 0));

    /// <summary>Start and end of a part of the day.</summary>
    public static (LocalTime Start, LocalTime End) Hours(PartOfDay part) => part switch
    {
        PartOfDay.Morning => (new LocalTime(8, 0), new LocalTime(12, 0)),
        PartOfDay.Afternoon => (new LocalTime(12, 0), new LocalTime(17, 0)),
        _ => (new LocalTime(17, 0), new LocalTime(21, 0)),
    };

    /// <summary>The part a time of day falls in.</summary>
    public static PartOfDay Of(LocalTime time) => time.Hour < 12 ? PartOfDay.Morning : time.Hour < 17 ? PartOfDay.Afternoon : PartOfDay.Evening;
}
