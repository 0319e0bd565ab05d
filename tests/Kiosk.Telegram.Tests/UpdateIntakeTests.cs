using Kiosk.Conversations;
using Kiosk.Conversations.Delivery;
using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Localization;
using Kiosk.Conversations.Understanding;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;
using Telegram.Bot.Types;

namespace Kiosk.Telegram.Tests;

public sealed class UpdateIntakeTests
{
    [Fact]
    public void A_batch_is_committed_at_once_and_when_it_fails_one_by_one_so_only_the_bad_update_is_skipped()
    {
        var store = new RecordingStore(failing: 2);
        var intake = Intake(store);

        intake.HandleAll([Message(1), Message(3)]);
        Assert.Equal([[1L, 3L]], store.Batches);

        intake.HandleAll([Message(4), Message(2), Message(5)]);
        Assert.Equal([4L, 5L], store.Single);
    }

    private static UpdateIntake Intake(ITurnStore store, FakeLifetime? lifetime = null, int perMinute = 1000)
    {
        var catalogs = Catalogs.Load(Catalogs.DefaultDirectory);
        var localizer = new Localizer(catalogs, NullLogger<Localizer>.Instance);
        var engine = new ConversationEngine(localizer, new KioskTime(SystemClock.Instance, DateTimeZoneProviders.Tzdb["Europe/Berlin"]), new KioskRecognizers(catalogs),
            Options.Create(new KioskOptions()), new BotIdentity(), NullLogger<ConversationEngine>.Instance);
        return new UpdateIntake(new InboundProcessor(store, engine, new OutboxSignal(), NullLogger<InboundProcessor>.Instance),
            new FloodGate(Options.Create(new TelegramOptions { UpdatesPerPersonPerMinute = perMinute })), new StoreFailureShutdown(lifetime ?? new FakeLifetime(), NullLogger<StoreFailureShutdown>.Instance), NullLogger<UpdateIntake>.Instance);
    }

    [Fact]
    public void When_the_store_itself_fails_nothing_is_skipped_and_the_bot_stops_to_start_again()
    {
        var store = new FailingStore();
        var lifetime = new FakeLifetime();
        var intake = Intake(store, lifetime);
        var exitCode = Environment.ExitCode;
        try
        {
            Assert.Throws<StoreFailedException>(() => intake.HandleAll([Message(1), Message(2)]));
            Assert.Throws<StoreFailedException>(() => intake.Handle(Message(3)));

            Assert.Equal(2, lifetime.Stops);
            Assert.Equal(StoreFailureShutdown.ExitCode, Environment.ExitCode);
            // Not handled one by one as if an update were bad: the batch stays with Telegram.
            Assert.Equal(1, store.Batches);
            Assert.Equal(1, store.Singles);
        }
        finally
        {
            Environment.ExitCode = exitCode;
        }
    }

    [Fact]
    public void A_turn_that_fails_to_be_stored_is_answered_with_an_apology_in_the_person_s_language_instead_of_silence()
    {
        var store = new FailingOnceStore(failing: 2);
        var intake = Intake(store);

        intake.Handle(new Update
        {
            Id = 2,
            Message = new Message { Id = 2, Date = DateTime.UtcNow, Chat = new Chat { Id = 102, Type = global::Telegram.Bot.Types.Enums.ChatType.Private }, From = new User { Id = 102, FirstName = "P", LanguageCode = "uk" }, Text = "Привіт" },
        });

        var reply = Assert.Single(store.Committed);
        var localizer = new Localizer(Catalogs.Load(Catalogs.DefaultDirectory), NullLogger<Localizer>.Instance);
        Assert.Equal(localizer.Text("uk", "input.failed"), Assert.Single(reply.Messages).Text);
        Assert.Equal(102, reply.Messages[0].ChatId);
    }

