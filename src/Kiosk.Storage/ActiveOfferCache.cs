using Kiosk.Domain;

namespace Kiosk.Storage;

/// <summary>
/// The active offers of each category, kept between turns: confirming a help request ranks every active offer of its
/// category, and reading them from LiteDB (about 1,200 documents per category with 20,000 offers stored) took 12-19 ms
/// of every such turn, a third of the bot's CPU. Whoever writes offers calls <see cref="Changed"/> inside the
/// transaction; the cache is then bypassed for the rest of that transaction (it may read what it has not committed yet)
/// and dropped when the transaction ends (<see cref="TransactionEnded"/>), committed or rolled back. Used only on the
/// database's owner thread, so it needs no locks. The offers handed out are shared: read only (the matcher ranks them).
/// </summary>
public sealed class ActiveOfferCache
{
    private readonly Dictionary<string, IReadOnlyList<Offer>> byCategory = new(StringComparer.Ordinal);
    private bool writing;

    /// <summary>The active offers of <paramref name="category"/>, from the cache or from <paramref name="load"/>.</summary>
    public IReadOnlyList<Offer> Get(string category, Func<IEnumerable<Offer>> load)
    {
        if (writing)
        {
            return [.. load()];
        }

        if (!byCategory.TryGetValue(category, out var offers))
        {
            offers = [.. load()];
            byCategory[category] = offers;
        }

        return offers;
    }

    /// <summary>Offers are being written in the current transaction.</summary>
    public void Changed()
    {
        writing = true;
        byCategory.Clear();
    }

    /// <summary>The current transaction ended (commit or rollback).</summary>
    public void TransactionEnded()
    {
        if (writing)
        {
            writing = false;
            byCategory.Clear();
        }
    }
}
