namespace Kiosk.Conversations.Delivery;

/// <summary>
/// The store itself failed (the database, not the update): the update must not be skipped as a bad one. The bot
/// stops instead, so that it starts again with the database reopened and Telegram delivers the update again.
/// </summary>
public sealed class StoreFailedException(Exception inner) : Exception("The store failed: " + inner.GetType().Name, inner);
