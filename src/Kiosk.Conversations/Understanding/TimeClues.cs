using NodaTime;

namespace Kiosk.Conversations.Understanding;

/// <summary>What a message says about time, before it is turned into a window.</summary>
public sealed record TimeClues
{
    /// <summary>The first day named.</summary>
    public LocalDate? Day { get; init; }

    /// <summary>The day is a weekday's name ("Samstag"): when today's is over, the same day next week is meant.</summary>
    public bool Weekday { get; init; }

    /// <summary>The last day, for "weekend" and "next week".</summary>
    public LocalDate? LastDay { get; init; }

    /// <summary>A named part of the day.</summary>
    public Domain.PartOfDay? Part { get; init; }

    /// <summary>A clock time.</summary>
    public LocalTime? Time { get; init; }

    /// <summary>The clock time is a start ("after 5", "ab 17 Uhr").</summary>
    public bool From { get; init; }

    /// <summary>A complete window the recognizer found (Microsoft.Recognizers datetimerange).</summary>
    public (LocalDateTime Start, LocalDateTime End)? Window { get; init; }

    /// <summary>"Any time", "no rush".</summary>
    public bool Flexible { get; init; }

    /// <summary>The day is a date written out ("4.12.", "٣/١٢", "19 december"): it wins over a weekday or a holiday read elsewhere.</summary>
    public bool Dated { get; init; }

    /// <summary>A time that repeats ("jeden Sonntag", "every day after 6"): availability, not one day.</summary>
    public bool Recurring { get; init; }

    /// <summary>True when nothing was found.</summary>
    public bool IsEmpty => Day is null && Part is null && Time is null && Window is null && !Flexible;

    /// <summary>These clues, with what is missing taken from <paramref name="other"/>.</summary>
    public TimeClues Or(TimeClues other) => new()
    {
        Day = Day ?? Window?.Start.Date ?? other.Day,
        Weekday = Day is not null ? Weekday : Window is null && other.Weekday,
        LastDay = Day is null && Window is null ? other.LastDay : LastDay,
        Part = Part ?? other.Part,
        Time = Time ?? (Window is null ? other.Time : null),
        From = Time is null ? other.From : From,
        Window = Window ?? (Day is null ? other.Window : null),
        Flexible = Flexible || other.Flexible,
    };
}
