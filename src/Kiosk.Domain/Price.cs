namespace Kiosk.Domain;

/// <summary>How an offer is paid.</summary>
public enum PriceKind
{
    /// <summary>Free of charge.</summary>
    Free,

    /// <summary>An exchange of help, no money.</summary>
    Exchange,

    /// <summary>An amount in euros per hour.</summary>
    PerHour,

    /// <summary>An amount in euros for the whole job.</summary>
    PerJob,
}

/// <summary>What an offer costs.</summary>
public sealed record Price
{
    /// <summary>Free of charge.</summary>
    public static readonly Price Free = new() { Kind = PriceKind.Free };

    /// <summary>An exchange of help.</summary>
    public static readonly Price Exchange = new() { Kind = PriceKind.Exchange };

    /// <summary>Free, exchange, per hour or per job.</summary>
    public PriceKind Kind { get; init; }

    /// <summary>Euros, for the paid kinds.</summary>
    public decimal? Amount { get; init; }

    /// <summary>A paid price.</summary>
    public static Price Paid(decimal amount, bool perHour) => new() { Kind = perHour ? PriceKind.PerHour : PriceKind.PerJob, Amount = amount };
}
