using System.Globalization;
using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Conversations.Flows;
using Kiosk.Conversations.Flows.Coordinators;
using Kiosk.Conversations.Flows.Coordinators.Desk;
using Kiosk.Conversations.Localization;
using Kiosk.Domain;
using Kiosk.Domain.Broadcasts;
using Kiosk.Storage;
using NodaTime;
using NodaTime.Text;

namespace Kiosk.Bot.Desk;

/// <summary>What the desk sends to plan or send an announcement: a text per language code, an audience, and a local time or none for "now".</summary>
/// <param name="Versions">Text by language code.</param>
/// <param name="Audience">"everyone", "newcomers", "neighbours", "language", "district" or "category".</param>
/// <param name="Value">Which language, district or category, for the last three.</param>
/// <param name="SendAt">"2026-12-03T10:00" in the kiosk's zone, or null for now.</param>
public sealed record AnnouncementDraft(Dictionary<string, string>? Versions, string? Audience, string? Value, string? SendAt);

/// <summary>A preview of one version as its readers will get it.</summary>
/// <param name="Language">The version's language code.</param>
/// <param name="Name">The language's own name.</param>
/// <param name="Direction">"rtl" or "ltr".</param>
/// <param name="Text">The copy exactly as sent to a reader of that language.</param>
public sealed record AnnouncementPreview(string Language, string Name, string Direction, string Text);

/// <summary>An announcement in the list: what, to whom, where it is.</summary>
/// <param name="Id">Its id (for stopping).</param>
/// <param name="Audience">The audience in words.</param>
/// <param name="Languages">Its versions' language names.</param>
/// <param name="Status">Where it is, in words with counts.</param>
/// <param name="Stoppable">True while planned or on its way.</param>
/// <param name="Tried">Copies tried so far.</param>
/// <param name="Recipients">Copies in all (0 while planned).</param>
public sealed record AnnouncementLine(string Id, string Audience, string Languages, string Status, bool Stoppable, int Tried, int Recipients);

/// <summary>
/// The desk's Announcements page: versions side by side, who gets which, previews exactly as sent, now or at a time,
/// stop, and delivery followed live. The same rules as /broadcast in the chat (length, languages, audiences); delivery is
/// the broadcast sender's, as for the chat's announcements.
/// </summary>
public sealed class DeskAnnouncements(KioskDatabase database, Localizer localizer, KioskTime time)
{
    /// <summary>What the page needs to build its form: audiences with their choices, the languages, the text limit.</summary>
    public object Form(string language)
    {
        var voice = new Voice(localizer, language);
        return new
        {
            audiences = Broadcasting.ChosenAudiences.Concat(Broadcasting.NarrowAudiences).Select(kind => new { kind, label = voice.T($"broadcast.audience_{kind}") }),
            values = new Dictionary<string, object>
            {
                ["language"] = localizer.Languages.Select(code => new { value = code, label = localizer.LanguageName(code) }),
                ["district"] = Districts.All.Select(district => new { value = district.Id, label = Labels.District(voice, district.Id) }),
                ["category"] = Categories.All.Select(id => new { value = id, label = Labels.Category(voice, id) }),
            },
            languages = localizer.Languages.Select(code => new { code, name = localizer.LanguageName(code), direction = localizer.IsRightToLeft(code) ? "rtl" : "ltr" }),
            max = BroadcastNews.MaxText,
        };
    }

    /// <summary>Who would get which version, and each version as it will look; or the reason the draft cannot go out.</summary>
    public (IReadOnlyList<string> Plan, IReadOnlyList<AnnouncementPreview> Previews, string? Problem) Plan(string language, AnnouncementDraft draft)
    {
        var voice = new Voice(localizer, language);
        if (Check(voice, draft) is { } problem)
        {
            return ([], [], problem);
        }

        var broadcast = Build(draft, 0, language);
        var byLanguage = Audience(broadcast.Audience);
        var plan = BroadcastPlan.Lines(voice, broadcast, byLanguage);
        var previews = broadcast.Versions.Select(pair => new AnnouncementPreview(pair.Key, localizer.LanguageName(pair.Key), localizer.IsRightToLeft(pair.Key) ? "rtl" : "ltr",
            BroadcastNews.Copy(localizer, pair.Key, pair.Key, pair.Value))).ToList();
        return (plan.Count == 0 ? [voice.T("broadcast.nobody")] : plan, previews, null);
    }

    /// <summary>How long "who gets which version" is reused: it is counted again when the announcement is sent.</summary>
    public static readonly Duration PlanFresh = Duration.FromMinutes(1);

    private readonly Dictionary<(AudienceKind, string), (Dictionary<string, int> Counts, Instant At)> audiences = [];
    private readonly Lock gate = new();

    // People per language for an audience: reading 100,000 members takes a third of a second, and a coordinator presses
    // "preview" again after each edit of the texts; the numbers are an estimate until the sender counts at sending.
    private Dictionary<string, int> Audience(Audience audience)
    {
        var key = (audience.Kind, audience.Value);
        var now = time.Now;
        lock (gate)
        {
            if (audiences.TryGetValue(key, out var known) && now >= known.At && now - known.At < PlanFresh)
            {
                return known.Counts;
            }
        }

        var counts = database.Run(() => AudienceReader.Select(database, audience).GroupBy(member => member.Language).ToDictionary(group => group.Key, group => group.Count()));
        lock (gate)
        {
            audiences[key] = (counts, now);
        }

        return counts;
    }

