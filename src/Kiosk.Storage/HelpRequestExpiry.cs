using Kiosk.Domain;
using NodaTime;

namespace Kiosk.Storage;

/// <summary>Closes help requests whose time has passed (or that were flexible for 14 days).</summary>
public sealed class HelpRequestExpiry(KioskDatabase database)
{
    /// <summary>Marks every open request that is no longer open at <paramref name="now"/> as closed; returns how many.</summary>
    public int CloseExpired(Instant now, DateTimeZone zone) => database.InTransaction(() =>
    {
        var expired = database.Requests.Find(request => request.Status == HelpRequestStatus.Open).Where(request => !request.IsOpen(now, zone)).ToList();
        foreach (var request in expired)
        {
            request.Status = HelpRequestStatus.Closed;
        }

        database.Requests.Update(expired);
        return expired.Count;
    });
}
