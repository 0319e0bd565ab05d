using NodaTime;

namespace Kiosk.Domain.Broadcasts;

/// <summary>Where an announcement is.</summary>
public enum BroadcastStatus
{
    /// <summary>Being written by a coordinator.</summary>
    Draft,

    /// <summary>Confirmed, waits for its time.</summary>
    Scheduled,

    /// <summary>Being delivered.</summary>
    Sending,

    /// <summary>Everyone was tried.</summary>
    Done,

    /// <summary>Stopped by a coordinator; the rest was not sent.</summary>
    Cancelled,
}

/// <summary>
/// An announcement of the kiosk to many people: the text in the writer's language plus versions in other
/// languages, an audience, and the delivery counts for the coordinator's report.
/// </summary>
public sealed class Broadcast
{
    /// <summary>Stable id (also in button data).</summary>
    public string Id { get; set; } = "";

    /// <summary>The coordinator who wrote it (gets progress and the report).</summary>
    public long AuthorId { get; set; }

    /// <summary>The coordinator's language (of the reports; in the chat also of the first text).</summary>
    public string AuthorLanguage { get; set; } = "de";

    /// <summary>The texts by language code; the first one is in <see cref="AuthorLanguage"/>.</summary>
    public Dictionary<string, string> Versions { get; set; } = [];

    /// <summary>Who gets it.</summary>
    public Audience Audience { get; set; } = new();

    /// <summary>Where it is.</summary>
    public BroadcastStatus Status { get; set; }

    /// <summary>When it was written.</summary>
    public Instant CreatedAt { get; set; }

    /// <summary>When it is to be sent; null for "now".</summary>
    public Instant? SendAt { get; set; }

    /// <summary>When delivery started.</summary>
    public Instant? StartedAt { get; set; }

    /// <summary>When the last person was tried (or it was cancelled).</summary>
    public Instant? FinishedAt { get; set; }

    /// <summary>How many people it goes to.</summary>
    public int Recipients { get; set; }

    /// <summary>Delivered (Telegram said 200).</summary>
    public int Sent { get; set; }

    /// <summary>People who blocked the bot (403).</summary>
    public int Blocked { get; set; }

    /// <summary>Refused by Telegram for another reason (400).</summary>
    public int Failed { get; set; }

    /// <summary>
    /// Handed to Telegram without an answer the bot kept (a crash or a timeout while in flight): maybe delivered, not
    /// tried again, so that nobody gets it twice. Not counted as delivered: the report counts what Telegram confirmed.
    /// </summary>
    public int Unconfirmed { get; set; }

    /// <summary>The last progress step (in quarters) the coordinator was told about.</summary>
    public int ReportedQuarter { get; set; }

    /// <summary>People tried so far.</summary>
    public int Tried => Sent + Blocked + Failed + Unconfirmed;

    /// <summary>
    /// The language whose version a person of <paramref name="language"/> gets: theirs, else English, else German, else the
    /// writer's, else the first written (the desk lets a coordinator write only in other languages than their own).
    /// </summary>
    public string VersionFor(string language) =>
        new[] { language, "en", "de", AuthorLanguage }.FirstOrDefault(Versions.ContainsKey) ?? Versions.Keys.First();
}

/// <summary>Which people an announcement is for.</summary>
public enum AudienceKind
{
    /// <summary>Everyone who accepted the privacy notice.</summary>
    Everyone,

    /// <summary>People with at least one offer.</summary>
    Newcomers,

    /// <summary>People with at least one help request.</summary>
    Neighbours,

    /// <summary>People who chose one language.</summary>
    Language,

    /// <summary>People with an offer or a help request in one district.</summary>
    District,

    /// <summary>People who offer one category.</summary>
    Category,
}

/// <summary>An audience: a kind and, for language, district and category, which one.</summary>
public sealed class Audience
{
    /// <summary>The kind.</summary>
    public AudienceKind Kind { get; set; }

    /// <summary>Language code, district id or category id; "" otherwise.</summary>
    public string Value { get; set; } = "";
}

/// <summary>Where one person's copy of an announcement is.</summary>
public enum DeliveryStatus
{
    /// <summary>Not tried yet.</summary>
    Pending,

    /// <summary>Handed to Telegram, answer not stored yet; after a crash it stays unsent rather than risk a second copy.</summary>
    Sending,

    /// <summary>Telegram said 200.</summary>
    Sent,

    /// <summary>The person blocked the bot.</summary>
    Blocked,

    /// <summary>Refused by Telegram.</summary>
    Failed,

    /// <summary>Not sent because the announcement was cancelled.</summary>
    Cancelled,

    /// <summary>Handed to Telegram, but its answer was lost (a crash or a timeout): maybe delivered.</summary>
    Unconfirmed,
}

/// <summary>One person's copy of an announcement: stored so that a restart sends nobody a second copy.</summary>
public sealed class BroadcastDelivery
{
    /// <summary>Increasing id.</summary>
    public long Id { get; set; }

    /// <summary>The announcement.</summary>
    public string BroadcastId { get; set; } = "";

    /// <summary>The person's chat.</summary>
    public long ChatId { get; set; }

    /// <summary>The person's language (the version is chosen from it).</summary>
    public string Language { get; set; } = "de";

    /// <summary>Where it is.</summary>
    public DeliveryStatus Status { get; set; }
}
