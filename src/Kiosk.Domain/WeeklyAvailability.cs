using NodaTime;

namespace Kiosk.Domain;

/// <summary>
/// When a newcomer has time: a set of (weekday, part of day) slots, stored as a bit mask
/// (bit = (weekday - 1) * 3 + part). Zero means "not said yet".
/// </summary>
public readonly record struct WeeklyAvailability(int Slots)
{
    /// <summary>Every slot of the week.</summary>
    public static readonly WeeklyAvailability Always = Of(AllDays, [PartOfDay.Morning, PartOfDay.Afternoon, PartOfDay.Evening]);

    /// <summary>Monday to Friday, morning and afternoon.</summary>
    public static readonly WeeklyAvailability WeekdayDaytime = Of(Weekdays, [PartOfDay.Morning, PartOfDay.Afternoon]);

    /// <summary>Monday to Friday evenings.</summary>
    public static readonly WeeklyAvailability WeekdayEvenings = Of(Weekdays, [PartOfDay.Evening]);

    /// <summary>Saturday and Sunday, all day.</summary>
    public static readonly WeeklyAvailability Weekends = Of([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], [PartOfDay.Morning, PartOfDay.Afternoon, PartOfDay.Evening]);

    /// <summary>Monday to Friday.</summary>
    public static IsoDayOfWeek[] Weekdays => [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];

    /// <summary>Monday to Sunday.</summary>
    public static IsoDayOfWeek[] AllDays => [.. Weekdays, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];

    private static readonly PartOfDay[] Parts = Enum.GetValues<PartOfDay>();

    /// <summary>True when no slot is set.</summary>
    public bool IsEmpty => Slots == 0;

    /// <summary>The slots of these days and parts.</summary>
    public static WeeklyAvailability Of(IEnumerable<IsoDayOfWeek> days, IReadOnlyCollection<PartOfDay> parts) =>
        new(days.SelectMany(day => parts.Select(part => Bit(day, part))).Aggregate(0, (mask, bit) => mask | bit));

    /// <summary>True when the slot is set.</summary>
    public bool Has(IsoDayOfWeek day, PartOfDay part) => (Slots & Bit(day, part)) != 0;

    /// <summary>True when any slot overlaps the time from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public bool Overlaps(LocalDateTime start, LocalDateTime end)
    {
        for (var date = start.Date; date <= end.Date; date = date.PlusDays(1))
        {
            foreach (var part in Parts)
            {
                var (from, to) = DayParts.Hours(part);
                if (Has(date.DayOfWeek, part) && date + from < end && date + to > start)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int Bit(IsoDayOfWeek day, PartOfDay part) => 1 << ((((int)day - 1) * 3) + (int)part);
}