    /// <summary>Saves the announcement for the sender (now or at its time) and writes the audit line; or the reason it cannot go out.</summary>
    public string Send(Member coordinator, AnnouncementDraft draft)
    {
        var voice = new Voice(localizer, coordinator.Language);
        if (Check(voice, draft) is { } problem)
        {
            return problem;
        }

        var broadcast = Build(draft, coordinator.Id, coordinator.Language);
        broadcast.Id = Ids.New();
        broadcast.Status = BroadcastStatus.Scheduled;
        broadcast.SendAt = At(draft);
        database.InTransaction(() =>
        {
            database.Broadcasts.Insert(broadcast);
            Audit(coordinator.Id, "broadcast", broadcast.Id);
            return true;
        });
        return broadcast.SendAt is { } at ? voice.T("broadcast.scheduled", ("time", Labels.Moment(voice, time.Local(at)))) : voice.T("desk.on_its_way");
    }

    /// <summary>Stops an announcement that is planned or on its way; false when it was already finished.</summary>
    public bool Stop(Member coordinator, string id) => database.InTransaction(() =>
    {
        if (database.Broadcasts.FindById(id) is not { Status: BroadcastStatus.Scheduled or BroadcastStatus.Sending })
        {
            return false;
        }

        BroadcastStore.Stop(database, id, time.Now);
        Audit(coordinator.Id, "stop", id);
        return true;
    });

    /// <summary>The latest announcements, newest first, with their delivery so far.</summary>
    public IReadOnlyList<AnnouncementLine> Recent(string language)
    {
        var voice = new Voice(localizer, language);
        var broadcasts = database.Run(() => database.Broadcasts.Find(broadcast => broadcast.Status != BroadcastStatus.Draft).OrderByDescending(broadcast => broadcast.CreatedAt).Take(20).ToList());
        return broadcasts.Select(broadcast => new AnnouncementLine(
            broadcast.Id,
            BroadcastPlan.AudienceLabel(voice, broadcast.Audience),
            string.Join(", ", broadcast.Versions.Keys.Select(localizer.LanguageName)),
            broadcast.Status switch
            {
                BroadcastStatus.Scheduled => voice.T("desk.broadcast_scheduled", ("time", broadcast.SendAt is { } at ? Labels.Moment(voice, time.Local(at)) : "–")),
                BroadcastStatus.Sending => voice.T("desk.broadcast_sending", ("tried", broadcast.Tried), ("count", broadcast.Recipients)),
                BroadcastStatus.Cancelled => voice.T("desk.broadcast_cancelled", ("tried", broadcast.Tried), ("count", broadcast.Recipients)),
                _ => voice.T("desk.broadcast_done", ("count", broadcast.Recipients), ("sent", broadcast.Sent), ("blocked", broadcast.Blocked), ("failed", broadcast.Failed)),
            },
            broadcast.Status is BroadcastStatus.Scheduled or BroadcastStatus.Sending,
            broadcast.Tried,
            broadcast.Recipients)).ToList();
    }

    // The chat's rules: some text, known languages, at most MaxText each, a known audience, a time in the future.
    private string? Check(Voice voice, AnnouncementDraft draft)
    {
        var versions = Versions(draft);
        if (versions.Count == 0)
        {
            return voice.T("desk.no_text");
        }

        if (versions.Values.FirstOrDefault(text => text.Length > BroadcastNews.MaxText) is { } tooLong)
        {
            return voice.T("broadcast.too_long", ("length", tooLong.Length), ("max", BroadcastNews.MaxText));
        }

        var kind = draft.Audience ?? "";
        if (!Broadcasting.ChosenAudiences.Contains(kind) && !(Broadcasting.NarrowAudiences.Contains(kind) && Broadcasting.IsValidValue(localizer, kind, draft.Value)))
        {
            return voice.T("broadcast.ask_audience");
        }

        if (draft.SendAt is { Length: > 0 } && At(draft) is not { } at)
        {
            return voice.T("broadcast.time_unknown");
        }

        return At(draft) is { } when && when <= time.Now ? voice.T("broadcast.time_past") : null;
    }

    private Dictionary<string, string> Versions(AnnouncementDraft draft) =>
        (draft.Versions ?? []).Where(pair => localizer.IsSupported(pair.Key) && !string.IsNullOrWhiteSpace(pair.Value))
            .ToDictionary(pair => pair.Key, pair => pair.Value.Trim());

    private Instant? At(AnnouncementDraft draft) =>
        draft.SendAt is { Length: > 0 } text && LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm").Parse(text) is { Success: true } parsed
            ? time.Instant(parsed.Value)
            : null;

    private Broadcast Build(AnnouncementDraft draft, long authorId, string authorLanguage)
    {
        return new Broadcast
        {
            // The reports go to the writer in their language, whichever versions they wrote.
            AuthorId = authorId,
            AuthorLanguage = authorLanguage,
            Versions = Versions(draft),
            Audience = new Audience
            {
                Kind = Broadcasting.Kind(draft.Audience ?? ""),
                Value = Broadcasting.NarrowAudiences.Contains(draft.Audience ?? "") ? draft.Value ?? "" : "",
            },
            CreatedAt = time.Now,
        };
    }

    private void Audit(long memberId, string action, string subject) =>
        database.Database.GetCollection<DeskAction>(DeskFlow.Actions.Collection).Insert(new DeskAction
        {
            Id = DeskAction.NewId(), MemberId = memberId, CreatedAt = time.Now, Action = action, Subject = subject,
        });
}
