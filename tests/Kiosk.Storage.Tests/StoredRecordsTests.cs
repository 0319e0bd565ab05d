using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Flows.Feedback;
using NodaTime;

namespace Kiosk.Storage.Tests;

public sealed class StoredRecordsTests : IDisposable
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 9, 0);
    private readonly TemporaryDatabase file = new();

    [Fact]
    public void A_flows_record_is_stored_found_shown_to_its_member_erased_with_them_and_removed_after_retention()
    {
        using var database = file.Open();
        database.InTransaction(() =>
        {
            StoredRecords.Save(database, [Feedback("f-old", 7, Now - Duration.FromDays(120)), Feedback("f-new", 7, Now - Duration.FromDays(3)), Feedback("f-other", 8, Now)]);
            return 0;
        });

        var found = database.Run(() => StoredRecords.Find(database, FeedbackFlow.Kind, "f-new"));
        Assert.Equal(("Karte geht nicht", 7L, "ar"), (found!.Text, found.MemberId, found.Language));
        Assert.Equal(["f-new", "f-old"], database.Run(() => StoredRecords.Of(database, FeedbackFlow.Kind, 7).Select(record => record.Id).Order().ToArray()));

        Assert.Equal(1, StoredRecords.Expire(database, Now, retentionDays: 90));
        Assert.Equal(["f-new"], database.Run(() => StoredRecords.Of(database, FeedbackFlow.Kind, 7).Select(record => record.Id).ToArray()));

        Assert.Equal(1, database.Run(() => StoredRecords.Erase(database, 7)));
        Assert.Empty(database.Run(() => StoredRecords.Of(database, FeedbackFlow.Kind, 7)));
        Assert.NotNull(database.Run(() => StoredRecords.Find(database, FeedbackFlow.Kind, "f-other")));
    }

    [Fact]
    public void A_chats_flow_state_is_stored_with_its_type_and_a_chat_without_one_reads_as_before()
    {
        using (var database = file.Open())
        {
            database.Run(() => database.Chats.Upsert([
                new ChatState { ChatId = 1, Language = "de", Active = new AnsweringFeedback { FeedbackId = "f-1" } },
                new ChatState { ChatId = 2, Language = "ar", Active = new Kiosk.Conversations.Flows.Welcoming { Stage = Kiosk.Conversations.Flows.WelcomeStage.ChoosingLanguage } },
            ]));
        }

        using var reopened = file.Open();
        var answering = reopened.Run(() => reopened.Chats.FindById(1));
        Assert.Equal("f-1", Assert.IsType<AnsweringFeedback>(answering.Active).FeedbackId);
        var onboarding = reopened.Run(() => reopened.Chats.FindById(2));
        Assert.Equal(Kiosk.Conversations.Flows.WelcomeStage.ChoosingLanguage, Assert.IsType<Kiosk.Conversations.Flows.Welcoming>(onboarding.Active).Stage);
    }

    public void Dispose() => file.Dispose();

    private static FeedbackMessage Feedback(string id, long member, Instant at) =>
        new() { Id = id, MemberId = member, Language = "ar", Text = "Karte geht nicht", CreatedAt = at };
}
