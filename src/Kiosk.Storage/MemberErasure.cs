using Kiosk.Conversations.Delivery;
using Kiosk.Domain.Matching;

namespace Kiosk.Storage;

/// <summary>
/// /delete in storage: besides the member, offers, requests, chat and advice (deleted by <see cref="TurnStore"/>),
/// no document may keep the person's id, first name, username or phone. Shared records (matches, reports,
/// events) stay for the other people in them, with the person replaced by 0 ("someone who left").
/// </summary>
internal sealed class MemberErasure(KioskDatabase database)
{
    private const long Nobody = 0;

    /// <summary>Erases every trace of <paramref name="userId"/> outside their own documents.</summary>
    public void Erase(long userId, string firstName)
    {
        // What the bot already sent them; the pending goodbye is still delivered and then removed (Outbox.MarkSent).
        database.Outbox.DeleteMany(entry => entry.ChatId == userId && entry.Status != OutboxStatus.Pending);
        // Copies of their words and data in other people's chats (relayed messages, their request on a card), sent or not.
        database.Outbox.DeleteMany(entry => entry.AboutId == userId);
        database.Deliveries.DeleteMany(delivery => delivery.ChatId == userId);
        // Questions are written in the person's own words: they go with the person.
        database.AdviceRequests.DeleteMany(request => request.MemberId == userId);
        StoredRecords.Erase(database, userId);
        var partners = ForgetInMatches(userId);
        ForgetCopiesNamingThem(partners, firstName);
        ForgetInReports(userId);
        ForgetInEvents(userId);
        ForgetAsCoordinator(userId);
        database.Steps.DeleteMany(step => step.MemberId == userId && !step.Done);
    }

    // A deleted person's Telegram name, phone and id must not stay in the matches they shared; chats close.
    private List<long> ForgetInMatches(long userId)
    {
        var matches = database.Matches.Find(match => match.NeighbourId == userId).Concat(database.Matches.Find(match => match.NewcomerId == userId)).ToList();
        foreach (var match in matches)
        {
            if (match.NeighbourId == userId)
            {
                (match.NeighbourId, match.NeighbourUsername, match.NeighbourPhone, match.NeighbourShares) = (Nobody, null, null, false);
            }
            else
            {
                (match.NewcomerId, match.NewcomerUsername, match.NewcomerPhone, match.NewcomerShares) = (Nobody, null, null, false);
            }

            match.RelayOpen = false;
            // No reminder or feedback question about someone who left.
            database.Steps.DeleteMany(step => step.MatchId == match.Id && !step.Done && (step.Kind == StepKind.Reminder || step.Kind == StepKind.AskFeedback));
        }

        database.Matches.Update(matches);
        ForgetAsInterpreter(userId);
        return matches.Select(match => match.NeighbourId == Nobody ? match.NewcomerId : match.NeighbourId).Where(id => id != Nobody).Distinct().ToList();
    }

    // Chats they translated in (or were invited to) go on without them.
    private void ForgetAsInterpreter(long userId)
    {
        var translated = database.Matches.Find(match => match.InterpreterId == userId).ToList();
        translated.ForEach(match => match.EndInterpreting(userId));
        var invited = database.Matches.Find(match => match.InterpreterWanted).Where(match => match.InterpreterInvited.Remove(userId)).ToList();
        database.Matches.Update(translated.Concat(invited).DistinctBy(match => match.Id));
    }

    // Sent copies in the partners' chats that name the person (their relayed words, "Amina would like to help").
    private void ForgetCopiesNamingThem(List<long> partners, string firstName)
    {
        if (firstName.Length == 0)
        {
            return;
        }

        foreach (var partner in partners)
        {
            var naming = database.Outbox.Find(entry => entry.ChatId == partner).Where(entry => entry.Status != OutboxStatus.Pending)
                .Where(entry => entry.Message.Text?.Contains(firstName, StringComparison.Ordinal) == true).Select(entry => entry.Id).ToList();
            naming.ForEach(id => database.Outbox.Delete(id));
        }
    }

    private void ForgetInReports(long userId)
    {
        var reports = database.Reports.Find(report => report.ReporterId == userId || report.ReportedId == userId || report.HandledBy == userId).ToList();
        foreach (var report in reports)
        {
            report.ReporterId = report.ReporterId == userId ? Nobody : report.ReporterId;
            report.ReportedId = report.ReportedId == userId ? Nobody : report.ReportedId;
            report.HandledBy = report.HandledBy == userId ? Nobody : report.HandledBy;
        }

        database.Reports.Update(reports);
    }

    // A deleted person is no longer on any event's reminder list.
    private void ForgetInEvents(long userId)
    {
        var events = database.Events.FindAll().Where(kioskEvent => kioskEvent.Subscribers.Contains(userId) || kioskEvent.Reminded.Contains(userId) || kioskEvent.CreatedBy == userId).ToList();
        foreach (var kioskEvent in events)
        {
            kioskEvent.Subscribers.Remove(userId);
            kioskEvent.Reminded.Remove(userId);
            kioskEvent.CreatedBy = kioskEvent.CreatedBy == userId ? Nobody : kioskEvent.CreatedBy;
        }

        database.Events.Update(events);
    }

    // A coordinator who leaves: their decisions stay, without their id.
    private void ForgetAsCoordinator(long userId)
    {
        var offers = database.Offers.Find(offer => offer.DecidedBy == userId).ToList();
        offers.ForEach(offer => offer.DecidedBy = Nobody);
        database.Offers.Update(offers);
        var advice = database.AdviceRequests.Find(request => request.CoordinatorId == userId).ToList();
        advice.ForEach(request => (request.CoordinatorId, request.RelayOpen) = (null, false));
        database.AdviceRequests.Update(advice);
        database.Invites.DeleteMany(invite => invite.CreatedBy == userId || invite.UsedBy == userId);
        var broadcasts = database.Broadcasts.Find(broadcast => broadcast.AuthorId == userId).ToList();
        broadcasts.ForEach(broadcast => broadcast.AuthorId = Nobody);
        database.Broadcasts.Update(broadcasts);
    }
}
