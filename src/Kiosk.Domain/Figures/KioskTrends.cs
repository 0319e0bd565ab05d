using NodaTime;

namespace Kiosk.Domain.Figures;

/// <summary>One week of the kiosk: what was saved and how many matches were agreed, by the week's Monday.</summary>
/// <param name="Monday">The week's first day.</param>
/// <param name="Requests">Help requests saved that week.</param>
/// <param name="Offers">Offers saved that week.</param>
/// <param name="Matches">Matches proposed that week that a newcomer said yes to.</param>
public sealed record WeekFigures(LocalDate Monday, int Requests, int Offers, int Matches);

/// <summary>Requests and offers of one category or district.</summary>
/// <param name="Key">The category or district id.</param>
/// <param name="Requests">Help requests.</param>
/// <param name="Offers">Offers.</param>
public sealed record KeyFigures(string Key, int Requests, int Offers);

/// <summary>How long requests waited until someone was asked, in five spans.</summary>
public enum WaitSpan
{
    /// <summary>Under an hour.</summary>
    Hour,

    /// <summary>One to six hours.</summary>
    SixHours,

    /// <summary>Six to 24 hours.</summary>
    Day,

    /// <summary>One to three days.</summary>
    ThreeDays,

    /// <summary>Longer.</summary>
    More,
}

/// <summary>The figures the desk draws: weeks, categories, districts, languages, how long requests waited, and the stars after help.</summary>
public sealed record KioskTrends
{
    /// <summary>How many weeks the weekly chart shows, the current one last.</summary>
    public const int Weeks = 12;

    /// <summary>The last <see cref="Weeks"/> weeks, oldest first.</summary>
    public IReadOnlyList<WeekFigures> PerWeek { get; init; } = [];

    /// <summary>Categories with requests or offers, most first.</summary>
    public IReadOnlyList<KeyFigures> Categories { get; init; } = [];

    /// <summary>Districts with requests or offers, most first.</summary>
    public IReadOnlyList<KeyFigures> Districts { get; init; } = [];

    /// <summary>Members per chosen language, most first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Languages { get; init; } = [];

    /// <summary>Requests per span until their first proposal, every span listed.</summary>
    public IReadOnlyList<KeyValuePair<WaitSpan, int>> Waits { get; init; } = [];

    /// <summary>How often each number of stars (1-5) was given, by either side.</summary>
    public IReadOnlyList<int> Stars { get; init; } = [];

    /// <summary>Matches where the help happened (the chat was closed after a yes, or someone gave stars).</summary>
    public int HelpHappened { get; init; }

    /// <summary>Counts the trends from <paramref name="facts"/>; weeks are the kiosk's (<paramref name="zone"/>), Monday to Sunday.</summary>
    public static KioskTrends Of(KioskFacts facts, Instant now, DateTimeZone zone)
    {
        var thisMonday = MondayOf(now, zone);
        var firstMonday = thisMonday.PlusWeeks(1 - Weeks);
        LocalDate? WeekOf(Instant at) => MondayOf(at, zone) is var monday && monday >= firstMonday ? monday : null;
        var requests = facts.Requests.Select(request => WeekOf(request.CreatedAt)).OfType<LocalDate>().CountBy(monday => monday).ToDictionary();
        var offers = facts.Offers.Select(offer => WeekOf(offer.CreatedAt)).OfType<LocalDate>().CountBy(monday => monday).ToDictionary();
        var matches = facts.Matches.Where(match => match.WasAccepted).Select(match => WeekOf(match.AskedAt)).OfType<LocalDate>().CountBy(monday => monday).ToDictionary();
        var firstAsked = facts.Matches.GroupBy(match => match.RequestId).ToDictionary(group => group.Key, group => group.Min(match => match.AskedAt));
        var waits = facts.Requests.Where(request => firstAsked.ContainsKey(request.Id)).Select(request => Span(firstAsked[request.Id] - request.CreatedAt)).ToList();
        var stars = facts.Matches.SelectMany(match => new[] { match.NeighbourStars, match.NewcomerStars }).OfType<int>().ToList();
        return new KioskTrends
        {
            PerWeek = [.. Enumerable.Range(0, Weeks).Select(week => firstMonday.PlusWeeks(week))
                .Select(monday => new WeekFigures(monday, requests.GetValueOrDefault(monday), offers.GetValueOrDefault(monday), matches.GetValueOrDefault(monday)))],
            Categories = By(facts, request => request.Category, offer => offer.Category),
            Districts = By(facts, request => request.District, offer => offer.District),
            Languages = [.. facts.Members.CountBy(member => member.Language).OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal)],
            Waits = [.. Enum.GetValues<WaitSpan>().Select(span => KeyValuePair.Create(span, waits.Count(wait => wait == span)))],
            Stars = [.. Enumerable.Range(1, 5).Select(count => stars.Count(star => star == count))],
            HelpHappened = facts.Matches.Count(match => match.IsCompleted),
        };
    }

    /// <summary>The span a wait of <paramref name="wait"/> falls into.</summary>
    public static WaitSpan Span(Duration wait) => wait.TotalHours switch
    {
        < 1 => WaitSpan.Hour,
        < 6 => WaitSpan.SixHours,
        < 24 => WaitSpan.Day,
        < 72 => WaitSpan.ThreeDays,
        _ => WaitSpan.More,
    };

    private static LocalDate MondayOf(Instant at, DateTimeZone zone) =>
        at.InZone(zone).Date.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));

    private static List<KeyFigures> By(KioskFacts facts, Func<RequestFact, string> ofRequest, Func<OfferFact, string> ofOffer)
    {
        var requests = facts.Requests.CountBy(ofRequest).ToDictionary();
        var offers = facts.Offers.CountBy(ofOffer).ToDictionary();
        return [.. requests.Keys.Union(offers.Keys).Where(key => key.Length > 0)
            .Select(key => new KeyFigures(key, requests.GetValueOrDefault(key), offers.GetValueOrDefault(key)))
            .OrderByDescending(figures => figures.Requests + figures.Offers).ThenBy(figures => figures.Key, StringComparer.Ordinal)];
    }
}
