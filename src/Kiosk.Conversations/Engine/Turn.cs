using Kiosk.Conversations.Localization;
using Kiosk.Conversations.Understanding;
using Kiosk.Domain;

namespace Kiosk.Conversations.Engine;

/// <summary>One turn in progress: the input, the mutable state and member, and the replies so far.</summary>
public sealed class Turn(Inbound inbound, ChatState state, Member? member, Localizer localizer, KioskTime time, KioskRecognizers recognizers)
{
    private readonly List<Outbound> messages = [];

    /// <summary>What the person did.</summary>
    public Inbound Inbound { get; } = inbound;

    /// <summary>The chat's state, changed in place during the turn.</summary>
    public ChatState State { get; } = state;

    /// <summary>The member, once the privacy notice is accepted; null otherwise.</summary>
    public Member? Member { get; set; } = member;

    /// <summary>True when the chat's state should be forgotten at the end of the turn.</summary>
    public bool ForgetChat { get; set; }

    /// <summary>The localizer, for texts that are not sent right away (button labels).</summary>
    public Localizer Localizer { get; } = localizer;

    /// <summary>Now, in the kiosk's zone.</summary>
    public KioskTime Time { get; } = time;

    /// <summary>The recognizers for free text.</summary>
    public KioskRecognizers Recognizers { get; } = recognizers;

    /// <summary>The member's offers, changed in place during the turn.</summary>
    public List<Offer> Offers { get; init; } = [];

    /// <summary>The member's help requests, changed in place during the turn.</summary>
    public List<HelpRequest> Requests { get; init; } = [];

    /// <summary>Read access to other people's data.</summary>
    public IKioskDirectory Directory { get; init; } = EmptyDirectory.Instance;

    /// <summary>Steps scheduled in this turn.</summary>
    public List<Domain.Matching.ScheduledStep> Scheduled { get; } = [];

    /// <summary>Reports made in this turn.</summary>
    public List<Domain.Matching.Report> NewReports { get; } = [];

    /// <summary>Matches created or changed in this turn.</summary>
    public Dictionary<string, Domain.Matching.Match> ChangedMatches { get; } = [];

    /// <summary>The kiosk's configuration (coordinators, moderation, ...).</summary>
    public KioskOptions Options { get; init; } = new();

    /// <summary>The bot's Telegram username (for links), once known.</summary>
    public string BotUsername { get; init; } = "";

    /// <summary>True for a coordinator: configured in Kiosk:Coordinators, or joined through an invite link.</summary>
    public bool IsCoordinator => Options.Coordinators.Contains(Inbound.UserId) || Member?.Coordinator == true;

    /// <summary>What the turn changes beyond its own chat (other people, invites, announcements, ...).</summary>
    public KioskChanges Changes { get; } = new();

    /// <summary>Sends a ready text to another chat.</summary>
    public void SayTextTo(long chatId, string text, IEnumerable<IEnumerable<Button>>? buttons = null) =>
        messages.Add(new Outbound
        {
            ChatId = chatId,
            Kind = OutboundKind.Message,
            Text = text,
            Buttons = buttons?.Select(row => row.ToList()).Where(row => row.Count > 0).ToList(),
        });

    /// <summary>Sends a localized text to another chat, in that person's language.</summary>
    public void SayTo(long chatId, string language, string key, IEnumerable<IEnumerable<Button>>? buttons = null, params (string Name, object? Value)[] args) =>
        SayTextTo(chatId, Localizer.Text(language, key, args), buttons);

    /// <summary>The language to answer in: the chosen one, else Telegram's, else German.</summary>
    public string Language => State.Language ?? Member?.Language ?? Localizer.Resolve(Inbound.LanguageCode);

    /// <summary>
    /// Texts in a member's language: the turn's own for the person acting, else the member's chosen language, else
    /// <paramref name="fallback"/>, else German.
    /// </summary>
    public Voice VoiceOf(long memberId, string? fallback = null) => memberId == Inbound.UserId && Inbound.UserId != 0
        ? this
        : new Voice(Localizer, Directory.Member(memberId)?.Language ?? fallback ?? Localizer.DefaultLanguage);

    /// <summary>A localized text in the turn's language.</summary>
    public string T(string key, params (string Name, object? Value)[] args) => Localizer.Text(Language, key, args);

    /// <summary>Sends the localized text of <paramref name="key"/>.</summary>
    public void Say(string key, params (string Name, object? Value)[] args) => SayText(T(key, args));

    /// <summary>Sends a ready text with optional button rows.</summary>
    public void SayText(string text, IEnumerable<IEnumerable<Button>>? buttons = null) => SayTextTo(Inbound.ChatId, text, buttons);

