using Kiosk.Domain.Broadcasts;
using NodaTime;

namespace Kiosk.Domain.Figures;

/// <summary>Where a help request stands for the figures; each request counts in exactly one.</summary>
public enum RequestOutcome
{
    /// <summary>Still looking, no accepted match yet.</summary>
    Open,

    /// <summary>A newcomer said yes; not completed yet.</summary>
    Matched,

    /// <summary>The chat through the bot was closed after a yes, or someone gave stars.</summary>
    Completed,

    /// <summary>Cancelled by the neighbour before a yes.</summary>
    Cancelled,

    /// <summary>Its time passed without a yes.</summary>
    Unmatched,
}

/// <summary>The kiosk's figures for the team: people, offers, help requests, matching speed, announcements.</summary>
public sealed record KioskFigures
{
    /// <summary>Members who accepted the privacy notice.</summary>
    public int Members { get; init; }

    /// <summary>Members with offers and no help requests.</summary>
    public int OfferOnly { get; init; }

    /// <summary>Members with help requests and no offers.</summary>
    public int RequestOnly { get; init; }

    /// <summary>Members with both.</summary>
    public int Both { get; init; }

    /// <summary>Members with neither yet.</summary>
    public int Neither { get; init; }

    /// <summary>Members per chosen language, most first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Languages { get; init; } = [];

    /// <summary>Offers per status, every status listed (also with 0).</summary>
    public IReadOnlyList<KeyValuePair<OfferStatus, int>> Offers { get; init; } = [];

    /// <summary>All help requests ever saved (and not deleted).</summary>
    public int Requests { get; init; }

    /// <summary>Help requests per outcome, every outcome listed.</summary>
    public IReadOnlyList<KeyValuePair<RequestOutcome, int>> Outcomes { get; init; } = [];

    /// <summary>Requests with an accepted match among all requests; null without requests.</summary>
    public double? MatchRate { get; init; }

    /// <summary>Median time from a request being saved to its first proposal; null when none got one.</summary>
    public Duration? MedianTimeToProposal { get; init; }

    /// <summary>Announcements sent or being sent.</summary>
    public int Announcements { get; init; }

    /// <summary>Copies of those announcements delivered.</summary>
    public int AnnouncementsDelivered { get; init; }

    /// <summary>Counts the figures from <paramref name="facts"/> at <paramref name="now"/>.</summary>
    public static KioskFigures Of(KioskFacts facts, Instant now)
    {
        var offering = facts.Offers.Select(offer => offer.MemberId).ToHashSet();
        var asking = facts.Requests.Select(request => request.MemberId).ToHashSet();
        var matches = facts.Matches.ToLookup(match => match.RequestId);
        var outcomes = facts.Requests.Select(request => Outcome(request, matches[request.Id], now)).ToList();
        var sent = facts.Broadcasts.Where(broadcast => broadcast.Status is BroadcastStatus.Done or BroadcastStatus.Sending).ToList();
        return new KioskFigures
        {
            Members = facts.Members.Count,
            OfferOnly = facts.Members.Count(member => offering.Contains(member.Id) && !asking.Contains(member.Id)),
            RequestOnly = facts.Members.Count(member => !offering.Contains(member.Id) && asking.Contains(member.Id)),
            Both = facts.Members.Count(member => offering.Contains(member.Id) && asking.Contains(member.Id)),
            Neither = facts.Members.Count(member => !offering.Contains(member.Id) && !asking.Contains(member.Id)),
            Languages = [.. facts.Members.GroupBy(member => member.Language)
                .OrderByDescending(group => group.Count()).ThenBy(group => group.Key, StringComparer.Ordinal)
                .Select(group => KeyValuePair.Create(group.Key, group.Count()))],
            Offers = [.. Enum.GetValues<OfferStatus>().Select(status => KeyValuePair.Create(status, facts.Offers.Count(offer => offer.Status == status)))],
            Requests = facts.Requests.Count,
            Outcomes = [.. Enum.GetValues<RequestOutcome>().Select(outcome => KeyValuePair.Create(outcome, outcomes.Count(o => o == outcome)))],
            MatchRate = outcomes.Count == 0 ? null : (double)outcomes.Count(o => o is RequestOutcome.Matched or RequestOutcome.Completed) / outcomes.Count,
            MedianTimeToProposal = Median(facts.Requests
                .Where(request => matches[request.Id].Any())
                .Select(request => Max(matches[request.Id].Min(match => match.AskedAt) - request.CreatedAt, Duration.Zero))),
            Announcements = sent.Count,
            AnnouncementsDelivered = sent.Sum(broadcast => broadcast.Sent),
        };
    }

    /// <summary>Where one help request stands, given its matches.</summary>
    public static RequestOutcome Outcome(RequestFact request, IEnumerable<MatchFact> matches, Instant now)
    {
        var list = matches.ToList();
        if (list.Any(match => match.IsCompleted))
        {
            return RequestOutcome.Completed;
        }

        if (list.Any(match => match.WasAccepted))
        {
            return RequestOutcome.Matched;
        }

        return request.Status switch
        {
            HelpRequestStatus.Cancelled => RequestOutcome.Cancelled,
            HelpRequestStatus.Open when now < request.ClosesAt => RequestOutcome.Open,
            _ => RequestOutcome.Unmatched,
        };
    }

    /// <summary>The median of <paramref name="durations"/> (the mean of the middle two for an even count); null when empty.</summary>
    public static Duration? Median(IEnumerable<Duration> durations)
    {
        var sorted = durations.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : sorted[middle - 1] + ((sorted[middle] - sorted[middle - 1]) / 2);
    }

    private static Duration Max(Duration a, Duration b) => a > b ? a : b;
}