    [Fact]
    public void A_person_over_the_limit_is_told_once_to_slow_down_the_rest_is_ignored_and_others_are_handled()
    {
        var store = new FailingOnceStore(failing: -1);
        var intake = Intake(store, perMinute: 5);

        // 40 messages of one person, one at a time and in batches, with another person's message in the middle.
        for (var id = 1; id <= 20; id++)
        {
            intake.Handle(From(id, user: 500));
        }

        intake.HandleAll([From(21, user: 501), .. Enumerable.Range(22, 20).Select(id => From(id, user: 500))]);

        var localizer = new Localizer(Catalogs.Load(Catalogs.DefaultDirectory), NullLogger<Localizer>.Instance);
        var toFlooder = store.Committed.SelectMany(result => result.Messages).Where(message => message.ChatId == 500 && message.Kind == OutboundKind.Message).ToList();
        Assert.Equal(1, toFlooder.Count(message => message.Text == localizer.Text("de", "input.slow_down")));
        Assert.Equal(6, store.Committed.Count(result => result.Messages.Any(message => message.ChatId == 500)));
        Assert.Contains(store.Committed, result => result.Messages.Any(message => message.ChatId == 501));
    }

    private static Update From(int id, long user) => new()
    {
        Id = id,
        Message = new Message
        {
            Id = id, Date = DateTime.UtcNow, Chat = new Chat { Id = user, Type = global::Telegram.Bot.Types.Enums.ChatType.Private },
            From = new User { Id = user, FirstName = "P", LanguageCode = "de" }, Text = "/help",
        },
    };

    private static Update Message(int id) => new()
    {
        Id = id,
        Message = new Message { Id = id, Date = DateTime.UtcNow, Chat = new Chat { Id = 100 + id }, From = new User { Id = 100 + id, FirstName = "P" }, Text = "/start" },
    };

    // A store whose batch fails when it holds the bad update, and whose single commits record what went through.
    private sealed class RecordingStore(long failing) : ITurnStore
    {
        public List<long[]> Batches { get; } = [];

        public List<long> Single { get; } = [];

        public bool Commit(Inbound inbound, Func<Conversation, TurnResult> turn)
        {
            if (inbound.UpdateId == failing)
            {
                throw new InvalidOperationException("a bad update");
            }

            turn(new Conversation(null, null));
            Single.Add(inbound.UpdateId);
            return true;
        }

        public IReadOnlyList<bool> CommitAll(IReadOnlyList<Inbound> inbounds, Func<Inbound, Conversation, TurnResult> turn)
        {
            if (inbounds.Any(inbound => inbound.UpdateId == failing))
            {
                throw new InvalidOperationException("a bad update");
            }

            Batches.Add([.. inbounds.Select(inbound => inbound.UpdateId)]);
            return [.. inbounds.Select(_ => true)];
        }
    }

    private sealed class FailingStore : ITurnStore
    {
        public int Batches { get; private set; }

        public int Singles { get; private set; }

        public bool Commit(Inbound inbound, Func<Conversation, TurnResult> turn)
        {
            Singles++;
            throw new StoreFailedException(new IOException("disk gone"));
        }

        public IReadOnlyList<bool> CommitAll(IReadOnlyList<Inbound> inbounds, Func<Inbound, Conversation, TurnResult> turn)
        {
            Batches++;
            throw new StoreFailedException(new IOException("disk gone"));
        }
    }

    // The first commit of the bad update fails as LiteDB did on half an emoji; what is committed afterwards is kept.
    private sealed class FailingOnceStore(long failing) : ITurnStore
    {
        private bool failed;

        public List<TurnResult> Committed { get; } = [];

        public bool Commit(Inbound inbound, Func<Conversation, TurnResult> turn)
        {
            var result = turn(new Conversation(null, null));
            if (inbound.UpdateId == failing && !failed)
            {
                failed = true;
                throw new System.Text.EncoderFallbackException("Unable to translate Unicode character");
            }

            Committed.Add(result);
            return true;
        }

        public IReadOnlyList<bool> CommitAll(IReadOnlyList<Inbound> inbounds, Func<Inbound, Conversation, TurnResult> turn) =>
            [.. inbounds.Select(inbound => Commit(inbound, conversation => turn(inbound, conversation)))];
    }
}