    /// <summary>Copies the person's own message (media, a location) into another chat, without naming its sender.</summary>
    public void CopyTo(long chatId, int messageId, IEnumerable<IEnumerable<Button>>? buttons = null) =>
        messages.Add(new Outbound
        {
            ChatId = chatId,
            Kind = OutboundKind.Copy,
            FromChatId = Inbound.ChatId,
            MessageId = messageId,
            Buttons = buttons?.Select(row => row.ToList()).Where(row => row.Count > 0).ToList(),
        });

    /// <summary>Sends a file to this chat as a document with a caption.</summary>
    public void SendDocument(string fileName, byte[] file, string caption) =>
        messages.Add(new Outbound { ChatId = Inbound.ChatId, Kind = OutboundKind.Document, FileName = fileName, File = file, Text = caption });

    /// <summary>Sends a QR code of <paramref name="link"/> to this chat as a photo with a caption.</summary>
    public void SendQrCode(string link, string caption) =>
        messages.Add(new Outbound { ChatId = Inbound.ChatId, Kind = OutboundKind.QrCode, Link = link, Text = caption });

    /// <summary>Answers the pressed button so the person's app stops waiting.</summary>
    public void AnswerButton()
    {
        if (Inbound.CallbackQueryId is { } id)
        {
            messages.Add(new Outbound { ChatId = Inbound.ChatId, Kind = OutboundKind.AnswerButton, CallbackQueryId = id });
        }
    }

    /// <summary>
    /// Removes the buttons of the message whose button was pressed, so it cannot be pressed again, and leaves a trace of
    /// the answer under the question ("When do you need help?" → "Saturday morning") when Telegram sent both along.
    /// </summary>
    public void RemovePressedButtons()
    {
        if (Inbound.ButtonMessageId is { } messageId)
        {
            messages.Add(new Outbound { ChatId = Inbound.ChatId, Kind = OutboundKind.RemoveButtons, MessageId = messageId, Text = AnsweredText() });
        }
    }

    // The question with the chosen answer under it, within Telegram's length; null when either is unknown.
    private string? AnsweredText()
    {
        if (string.IsNullOrEmpty(Inbound.ButtonMessageText) || string.IsNullOrWhiteSpace(Inbound.ButtonLabel))
        {
            return null;
        }

        var answer = T("input.answered", ("answer", Inbound.ButtonLabel));
        var room = WrittenText.MaxMessage - answer.Length - 2;
        return room <= 0 ? null : WrittenText.Cut(Inbound.ButtonMessageText, room) + "\n\n" + answer;
    }

    /// <summary>Replaces the buttons of the message whose button was pressed (for multiple choice ticks).</summary>
    public void EditPressedButtons(IEnumerable<IEnumerable<Button>> buttons)
    {
        if (Inbound.ButtonMessageId is { } messageId)
        {
            messages.Add(new Outbound
            {
                ChatId = Inbound.ChatId,
                Kind = OutboundKind.EditButtons,
                MessageId = messageId,
                Buttons = buttons.Select(row => row.ToList()).Where(row => row.Count > 0).ToList(),
            });
        }
    }

    /// <summary>The result of the turn; a deleted member takes their offers and requests along.</summary>
    public TurnResult Result() => new(ForgetChat ? null : State, Member, messages)
    {
        Offers = Member is null ? [] : Offers,
        Requests = Member is null ? [] : Requests,
        Matches = [.. ChangedMatches.Values],
        Reports = NewReports,
        Scheduled = Scheduled,
        Changes = Changes,
    };

    /// <summary>
    /// Sets this chat's command menu to the coordinators' menu in the turn's language, and its menu button to the desk
    /// (a Mini App) when Telegram can open it (the button travels with the message).
    /// </summary>
    public void ShowCoordinatorCommands() =>
        messages.Add(new Outbound
        {
            ChatId = Inbound.ChatId, Kind = OutboundKind.CoordinatorCommands, Text = Language,
            Buttons = Options.DeskWebApp() is { } desk ? [[new Button { Label = T("desk.open"), WebApp = desk }]] : null,
        });

    /// <summary>
    /// Remembers who sees the team's menu; someone who left the team (taken out of the configuration, or banned)
    /// gets everyone's menu back the next time they write.
    /// </summary>
    public void MatchTeamMenuToRole()
    {
        if (Member is not { } member)
        {
            return;
        }

        var inTeam = IsCoordinator && !member.Banned;
        if (inTeam && !member.TeamMenu)
        {
            member.TeamMenu = true;
        }
        else if (!inTeam && member.TeamMenu)
        {
            member.TeamMenu = false;
            messages.Add(new Outbound { ChatId = Inbound.ChatId, Kind = OutboundKind.PublicCommands });
        }
    }
}
