using System.Globalization;
using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Flows;
using Kiosk.Conversations.Flows.Coordinators.Desk;
using Kiosk.Conversations.Localization;
using Kiosk.Domain;
using Kiosk.Domain.Matching;
using Kiosk.Storage;
using LiteDB;

namespace Kiosk.Bot.Desk;

/// <summary>A person found by name or id.</summary>
/// <param name="Id">The Telegram id (for opening them).</param>
/// <param name="Head">Name, id, language, since when.</param>
/// <param name="Flags">Banned, warnings, team.</param>
public sealed record PersonFound(string Id, string Head, IReadOnlyList<string> Flags);

/// <summary>One person as the People page shows them: what they offer and asked for, their matches and reports, and what the team can do.</summary>
/// <param name="Person">Who.</param>
/// <param name="Offers">One line per offer.</param>
/// <param name="Requests">One line per help request.</param>
/// <param name="Matches">One line per match.</param>
/// <param name="Reports">One line per report by or about them.</param>
/// <param name="Actions">Warn, pause, ban or unban, as possible now.</param>
public sealed record PersonPage(PersonFound Person, IReadOnlyList<string> Offers, IReadOnlyList<string> Requests, IReadOnlyList<string> Matches,
    IReadOnlyList<string> Reports, IReadOnlyList<DeskChoice> Actions);

/// <summary>
/// The desk's People page: find a member by the start of their first name or by id, and see what the chat's team
/// tools show about them (categories, districts, statuses, first names; no contact data, no relayed words).
/// </summary>
public sealed class DeskPeople(KioskDatabase database, Localizer localizer, KioskTime time)
{
    /// <summary>At most this many people are listed for a search.</summary>
    public const int MaxFound = 30;

    /// <summary>Counting stops here: "30 of 1000" already says "write more of the name".</summary>
    public const int MaxCounted = 1000;

    /// <summary>People whose first name starts with <paramref name="query"/> (any case), or the one with that id; and how many match in all.</summary>
    public (IReadOnlyList<PersonFound> People, int Total) Find(string language, string query)
    {
        var voice = new Voice(localizer, language);
        var words = query.Trim();
        if (words.Length == 0)
        {
            return ([], 0);
        }

        return database.Run(() =>
        {
            if (long.TryParse(words, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return database.Members.FindById(id) is { } member ? ([Found(voice, member)], 1) : ((IReadOnlyList<PersonFound>)[], 0);
            }

            // Through the index, in its order (the lower-case names): the first few only, and how many there are.
            var query = Query.StartsWith(StoredCollections.FirstNameIndex, words.ToLowerInvariant());
            var shown = database.Members.Find(query, limit: MaxFound).Select(member => Found(voice, member)).ToList();
            return (shown, shown.Count < MaxFound ? shown.Count : database.Members.Find(query, limit: MaxCounted).Count());
        });
    }

    /// <summary>One person's page, or null when there is nobody with that id.</summary>
    public PersonPage? Show(string language, long id, long coordinatorId)
    {
        var voice = new Voice(localizer, language);
        return database.Run(() =>
        {
            if (database.Members.FindById(id) is not { } member)
            {
                return null;
            }

            var offers = database.Offers.Find(offer => offer.MemberId == id).OrderByDescending(offer => offer.CreatedAt).ToList();
            var requests = database.Requests.Find(request => request.MemberId == id).OrderByDescending(request => request.CreatedAt).ToList();
            var matches = database.Matches.Find(match => match.NeighbourId == id).Concat(database.Matches.Find(match => match.NewcomerId == id))
                .OrderByDescending(match => match.AskedAt).Take(50).ToList();
            var reports = database.Reports.Find(report => report.ReportedId == id || report.ReporterId == id).OrderByDescending(report => report.At).ToList();
            return new PersonPage(
                Found(voice, member),
                [.. offers.Select(offer => Line(voice, Labels.Category(voice, offer.Category) + " · " + Labels.District(voice, offer.District), voice.T($"figures.offer_{offer.Status.ToString().ToLowerInvariant()}"), offer.CreatedAt))],
                [.. requests.Select(request => Line(voice, Labels.Category(voice, request.Category) + " · " + Labels.District(voice, request.District), RequestStatus(voice, request), request.CreatedAt))],
                [.. matches.Select(match => Line(voice,
                    Labels.Category(voice, database.Offers.FindById(match.OfferId)?.Category) + " · " + voice.T("desk.match_with", ("name", DeskToday.NameOf(database, match.Other(id)))),
                    voice.T($"desk.match_{match.Status.ToString().ToLowerInvariant()}"), match.AskedAt))],
                [.. reports.Select(report => voice.T("desk.report_line", ("reporter", DeskToday.NameOf(database, report.ReporterId)), ("reported", DeskToday.NameOf(database, report.ReportedId)),
                    ("when", Labels.Day(voice, time.Local(report.At).Date))) + " · " + (report.Action is { } action ? voice.T($"moderation.{action}") : voice.T("desk.report_open")))],
                Actions(voice, member, offers, coordinatorId));
        });
    }

    private PersonFound Found(Voice voice, Member member)
    {
        var flags = new List<string>();
        if (member.Coordinator)
        {
            flags.Add(voice.T("desk.person_team"));
        }

        if (member.Banned)
        {
            flags.Add(voice.T("desk.person_banned"));
        }

        if (member.Warnings > 0)
        {
            flags.Add(voice.T("desk.person_warnings", ("count", member.Warnings)));
        }

        return new PersonFound(member.Id.ToString(CultureInfo.InvariantCulture),
            voice.T("desk.person_head", ("name", DeskToday.NameOf(database, member.Id)), ("id", member.Id.ToString(CultureInfo.InvariantCulture)),
                ("language", localizer.LanguageName(member.Language)), ("since", Labels.Day(voice, time.Local(member.PrivacyAcceptedAt).Date))),
            flags);
    }

    private string Line(Voice voice, string what, string status, NodaTime.Instant when) =>
        voice.T("desk.item_line", ("what", what), ("status", status), ("when", Labels.Day(voice, time.Local(when).Date)));

    private string RequestStatus(Voice voice, HelpRequest request) => request.Status switch
    {
        HelpRequestStatus.Cancelled => voice.T("desk.request_cancelled"),
        HelpRequestStatus.Open when request.IsOpen(time.Now, time.Zone) => voice.T("desk.request_open"),
        _ => voice.T("desk.request_closed"),
    };

    // What the chat's report card offers, for this person as they are now; nothing for the team itself.
    private static List<DeskChoice> Actions(Voice voice, Member member, List<Offer> offers, long coordinatorId)
    {
        if (member.Coordinator || member.Id == coordinatorId)
        {
            return [];
        }

        var actions = new List<DeskChoice> { new("p:warn", voice.T("moderation.warn")) };
        if (offers.Any(offer => offer.Status == OfferStatus.Active))
        {
            actions.Add(new("p:pause", voice.T("moderation.pause")));
        }

        actions.Add(member.Banned ? new("p:unban", voice.T("desk.unban")) : new("p:ban", voice.T("moderation.ban")));
        return actions;
    }
}
