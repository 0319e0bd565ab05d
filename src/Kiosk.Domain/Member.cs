using NodaTime;

namespace Kiosk.Domain;

/// <summary>
/// A person who accepted the privacy notice. Nothing about a person is stored as a member before that.
/// In a private Telegram chat the chat id equals the user id, so <see cref="Id"/> is both.
/// </summary>
public sealed class Member
{
    /// <summary>Telegram user id (and private chat id).</summary>
    public long Id { get; set; }

    /// <summary>First name as Telegram gave it; shown to the other side of a match only.</summary>
    public string FirstName { get; set; } = "";

    /// <summary>The language the person chose (a supported language code such as "ar").</summary>
    public string Language { get; set; } = "de";

    /// <summary>When the person accepted the privacy notice.</summary>
    public Instant PrivacyAcceptedAt { get; set; }

    /// <summary>True once Telegram said the person blocked the bot (403); cleared when they write again.</summary>
    public bool Unreachable { get; set; }

    /// <summary>True for a coordinator who joined through an invite link (configured coordinators are not marked).</summary>
    public bool Coordinator { get; set; }

    /// <summary>True while Telegram shows the person the team's command menu (so it can be taken back when they leave the team).</summary>
    public bool TeamMenu { get; set; }

    /// <summary>For a coordinator: when the bot last told them what waits for the team (so it does not nag).</summary>
    public Instant? TeamToldAt { get; set; }

    /// <summary>True when the person asked (/mute) not to get the kiosk's announcements.</summary>
    public bool Muted { get; set; }

    /// <summary>How many times the kiosk team warned the person after a report.</summary>
    public int Warnings { get; set; }

    /// <summary>True when the kiosk team banned the person: nothing of theirs is matched, and the bot only says so.</summary>
    public bool Banned { get; set; }
}
