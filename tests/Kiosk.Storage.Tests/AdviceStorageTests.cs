using Kiosk.Conversations.Engine;
using Kiosk.Domain;
using Kiosk.Domain.Advice;
using NodaTime;
using NodaTime.Testing;

namespace Kiosk.Storage.Tests;

public sealed class AdviceStorageTests : IDisposable
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 25, 9, 0));
    private readonly TemporaryDatabase file = new();

    [Fact]
    public void Advice_requests_are_stored_with_the_turn_and_read_back_through_the_directory()
    {
        using (var database = file.Open())
        {
            var store = new TurnStore(database, Clock);
            store.Commit(Text(1, 42), _ => Asking(42, new AdviceRequest
            {
                Id = "a1", MemberId = 42, Topic = "invoicing", Language = "fa", Question = "چطور فاکتور بنویسم؟ ", CreatedAt = Clock.GetCurrentInstant(),
            }));
            store.Commit(Text(2, 42), _ => Asking(42, new AdviceRequest
            {
                Id = "a2", MemberId = 42, Topic = "pricing", Status = AdviceStatus.Taken, CoordinatorId = 7, RelayOpen = true,
                Appointment = new LocalDateTime(2026, 11, 26, 14, 0), CreatedAt = Clock.GetCurrentInstant() - Duration.FromHours(1),
            }));
            store.Commit(Text(3, 7), _ => new TurnResult(new ChatState { ChatId = 7 }, new Member { Id = 7, FirstName = "Jens", Coordinator = true }, []));
        }

        using var reopened = file.Open();
        var directory = new LiteDirectory(reopened);
        var open = Assert.Single(reopened.Run(() => directory.OpenAdvice()));
        Assert.Equal(("a1", "fa", "چطور فاکتور بنویسم؟ ", AdviceStatus.Open), (open.Id, open.Language, open.Question, open.Status));
        var taken = reopened.Run(() => directory.Advice("a2"))!;
        Assert.Equal(((long?)7, true, (LocalDateTime?)new LocalDateTime(2026, 11, 26, 14, 0)), (taken.CoordinatorId, taken.RelayOpen, taken.Appointment));
        Assert.Equal(["a1", "a2"], reopened.Run(() => directory.AdviceOf(42).Select(request => request.Id).Order().ToArray()));
        Assert.Equal([7L], reopened.Run(() => directory.Coordinators().Select(member => member.Id).ToArray()));
    }

    [Fact]
    public void Deleting_a_member_deletes_their_questions()
    {
        using var database = file.Open();
        var store = new TurnStore(database, Clock);
        store.Commit(Text(1, 42), _ => Asking(42, new AdviceRequest { Id = "a1", MemberId = 42, Question = "?" }));
        store.Commit(Text(2, 43), _ => Asking(43, new AdviceRequest { Id = "b1", MemberId = 43, Question = "?" }));

        store.Commit(Text(3, 42), _ => new TurnResult(null, null, []));

        Assert.Equal(["b1"], database.Run(() => database.AdviceRequests.FindAll().Select(request => request.Id).ToArray()));
    }

    private static Inbound Text(long updateId, long chatId) =>
        new() { UpdateId = updateId, ChatId = chatId, UserId = chatId, Kind = InboundKind.Text, Text = "hi" };

    private static TurnResult Asking(long id, AdviceRequest request)
    {
        var result = new TurnResult(new ChatState { ChatId = id }, new Member { Id = id, FirstName = "Sara", Language = "fa" }, []);
        result.Changes.AdviceRequests[request.Id] = request;
        return result;
    }

    public void Dispose() => file.Dispose();
}
