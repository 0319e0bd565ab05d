using System.Security.Cryptography;
using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Conversations.Flows.Privacy;
using NodaTime;

namespace Kiosk.Conversations.Flows.Coordinators.Desk;

/// <summary>
/// The coordinators' desk, the chat side: /desk sends a one-time link (and, inside Telegram, a button that opens the
/// desk as a Mini App); what a coordinator does in the desk arrives here as their own button press
/// (<see cref="DeskButton"/>) and is written to the audit log in the same turn.
/// </summary>
public sealed class DeskFlow : ButtonFlow<DeskButton>
{
    /// <summary>How long a /desk link works.</summary>
    public static readonly Duration LinkLifetime = Duration.FromMinutes(10);

    /// <summary>The one-time links (kept a day, then removed).</summary>
    public static readonly StoredKind<DeskLogin> Logins = new("desk_logins",
        login => new { CreatedAt = MyDataDocument.Iso(login.CreatedAt), Used = login.UsedAt is not null }, Duration.FromDays(1));

    /// <summary>The audit log.</summary>
    public static readonly StoredKind<DeskAction> Actions = new("desk_actions",
        action => new { action.Action, action.Subject, action.Reason, CreatedAt = MyDataDocument.Iso(action.CreatedAt) });

    /// <inheritdoc />
    public override IReadOnlyList<string> Commands => ["desk"];

    /// <inheritdoc />
    public override bool TeamOnly => true;

    /// <inheritdoc />
    public override IReadOnlyList<StoredKind> Stores => [Logins, Actions];

    /// <summary>The desk's address with a login code, or null when <see cref="KioskOptions.DeskUrl"/> is not set.</summary>
    public static string? LinkFor(KioskOptions options, string code) =>
        string.IsNullOrWhiteSpace(options.DeskUrl) ? null : $"{options.DeskUrl.TrimEnd('/')}/?code={code}";

    /// <summary>The button that opens the desk inside Telegram, when it can (https, or the local emulator); else none.</summary>
    public static List<List<Button>> OpenButtons(Turn turn, Voice voice) =>
        turn.Options.DeskWebApp() is { } app ? [[new() { Label = voice.T("desk.open"), WebApp = app }]] : [];

    /// <inheritdoc />
    public override void OnCommand(Turn turn, string command, string argument)
    {
        if (!FlowAccess.IsTeam(turn))
        {
            turn.Say("coordinator.only");
            return;
        }

        var code = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        if (LinkFor(turn.Options, code) is not { } link)
        {
            turn.Say("desk.no_address");
            return;
        }

        turn.Changes.Records.Add(new DeskLogin { Id = code, MemberId = turn.Inbound.UserId, CreatedAt = turn.Time.Now });
        // Inside Telegram the Mini App button opens the desk with the person's Telegram sign-in (no code needed; https
        // only, or the local emulator's loopback); the link opens it once in any browser (the desk computer).
        turn.SayText(turn.T("desk.link"), [.. OpenButtons(turn, turn), [new() { Label = turn.T("desk.open_browser"), Url = link }]]);
    }

    /// <inheritdoc />
    protected override void OnButton(Turn turn, DeskButton button)
    {
        if (!FlowAccess.IsTeam(turn))
        {
            turn.Say("coordinator.only");
            return;
        }

        var (done, action) = button.Action switch
        {
            DeskButton.Approve => (OfferReview.Approve(turn, button.OfferId), "approve"),
            DeskButton.Reject => (OfferReview.Reject(turn, button.OfferId, button.Reason!), "reject"),
            DeskButton.Advice when button.Reason == "answer" => (AdviceQueue.AnswerFromDesk(turn, button.OfferId), "answer"),
            DeskButton.Advice => (AdviceQueue.TakeFromDesk(turn, button.OfferId), "take"),
            DeskButton.Hand => (HelpRequests.HandSuggestionFlow.Suggest(turn, button.OfferId, button.Reason!), "suggest"),
            DeskButton.Person => (PersonModeration.FromDesk(turn, long.Parse(button.OfferId, System.Globalization.CultureInfo.InvariantCulture), button.Reason!),
                button.Reason == "unban" ? "unban" : $"person-{button.Reason}"),
            _ => (ReportReview.Decide(turn, button.OfferId, button.Reason!), button.Reason!),
        };
        if (done)
        {
            turn.Changes.Records.Add(new DeskAction
            {
                Id = DeskAction.NewId(), MemberId = turn.Inbound.UserId, CreatedAt = turn.Time.Now, Action = action, Subject = button.OfferId,
                Reason = button.Action == DeskButton.Reject ? button.Reason : null,
            });
        }
    }
}
