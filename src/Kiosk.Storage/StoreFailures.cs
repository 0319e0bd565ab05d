using Kiosk.Conversations.Delivery;

namespace Kiosk.Storage;

/// <summary>
/// Tells a failure of the database apart from a failing turn. A failing database must not look like a bad update
/// (which is skipped): LiteDB 5.0.21 can close its engine after an internal race, and then every update would be
/// skipped until a restart.
/// </summary>
public static class StoreFailures
{
    /// <summary>Runs <paramref name="commit"/>; a store failure comes out as <see cref="StoreFailedException"/>.</summary>
    public static T Guard<T>(Func<T> commit)
    {
        try
        {
            return commit();
        }
        catch (Exception exception) when (exception is not StoreFailedException && StoreFailedException.IsStoreFailure(exception))
        {
            throw new StoreFailedException(exception);
        }
    }
}
