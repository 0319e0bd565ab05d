namespace Kiosk.Conversations.Delivery;

/// <summary>
/// The store itself failed (the database, not the update): the update must not be skipped as a bad one. The bot
/// stops instead, so that it starts again with the database reopened and Telegram delivers the update again.
/// </summary>
public sealed class StoreFailedException(Exception inner) : Exception("The store failed: " + inner.GetType().Name, inner)
{
    /// <summary>
    /// True when <paramref name="exception"/> (or one inside it) comes from the database or the disk, not from a turn:
    /// LiteDB's own exceptions, its internal checks ("LiteDB ENSURE: ...", plain exceptions thrown by LiteDB), I/O.
    /// </summary>
    public static bool IsStoreFailure(Exception? exception) => exception switch
    {
        null => false,
        StoreFailedException or IOException => true,
        _ when exception.Source == "LiteDB" || exception.GetType().Namespace?.StartsWith("LiteDB", StringComparison.Ordinal) == true => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsStoreFailure),
        _ => IsStoreFailure(exception.InnerException),
    };
}
