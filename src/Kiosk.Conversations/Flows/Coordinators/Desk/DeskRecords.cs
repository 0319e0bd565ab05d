using Kiosk.Conversations.Engine.Units;
using NodaTime;

namespace Kiosk.Conversations.Flows.Coordinators.Desk;

/// <summary>A one-time link into the desk that /desk sent a coordinator: works once, within <see cref="DeskFlow.LinkLifetime"/>.</summary>
public sealed class DeskLogin : IStoredRecord
{
    /// <summary>The code in the link (128 random bits, hex): the only secret, never logged.</summary>
    public string Id { get; set; } = "";

    /// <inheritdoc />
    public long MemberId { get; set; }

    /// <inheritdoc />
    public Instant CreatedAt { get; set; }

    /// <summary>When the link was used; a used link does not work again.</summary>
    public Instant? UsedAt { get; set; }
}

/// <summary>What a coordinator did from the desk (the audit log the desk shows: who, what, when).</summary>
public sealed class DeskAction : IStoredRecord
{
    /// <summary>Time-ordered (UUID v7), so that actions within the same kiosk minute keep their order in the log.</summary>
    public string Id { get; set; } = "";

    /// <summary>A new time-ordered id.</summary>
    public static string NewId() => Guid.CreateVersion7().ToString("N");

    /// <summary>The coordinator.</summary>
    public long MemberId { get; set; }

    /// <inheritdoc />
    public Instant CreatedAt { get; set; }

    /// <summary>"approve" or "reject" (an offer); "warn", "pause", "ban" or "dismiss" (a report); "take" or "answer" (an advice request); "person-warn", "person-pause", "person-ban", "unban" (the People page); "suggest" (an offer suggested by hand).</summary>
    public string Action { get; set; } = "";

    /// <summary>What it was done to (an offer's or a report's id).</summary>
    public string Subject { get; set; } = "";

    /// <summary>The reason of a rejection.</summary>
    public string? Reason { get; set; }
}

/// <summary>
/// A desk action as button data, sent by the desk as the coordinator's own button press, so it passes the same rules
/// as in the chat: "desk:ok:OFFER", "desk:no:OFFER:REASON", "desk:r:REPORT:ACTION", "desk:a:ADVICE:take|answer", "desk:p:MEMBER:ACTION", "desk:h:REQUEST:OFFER".
/// </summary>
/// <param name="Action">"ok", "no", "r", "a", "p" or "h".</param>
/// <param name="OfferId">The offer (or the report, for "r").</param>
/// <param name="Reason">The rejection reason (<see cref="OfferReview.Reasons"/>) for "no"; the report action (<see cref="ReportReview.Actions"/>) for "r".</param>
public sealed record DeskButton(string Action, string OfferId, string? Reason = null) : IFlowButton<DeskButton>
{
    /// <inheritdoc />
    public static string Verb => "desk";

    /// <summary>Approve an offer.</summary>
    public const string Approve = "ok";

    /// <summary>Reject an offer with a reason.</summary>
    public const string Reject = "no";

    /// <summary>Decide a report: warn, pause, ban or dismiss.</summary>
    public const string Report = "r";

    /// <summary>Take an advice request ("take": answered in the chat, as from the queue; "answer": the desk writes the first answer next).</summary>
    public const string Advice = "a";

    /// <summary>Act on a person found on the People page: warn, pause, ban or unban (<see cref="PersonActions"/>).</summary>
    public const string Person = "p";

    /// <summary>Suggest an offer by hand for a help request that found nobody ("h:REQUEST:OFFER").</summary>
    public const string Hand = "h";

    /// <summary>What the People page can do to a person.</summary>
    public static readonly IReadOnlyList<string> PersonActions = ["warn", "pause", "ban", "unban"];

    /// <inheritdoc />
    public static IEnumerable<DeskButton> Samples => [new(Approve, new string('o', 12)), new(Reject, new string('o', 12), "duplicate"), new(Report, new string('r', 12), "dismiss"), new(Advice, new string('a', 12), "take"), new(Advice, new string('a', 12), "answer"), new(Person, "9999999999", "unban"), new(Hand, new string('r', 12), new string('o', 12))];

    /// <inheritdoc />
    public static DeskButton? TryDecode(string argument) => argument.Split(':') switch
    {
        [Approve, var id] when IsId(id) => new(Approve, id),
        [Reject, var id, var reason] when IsId(id) && OfferReview.Reasons.Contains(reason) => new(Reject, id, reason),
        [Report, var id, var action] when IsId(id) && ReportReview.Actions.Contains(action) => new(Report, id, action),
        [Advice, var id, var how and ("take" or "answer")] when IsId(id) => new(Advice, id, how),
        [Hand, var id, var offer] when IsId(id) && IsId(offer) => new(Hand, id, offer),
        [Person, var id, var action] when long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _) && PersonActions.Contains(action) => new(Person, id, action),
        _ => null,
    };

    private static bool IsId(string id) => id.Length is > 0 and <= 32 && id.All(char.IsAsciiLetterOrDigit);

    /// <inheritdoc />
    public string Encode() => Reason is null ? $"{Action}:{OfferId}" : $"{Action}:{OfferId}:{Reason}";
}
