using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Localization;
using Kiosk.Domain.Broadcasts;

namespace Kiosk.Conversations.Flows.Coordinators;

/// <summary>
/// The texts around an announcement: the copy people get (header, the coordinator's words as written, how to
/// mute), and what its writer is told while it goes out (started, each quarter, the final report).
/// </summary>
public sealed class BroadcastNews(Localizer localizer)
{
    /// <summary>Longest announcement text, leaving room for the header and footer within Telegram's 4096.</summary>
    public const int MaxText = 3500;

    /// <summary>The copy a person of <paramref name="language"/> gets: the version chosen for them, framed in their language.</summary>
    public string Copy(Broadcast broadcast, string language)
    {
        var version = broadcast.VersionFor(language);
        return Copy(localizer, language, version, broadcast.Versions[version]);
    }

    /// <summary>The copy of <paramref name="text"/> (written in <paramref name="version"/>) framed in <paramref name="language"/>; also the preview.</summary>
    public static string Copy(Localizer localizer, string language, string version, string text) =>
        localizer.Text(language, "broadcast.header") + "\n\n" + Bidi(localizer, version, text) + "\n\n" + localizer.Text(language, "broadcast.footer");

    /// <summary>Tells the writer it started, with a stop button.</summary>
    public Outbound Started(Broadcast broadcast) => ToWriter(broadcast, "broadcast.started", stoppable: true, ("count", broadcast.Recipients));

    /// <summary>Tells the writer about a quarter reached, with a stop button.</summary>
    public Outbound Progress(Broadcast broadcast) => ToWriter(broadcast, "broadcast.progress", stoppable: true,
        ("tried", broadcast.Tried), ("count", broadcast.Recipients), ("percent", broadcast.Recipients == 0 ? 100 : broadcast.Tried * 100 / broadcast.Recipients));

    /// <summary>
    /// The final report: delivered as Telegram confirmed, blocked, failed (and not sent, when it was stopped), and, when
    /// the bot lost Telegram's answer for some copies, how many may have arrived.
    /// </summary>
    public Outbound Report(Broadcast broadcast)
    {
        var report = ToWriter(broadcast,
            broadcast.Status == BroadcastStatus.Cancelled ? "broadcast.report_stopped" : "broadcast.report", stoppable: false,
            ("sent", broadcast.Sent), ("blocked", broadcast.Blocked), ("failed", broadcast.Failed), ("rest", Math.Max(0, broadcast.Recipients - broadcast.Tried)));
        return broadcast.Unconfirmed == 0
            ? report
            : report with { Text = report.Text + "\n" + localizer.Text(broadcast.AuthorLanguage, "broadcast.report_unconfirmed", ("count", broadcast.Unconfirmed)) };
    }

    /// <summary>Button data that stops an announcement.</summary>
    public static string StopData(string broadcastId) => CoordinatorCommands.Data(Broadcasting.Area, "stop", broadcastId);

    private Outbound ToWriter(Broadcast broadcast, string key, bool stoppable, params (string Name, object? Value)[] args) => new()
    {
        ChatId = broadcast.AuthorId,
        Kind = OutboundKind.Message,
        Text = localizer.Text(broadcast.AuthorLanguage, key, args),
        Buttons = stoppable ? [[Button.Press(localizer.Text(broadcast.AuthorLanguage, "broadcast.stop"), StopData(broadcast.Id))]] : null,
    };

    // The coordinator's words keep the direction of the language they are written in, whatever the frame's.
    private static string Bidi(Localizer localizer, string language, string text) =>
        localizer.IsRightToLeft(language) ? Localization.Bidi.MarkRightToLeft(text) : text;
}
