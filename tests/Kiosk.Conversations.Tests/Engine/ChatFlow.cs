using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Localization;
using Kiosk.Conversations.Understanding;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using NodaTime.Testing;

namespace Kiosk.Conversations.Tests.Engine;

/// <summary>
/// A conversation with the engine that reads like one (Bot Framework's TestFlow):
/// <c>new ChatFlow("ar").Send("/start").ExpectButtons(...).Press("lang:ar")</c>.
/// It keeps the chat's state between turns the way storage would.
/// </summary>
public sealed class ChatFlow
{
    public static readonly Catalogs Catalogs = Catalogs.Load(Catalogs.DefaultDirectory);
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 9, 0);
    public static readonly KioskRecognizers Recognizers = new(Catalogs);

    private readonly ConversationEngine engine;
    private readonly MissingKeys missingKeys = new();
    private readonly string? telegramLanguage;
    private readonly string firstName;
    private readonly long chatId;
    private readonly Dictionary<int, Outbound> sent = [];
    private int nextUpdateId = 1;
    private int nextMessageId = 1;

    public ChatFlow(string? telegramLanguage, long userId = 1001, string firstName = "Amina", long? chatId = null, KioskOptions? options = null, IKioskDirectory? directory = null)
    {
        Directory = directory ?? EmptyDirectory.Instance;
        Conversation = new(null, null) { Directory = Directory };
        this.telegramLanguage = telegramLanguage;
        this.firstName = firstName;
        UserId = userId;
        this.chatId = chatId ?? userId;
        Localizer = new Localizer(Catalogs, missingKeys);
        engine = new ConversationEngine(Localizer, new KioskTime(Clock, DateTimeZoneProviders.Tzdb["Europe/Berlin"]), Recognizers,
            Microsoft.Extensions.Options.Options.Create(options ?? new KioskOptions { Moderation = false }), new BotIdentity { Username = "NaaKioskBot" }, NullLogger<ConversationEngine>.Instance);
    }

    public long UserId { get; }

    /// <summary>The bot's clock: at <see cref="Now"/> until a test moves it.</summary>
    public FakeClock Clock { get; } = new(Now);

    public Localizer Localizer { get; }

    /// <summary>What the turns read about other people (EmptyDirectory unless a test gives one).</summary>
    public IKioskDirectory Directory { get; }

    public Conversation Conversation { get; private set; }

    /// <summary>The whole result of the last turn (changes beyond the chat included).</summary>
    public TurnResult? LastResult { get; private set; }

    /// <summary>What the bot did in the last turn, in order.</summary>
    public IReadOnlyList<Outbound> Replies { get; private set; } = [];

    public IEnumerable<Outbound> Messages => Replies.Where(reply => reply.Kind == OutboundKind.Message);

    public ChatFlow Send(string text) => Turn(new Inbound
    {
        UpdateId = nextUpdateId++, ChatId = chatId, UserId = UserId, Kind = InboundKind.Text, Text = text,
        FirstName = firstName, LanguageCode = telegramLanguage, IsPrivateChat = chatId > 0,
    });

    /// <summary>Runs a due scheduled step as the system (nobody acted), against this chat's directory.</summary>
    public TurnResult RunStep(Kiosk.Domain.Matching.ScheduledStep step) => engine.RunStep(step, Directory);

    /// <summary>Sends a photo, voice message, file, contact card, ... (<paramref name="size"/> in bytes when Telegram tells it).</summary>
    public ChatFlow SendMedia(MediaKind media, long? size = null) => Turn(new Inbound
    {
        UpdateId = nextUpdateId++, ChatId = chatId, UserId = UserId, Kind = InboundKind.Media, Media = media, FileSize = size, MessageId = nextMessageId++,
        FirstName = firstName, LanguageCode = telegramLanguage, IsPrivateChat = chatId > 0,
    });

    public ChatFlow SendUnsupported() => Turn(new Inbound
    {
        UpdateId = nextUpdateId++, ChatId = chatId, UserId = UserId, Kind = InboundKind.Unsupported,
        FirstName = firstName, LanguageCode = telegramLanguage, IsPrivateChat = chatId > 0,
    });

    /// <summary>Presses the button with this data on the newest bot message that has it.</summary>
    public ChatFlow Press(string data)
    {
        var message = sent.OrderByDescending(pair => pair.Key)
            .FirstOrDefault(pair => pair.Value.Buttons?.Any(row => row.Any(button => button.Data == data)) == true);
        Assert.True(message.Value is not null, $"No button with data '{data}' was shown. Last replies:\n{Describe()}");
        return PressOn(message.Key, data);
    }

    /// <summary>Sends button data the bot never showed: anyone can do that on Telegram.</summary>
    public ChatFlow Forge(string data) => PressOn(nextMessageId - 1, data);

    public ChatFlow ExpectText(string key, params (string Name, object? Value)[] args) => ExpectMessage(CatalogText(Language, key, args));

    /// <summary>Asserts a message of the last turn equals <paramref name="expected"/>, ignoring direction marks.</summary>
    public ChatFlow ExpectMessage(string expected)
    {
        Assert.True(Messages.Any(message => Plain(message.Text) == Plain(expected) || Plain(message.Text).StartsWith(Plain(expected) + "\n", StringComparison.Ordinal)),
            $"Expected a message:\n{expected}\nbut the bot said:\n{Describe()}");
        return this;
    }

    public ChatFlow ExpectNoMessages()
    {
        Assert.Empty(Messages);
        return this;
    }

    /// <summary>Asserts the last message with buttons shows exactly these button data, row by row flattened.</summary>
    public ChatFlow ExpectButtons(params string[] data)
    {
        var last = Messages.LastOrDefault(message => message.Buttons is { Count: > 0 });
        Assert.True(last is not null, $"No buttons in the last turn:\n{Describe()}");
        Assert.Equal(data, last!.Buttons!.SelectMany(row => row).Select(button => button.Data).ToArray());
        return this;
    }

    public IReadOnlyList<string> ButtonLabels() =>
        Messages.Last(message => message.Buttons is { Count: > 0 }).Buttons!.SelectMany(row => row).Select(button => button.Label).ToList();

    /// <summary>The language the person now gets answers in.</summary>
    public string Language => Conversation.State?.Language ?? Conversation.Member?.Language ?? Localizer.Resolve(telegramLanguage);

    /// <summary>The catalog's text for a key, straight from the file (not through the localizer).</summary>
    public static string CatalogText(string language, string key, params (string Name, object? Value)[] args)
    {
        var catalog = Catalogs.For(language)!;
        var text = catalog[key];
        // Numbers in Persian digits where the catalog says so (written out here, not through the localizer).
        string Shown(object? value) => value is int or long && catalog.GetValueOrDefault("meta.digits") == "native"
            ? string.Concat(value.ToString()!.Select(c => char.IsAsciiDigit(c) ? (char)('۰' + (c - '0')) : c))
            : value?.ToString() ?? "";
        return args.Aggregate(text, (current, arg) => current.Replace("{" + arg.Name + "}", Shown(arg.Value), StringComparison.Ordinal));
    }

    public static string Plain(string? text) =>
        (text ?? "").Replace(Bidi.RightToLeftMark.ToString(), "", StringComparison.Ordinal).Replace(Bidi.LeftToRightMark.ToString(), "", StringComparison.Ordinal);

    // As Telegram does: the pressed message's text and the pressed button's label come along when the message is known.
    private ChatFlow PressOn(int messageId, string data)
    {
        var shown = sent.GetValueOrDefault(messageId);
        return Turn(new Inbound
        {
            UpdateId = nextUpdateId++, ChatId = chatId, UserId = UserId, Kind = InboundKind.Button, ButtonData = data,
            CallbackQueryId = $"cb{nextUpdateId}", ButtonMessageId = messageId,
            ButtonMessageText = shown?.Text, ButtonLabel = shown?.Buttons?.SelectMany(row => row).FirstOrDefault(button => button.Data == data)?.Label,
            FirstName = firstName, LanguageCode = telegramLanguage, IsPrivateChat = chatId > 0,
        });
    }

    public ChatFlow ShareLocation(double latitude, double longitude) => Turn(new Inbound
    {
        UpdateId = nextUpdateId++, ChatId = chatId, UserId = UserId, Kind = InboundKind.Location, Latitude = latitude, Longitude = longitude,
        MessageId = nextMessageId++, Media = MediaKind.Location,
        FirstName = firstName, LanguageCode = telegramLanguage, IsPrivateChat = chatId > 0,
    });

    private ChatFlow Turn(Inbound inbound)
    {
        var result = engine.Handle(inbound, Conversation);
        Assert.True(missingKeys.Found.Count == 0, "The turn used texts that a catalog lacks:\n" + string.Join("\n", missingKeys.Found));
        LastResult = result;
        Conversation = new Conversation(result.State, result.Member) { Offers = result.Offers, Requests = result.Requests, Directory = Directory };
        Replies = result.Messages;
        foreach (var reply in result.Messages.Where(reply => reply.Kind == OutboundKind.Message))
        {
            sent[nextMessageId++] = reply;
        }

        foreach (var removal in result.Messages.Where(reply => reply.Kind == OutboundKind.RemoveButtons))
        {
            sent.Remove(removal.MessageId!.Value);
        }

        foreach (var edit in result.Messages.Where(reply => reply.Kind == OutboundKind.EditButtons))
        {
            sent[edit.MessageId!.Value] = sent[edit.MessageId!.Value] with { Buttons = edit.Buttons };
        }

        return this;
    }

    private string Describe() => string.Join("\n---\n", Replies.Select(reply =>
        $"{reply.Kind}: {reply.Text} [{string.Join(" | ", reply.Buttons?.SelectMany(row => row).Select(button => button.Data) ?? [])}]"));
}
