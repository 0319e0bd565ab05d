using Kiosk.Conversations.Delivery;
using Kiosk.Conversations.Engine;
using Kiosk.Domain;
using NodaTime;
using NodaTime.Testing;

namespace Kiosk.Storage.Tests;

public sealed class TurnStoreTests : IDisposable
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 25, 9, 0));
    private readonly TemporaryDatabase file = new();

    [Fact]
    public void State_member_and_outbox_survive_closing_and_reopening_the_file()
    {
        using (var database = file.Open())
        {
            Assert.True(new TurnStore(database, Clock).Commit(Text(1, 42), _ => Accepting(42, "ar")));
        }

        using (var reopened = file.Open())
        {
            var state = reopened.Run(() => reopened.Chats.FindById(42));
            Assert.Equal(("ar", (Kiosk.Conversations.Engine.Units.FlowState?)null), (state.Language, state.Active));
            var member = reopened.Run(() => reopened.Members.FindById(42));
            Assert.Equal(("ar", "Amina", Clock.GetCurrentInstant()), (member.Language, member.FirstName, member.PrivacyAcceptedAt));
            var pending = new Outbox(reopened).Pending(10);
            Assert.Equal(["مرحبا", "second"], pending.Select(entry => entry.Message.Text ?? "").ToArray());
            Assert.Equal([["menu:offer"]], pending[0].Message.Buttons!.Select(row => row.Select(button => button.Data!).ToArray()).ToArray());
        }
    }

    [Fact]
    public void The_same_update_twice_runs_the_turn_once_and_queues_one_reply()
    {
        using var database = file.Open();
        var store = new TurnStore(database, Clock);
        var runs = 0;

        Assert.True(store.Commit(Text(7, 42), _ => { runs++; return Accepting(42, "de"); }));
        Assert.False(store.Commit(Text(7, 42), _ => { runs++; return Accepting(42, "de"); }));

        Assert.Equal(1, runs);
        Assert.Equal(2, database.Run(() => database.Outbox.Count()));
    }

    [Fact]
    public void A_turn_that_throws_leaves_no_trace_and_the_update_can_be_handled_again()
    {
        using var database = file.Open();
        var store = new TurnStore(database, Clock);
        store.Commit(Text(1, 42), _ => Accepting(42, "de"));

        Assert.Throws<InvalidOperationException>(() => store.Commit(Text(2, 42), conversation =>
        {
            conversation.State!.Language = "fa";
            database.Run(() => database.Outbox.Insert(new OutboxEntry { ChatId = 42, Message = new Outbound { ChatId = 42, Text = "half" } }));
            throw new InvalidOperationException("bug in a flow");
        }));

        Assert.Equal("de", database.Run(() => database.Chats.FindById(42).Language));
        Assert.Equal(2, database.Run(() => database.Outbox.Count()));
        Assert.True(store.Commit(Text(2, 42), conversation => new TurnResult(conversation.State, conversation.Member, [])));
    }

    [Fact]
    public void Deleting_a_member_removes_them_and_what_was_already_sent_to_them()
    {
        using var database = file.Open();
        var store = new TurnStore(database, Clock);
        store.Commit(Text(1, 42), _ => Accepting(42, "de"));
        var outbox = new Outbox(database);
        foreach (var entry in outbox.Pending(10))
        {
            outbox.MarkSent(entry.Id, 100);
        }

        store.Commit(Text(2, 42), _ => new TurnResult(null, null, [new Outbound { ChatId = 42, Text = "bye" }]));

        Assert.Null(database.Run(() => database.Members.FindById(42)));
        Assert.Null(database.Run(() => database.Chats.FindById(42)));
        Assert.Equal(["bye"], database.Run(() => database.Outbox.FindAll().Select(entry => entry.Message.Text ?? "").ToArray()));

        // The goodbye is delivered, then nothing of the chat is left.
        outbox.MarkSent(outbox.Pending(10).Select(entry => (entry.Id, (int?)101)).ToList());
        Assert.Equal(0, database.Run(() => database.Outbox.Count()));
    }

    [Fact]
    public void A_batch_commits_in_order_so_a_later_turn_of_the_same_chat_sees_the_earlier_one_and_repeats_are_skipped()
    {
        using var database = file.Open();
        var store = new TurnStore(database, Clock);
        Assert.True(store.Commit(Text(1, 42), _ => Accepting(42, "ar")));

        var seen = new List<string?>();
        var handled = store.CommitAll([Text(2, 42), Text(1, 42), Text(3, 42)], (inbound, conversation) =>
        {
            seen.Add(conversation.Member?.Language);
            return Accepting(42, inbound.UpdateId == 2 ? "uk" : "tr");
        });

        Assert.Equal([true, false, true], handled);
        Assert.Equal(["ar", "uk"], seen);
        Assert.Equal("tr", database.Run(() => database.Members.FindById(42L).Language));
        Assert.Equal(6, database.Run(() => database.Outbox.Count()));
    }

    [Fact]
    public void A_batch_in_which_one_turn_throws_commits_nothing()
    {
        using var database = file.Open();
        var store = new TurnStore(database, Clock);

        Assert.Throws<InvalidOperationException>(() => store.CommitAll([Text(1, 42), Text(2, 43)], (inbound, _) =>
            inbound.UpdateId == 2 ? throw new InvalidOperationException("bad update") : Accepting(42, "ar")));

        Assert.Equal(0, database.Run(() => database.Inbox.Count()));
        Assert.Null(database.Run(() => database.Members.FindById(42L)));
        Assert.Equal(0, database.Run(() => database.Outbox.Count()));
    }

    [Fact]
    public void What_others_send_to_someone_who_deleted_their_data_is_delivered_and_then_not_kept()
    {
        using var database = file.Open();
        var store = new TurnStore(database, Clock);
        var outbox = new Outbox(database);
        store.Commit(Text(1, 42), _ => Accepting(42, "ar"));
        store.Commit(Text(2, 43), _ => Accepting(43, "de"));
        // A message for 42 is on its way when 42 deletes everything; then 43 writes to 42 once more.
        store.Commit(Text(3, 43), conversation => new TurnResult(conversation.State, conversation.Member, [new Outbound { ChatId = 42, Text = "before" }]));
        store.Commit(Text(4, 42), _ => new TurnResult(null, null, [new Outbound { ChatId = 42, Text = "bye" }]));
        store.Commit(Text(5, 43), conversation => new TurnResult(conversation.State, conversation.Member, [new Outbound { ChatId = 42, Text = "after" }, new Outbound { ChatId = 43, Text = "kept" }]));

        outbox.MarkSent(outbox.Pending(100).Select(entry => (entry.Id, (int?)7)).ToList());

        Assert.Empty(database.Run(() => database.Outbox.Find(entry => entry.ChatId == 42).ToList()));
        Assert.Contains("kept", database.Run(() => database.Outbox.Find(entry => entry.ChatId == 43).Select(entry => entry.Message.Text).ToList()));
    }

    [Fact]
    public void A_failure_of_the_database_is_told_apart_from_a_failing_turn()
    {
        using var database = file.Open();
        var store = new TurnStore(database, Clock);

        var failed = Assert.Throws<StoreFailedException>(() => store.Commit(Text(1, 42), _ => throw new LiteDB.LiteException(0, "engine closed")));
        Assert.IsType<LiteDB.LiteException>(failed.InnerException);
        Assert.Throws<InvalidOperationException>(() => store.CommitAll([Text(2, 42)], (_, _) => throw new InvalidOperationException("a bug in a flow")));

        // Neither left anything behind; the update can be handled later.
        Assert.Equal(0, database.Run(() => database.Inbox.Count()));
        Assert.True(store.Commit(Text(1, 42), _ => Accepting(42, "de")));
    }

    private static Inbound Text(long updateId, long chatId) =>
        new() { UpdateId = updateId, ChatId = chatId, UserId = chatId, Kind = InboundKind.Text, Text = "hi" };

    private static TurnResult Accepting(long id, string language) => new(
        new ChatState { ChatId = id, Language = language },
        new Member { Id = id, FirstName = "Amina", Language = language, PrivacyAcceptedAt = Clock.GetCurrentInstant() },
        [
            new Outbound { ChatId = id, Text = "مرحبا", Buttons = [[Button.Press("Angebot", "menu:offer")]] },
            new Outbound { ChatId = id, Text = "second" },
        ]);

    public void Dispose() => file.Dispose();
}
