using Kiosk.Domain;
using NodaTime;

namespace Kiosk.Storage;

/// <summary>Closes help requests whose time has passed (or that were flexible for 14 days).</summary>
public sealed class HelpRequestExpiry(KioskDatabase database)
{
    /// <summary>How many requests one transaction closes.</summary>
    public const int ChunkSize = 200;

    /// <summary>
    /// Marks every open request that is no longer open at <paramref name="now"/> as closed; returns how many. Closes them
    /// in transactions of <see cref="ChunkSize"/>: thousands at once (after a long stop) would hold LiteDB's write lock,
    /// and every reply with it, for seconds, and keep all their pages in memory until the commit.
    /// </summary>
    public int CloseExpired(Instant now, DateTimeZone zone)
    {
        var expired = database.Run(() => database.Requests.Find(request => request.Status == HelpRequestStatus.Open)
            .Where(request => !request.IsOpen(now, zone)).Select(request => request.Id).ToList());
        return expired.Chunk(ChunkSize).Sum(chunk => database.InTransaction(() =>
        {
            // Read again inside the transaction: a person may have changed or cancelled the request meanwhile.
            var closing = chunk.Select(id => database.Requests.FindById(id))
                .Where(request => request is { Status: HelpRequestStatus.Open } && !request.IsOpen(now, zone)).ToList();
            closing.ForEach(request => request.Close());
            database.Requests.Update(closing);
            return closing.Count;
        }));
    }
}
