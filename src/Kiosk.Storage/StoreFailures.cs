using Kiosk.Conversations.Delivery;
using LiteDB;

namespace Kiosk.Storage;

/// <summary>
/// Tells a failure of the database apart from a failing turn. A failing database must not look like a bad update
/// (which is skipped): LiteDB 5.0.21 can close its engine after an internal race, and then every update would be
/// skipped until a restart.
/// </summary>
public static class StoreFailures
{
    /// <summary>True when <paramref name="exception"/> (or one inside it) comes from LiteDB or the disk, not from a turn.</summary>
    public static bool Is(Exception? exception) => exception switch
    {
        null => false,
        LiteException or IOException or ObjectDisposedException => true,
        // LiteDB's internal checks ("LiteDB ENSURE: ...") throw plain exceptions.
        _ when exception.Source == "LiteDB" => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(Is),
        _ => Is(exception.InnerException),
    };

    /// <summary>Runs <paramref name="commit"/>; a store failure comes out as <see cref="StoreFailedException"/>.</summary>
    public static T Guard<T>(Func<T> commit)
    {
        try
        {
            return commit();
        }
        catch (Exception exception) when (exception is not StoreFailedException && Is(exception))
        {
            throw new StoreFailedException(exception);
        }
    }
}
