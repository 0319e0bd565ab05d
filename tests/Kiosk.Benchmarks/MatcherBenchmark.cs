using System.Globalization;
using Kiosk.Domain;
using Kiosk.Domain.Matching;
using NodaTime;

namespace Kiosk.Benchmarks;

/// <summary>
/// The matcher with 100,000 active offers spread over the categories, districts and times as the
/// kiosk's would be, and help requests of every kind: time per request (median and p99), once over the
/// offers of the request's category (how the bot loads them: LiteDB's index on category) and once over
/// all offers.
/// </summary>
public static class MatcherBenchmark
{
    /// <summary>Runs it and prints a Markdown table.</summary>
    public static int Run(string[] args)
    {
        var offerCount = Arguments.Int(args, "--offers", 100_000);
        var requestCount = Arguments.Int(args, "--requests", 5_000);
        var random = new Random(2026);
        var created = Instant.FromUtc(2026, 11, 1, 0, 0);
        var districts = Districts.Ids.ToArray();
        WeeklyAvailability[] times = [WeeklyAvailability.Always, WeeklyAvailability.Weekends, WeeklyAvailability.WeekdayEvenings, WeeklyAvailability.WeekdayDaytime];
        string[] languages = ["de", "en", "ar", "fa", "uk", "ru", "tr"];

        var offers = Enumerable.Range(0, offerCount).Select(i => new Offer
        {
            Id = i.ToString(CultureInfo.InvariantCulture), MemberId = i + 1_000, Category = Categories.All[random.Next(Categories.All.Count)],
            District = districts[random.Next(districts.Length)], Availability = times[random.Next(times.Length)],
            Languages = [languages[random.Next(languages.Length)], "de"], Status = OfferStatus.Active, CreatedAt = created + Duration.FromMinutes(i),
        }).ToList();
        var byCategory = offers.GroupBy(offer => offer.Category).ToDictionary(group => group.Key, group => group.ToList());
        var proposals = new Dictionary<long, int>();
        var monday = new LocalDate(2026, 11, 30);
        var requests = Enumerable.Range(0, requestCount).Select(i =>
        {
            var day = monday.PlusDays(random.Next(7));
            var hour = 8 + random.Next(12);
            return new HelpRequest
            {
                Id = $"r{i}", MemberId = i + 1, Category = Categories.All[random.Next(Categories.All.Count)], District = districts[random.Next(districts.Length)],
                Language = languages[random.Next(languages.Length)], CreatedAt = created,
                When = i % 5 == 0 ? HelpTime.Flexible : HelpTime.Between(day.At(new LocalTime(hour, 0)), day.At(new LocalTime(hour + 2, 0))),
            };
        }).ToList();

        // Warm up the JIT so the first requests do not measure compilation.
        foreach (var request in requests.Take(200))
        {
            Matcher.Rank(request, byCategory[request.Category], member => proposals.GetValueOrDefault(member));
        }

        var indexed = new Latencies();
        var scanned = new Latencies();
        foreach (var request in requests)
        {
            var best = indexed.Measure(() => Matcher.Rank(request, byCategory[request.Category], member => proposals.GetValueOrDefault(member)));
            foreach (var proposal in best)
            {
                proposals[proposal.Offer.MemberId] = proposals.GetValueOrDefault(proposal.Offer.MemberId) + 1;
            }

            scanned.Measure(() => Matcher.Rank(request, offers, member => proposals.GetValueOrDefault(member)));
        }

        Console.WriteLine($"Matcher, {offerCount:N0} active offers in {Categories.All.Count} categories, {requestCount:N0} help requests, .NET {Environment.Version}, {Environment.ProcessorCount} cores");
        Console.WriteLine();
        Console.WriteLine("| candidates | requests | median ms | p99 ms | max ms |");
        Console.WriteLine("| --- | --- | --- | --- | --- |");
        Console.WriteLine(indexed.Row("offers of the category (as loaded by category index)"));
        Console.WriteLine(scanned.Row("all offers (full scan)"));
        return 0;
    }
}
