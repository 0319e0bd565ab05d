using Kiosk.Conversations.Delivery;
using Kiosk.Conversations.Engine;
using NodaTime;

namespace Kiosk.Storage;

/// <summary>Inbox + state + member + outbox of one update, committed in one LiteDB transaction.</summary>
public sealed class TurnStore(KioskDatabase database, IClock clock) : ITurnStore
{
    /// <inheritdoc />
    public bool Commit(Inbound inbound, Func<Conversation, TurnResult> turn) => StoreFailures.Guard(() => database.InTransaction(() => Run(inbound, turn)));

    /// <inheritdoc />
    public IReadOnlyList<bool> CommitAll(IReadOnlyList<Inbound> inbounds, Func<Inbound, Conversation, TurnResult> turn) =>
        StoreFailures.Guard(() => database.InTransaction(() => inbounds.Select(inbound => Run(inbound, conversation => turn(inbound, conversation))).ToList()));

    // One turn inside the caller's transaction; a later turn of the same chat sees what this one wrote.
    private bool Run(Inbound inbound, Func<Conversation, TurnResult> turn)
    {
        if (database.Inbox.FindById(inbound.UpdateId) is not null)
        {
            return false;
        }

        var now = clock.GetCurrentInstant();
        var member = database.Members.FindById(inbound.UserId);
        var before = new Conversation(database.Chats.FindById(inbound.ChatId), member)
        {
            Offers = member is null ? [] : database.Offers.Find(offer => offer.MemberId == inbound.UserId).ToList(),
            Requests = member is null ? [] : database.Requests.Find(request => request.MemberId == inbound.UserId).ToList(),
            Directory = new LiteDirectory(database),
        };
        var wasUnreachable = member?.Unreachable == true; // the turn marks them reachable again
        var result = turn(before);

        database.Inbox.Insert(new InboxEntry { UpdateId = inbound.UpdateId, HandledAt = now });
        SaveState(inbound.ChatId, result);
        SaveMember(inbound.UserId, before, result);
        SaveOffersAndRequests(before, result);
        var erased = result.State is null && result.Member is null;
        if (erased)
        {
            ForgetOnceSent(inbound.ChatId);
        }

        SaveShared(database, result, now, (inbound.ChatId, erased), erased ? null : inbound.UserId);
        if (!erased && result.Member is not null && (member is null || wasUnreachable))
        {
            SendRefusedAgain(inbound.ChatId, now);
        }

        return true;
    }

    // Someone Telegram did not know yet becomes a member (a coordinator from the configuration whose cards were refused
    // before they started the bot), or writes again after being unreachable: what was refused in the last days goes out
    // now, after this turn's answer.
    private void SendRefusedAgain(long chatId, Instant now)
    {
        var refused = database.Outbox.Find(entry => entry.ChatId == chatId && entry.Status == OutboxStatus.Failed).ToList()
            .Where(entry => entry.Failure == OutboxEntry.NotStarted && now - entry.CreatedAt <= OutboxEntry.RetryWithin)
            .OrderBy(entry => entry.Id)
            .ToList();
        foreach (var entry in refused)
        {
            database.Outbox.Delete(entry.Id);
            (entry.Id, entry.Status, entry.Failure) = (0, OutboxStatus.Pending, null);
            database.Outbox.Insert(entry);
        }
    }

    // Nothing is stored for this chat any more: what is still to be sent to it goes once delivered.
    private void ForgetOnceSent(long chatId)
    {
        foreach (var entry in database.Outbox.Find(entry => entry.ChatId == chatId && entry.Status == OutboxStatus.Pending).ToList())
        {
            entry.ForgetWhenSent = true;
            database.Outbox.Update(entry);
        }
    }

    /// <summary>
    /// What a turn changes beyond its own chat: matches, reports, scheduled steps and the outbox. A message to a chat
    /// nobody is stored for any more (<paramref name="ownChat"/> tells about the turn's own chat, others are looked up)
    /// is delivered and then not kept. A message to someone else is stored as being about <paramref name="author"/>, whose
    /// turn wrote it, so that their /delete finds it.
    /// </summary>
    public static void SaveShared(KioskDatabase database, TurnResult result, Instant now, (long ChatId, bool Erased)? ownChat = null, long? author = null)
    {
        database.Matches.Upsert(result.Matches);
        database.Reports.Insert(result.Reports);
        database.Steps.Insert(result.Scheduled);
        database.Members.Upsert(result.Changes.Members.Values);
        if (result.Changes.Offers.Count > 0)
        {
            database.ActiveOffers.Changed();
            database.Offers.Upsert(result.Changes.Offers.Values);
        }

        database.Invites.Upsert(result.Changes.Invites.Values);
        database.Broadcasts.Insert(result.Changes.NewBroadcasts);
        foreach (var stopped in result.Changes.StoppedBroadcasts)
        {
            BroadcastStore.Stop(database, stopped, now);
        }

        database.Reports.Upsert(result.Changes.Reports.Values);

        database.AdviceRequests.Upsert(result.Changes.AdviceRequests.Values);

        database.Events.Upsert(result.Changes.Events.Values);
        StoredRecords.Save(database, result.Changes.Records);
        foreach (var message in result.Messages)
        {
            var gone = ownChat is { } own && own.ChatId == message.ChatId ? own.Erased : IsGone(database, message.ChatId);
            // An answered question with its answer repeats the question, which may quote someone else's words (a request on a
            // card): nothing needs it once Telegram shows it, so it is not kept.
            gone |= message.Kind == OutboundKind.RemoveButtons && message.Text is not null;
            var about = author is { } writer && writer != message.ChatId ? writer : (long?)null;
            database.Outbox.Insert(new OutboxEntry { ChatId = message.ChatId, Message = message, CreatedAt = now, ForgetWhenSent = gone, AboutId = about });
        }
    }

    private static bool IsGone(KioskDatabase database, long chatId) =>
        !database.Members.Exists(member => member.Id == chatId) && !database.Chats.Exists(chat => chat.ChatId == chatId);

    private void SaveState(long chatId, TurnResult result)
    {
        if (result.State is null)
        {
            database.Chats.Delete(chatId);
        }
        else
        {
            database.Chats.Upsert(result.State);
        }
    }

    // What the turn returns is the member's whole list: store it as it is, delete what is no longer there.
    private void SaveOffersAndRequests(Conversation before, TurnResult result)
    {
        if (before.Offers.Count > 0 || result.Offers.Count > 0)
        {
            database.ActiveOffers.Changed();
        }

        foreach (var gone in before.Offers.Where(old => result.Offers.All(offer => offer.Id != old.Id)))
        {
            database.Offers.Delete(gone.Id);
        }

        foreach (var gone in before.Requests.Where(old => result.Requests.All(request => request.Id != old.Id)))
        {
            database.Requests.Delete(gone.Id);
        }

        database.Offers.Upsert(result.Offers);
        database.Requests.Upsert(result.Requests);
    }

    private void SaveMember(long userId, Conversation before, TurnResult result)
    {
        if (result.Member is not null)
        {
            database.Members.Upsert(result.Member);
        }
        else if (before.Member is not null)
        {
            // Deleted at the person's request: every trace goes, also in what they shared with others.
            database.Members.Delete(userId);
            database.ActiveOffers.Changed(); // the erasure rewrites offers the person decided on as a coordinator
            new MemberErasure(database).Erase(userId, before.Member.FirstName);
        }
    }
}
