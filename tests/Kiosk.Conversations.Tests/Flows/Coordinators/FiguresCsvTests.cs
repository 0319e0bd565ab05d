using System.Globalization;
using System.Text;
using CsvHelper;
using Kiosk.Conversations.Flows.Coordinators;
using Kiosk.Domain;
using Kiosk.Domain.Broadcasts;
using Kiosk.Domain.Figures;
using Kiosk.Domain.Matching;
using NodaTime;

namespace Kiosk.Conversations.Tests.Flows.Coordinators;

public sealed class FiguresCsvTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 12, 0);
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    [Fact]
    public void The_records_parse_back_with_ids_categories_and_outcomes_and_hold_no_names_or_words()
    {
        var amina = new Member { Id = 555001, FirstName = "Amina", Language = "ar" };
        var jonas = new Member { Id = 555002, FirstName = "Jonas", Language = "de" };
        var offer = new Offer { Id = "of1", MemberId = amina.Id, Category = "bike_repair", District = "ottensen", Description = "Ich repariere Fahrräder gern", CreatedAt = Now - Duration.FromDays(3) };
        var request = new HelpRequest { Id = "rq1", MemberId = jonas.Id, Category = "bike_repair", District = "altona-nord", Details = "Mein Rad ist platt, Schmidtstraße 4", CreatedAt = Now - Duration.FromHours(5) };
        var match = new Match
        {
            Id = "m1", RequestId = "rq1", OfferId = "of1", NeighbourId = jonas.Id, NewcomerId = amina.Id, Status = MatchStatus.Accepted,
            AskedAt = Now - Duration.FromHours(4), NeighbourUsername = "jonas_hh", NewcomerPhone = "+491701234567", NeighbourComment = "Super nett",
        };
        var facts = new KioskFacts(
            [MemberFact.Of(amina), MemberFact.Of(jonas)], [OfferFact.Of(offer)], [RequestFact.Of(request, Berlin)], [MatchFact.Of(match)],
            [BroadcastFact.Of(new Broadcast { Status = BroadcastStatus.Done, Sent = 2, Versions = { ["de"] = "Fest am Samstag" } })]);

        var records = Encoding.UTF8.GetString(FiguresCsv.Records(facts, Now));
        var figures = Encoding.UTF8.GetString(FiguresCsv.Figures(KioskFigures.Of(facts, Now)));

        using var reader = new CsvReader(new StringReader(records), CultureInfo.InvariantCulture);
        var rows = reader.GetRecords<RecordRow>().ToList();
        Assert.Equal(["offer", "request"], rows.Select(row => row.Kind));
        Assert.Equal(new RecordRow("offer", "of1", "bike_repair", "ottensen", "active", "2026-11-22T12:00:00Z", ""), rows[0]);
        Assert.Equal(new RecordRow("request", "rq1", "bike_repair", "altona-nord", "matched", "2026-11-25T07:00:00Z", "2026-11-25T08:00:00Z"), rows[1]);
        foreach (var secret in new[] { "Amina", "Jonas", "jonas_hh", "+491701234567", "Fahrräder", "Schmidtstraße", "Super nett", "Fest am Samstag", "555001", "555002" })
        {
            Assert.DoesNotContain(secret, records, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, figures, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void The_figures_parse_back_one_row_per_figure_in_the_invariant_culture()
    {
        var facts = KioskFacts.None with
        {
            Members = [new(1, "de"), new(2, "ar")],
            Requests = [new("a", 2, "moving", "ottensen", HelpRequestStatus.Open, Now - Duration.FromHours(2), Now + Duration.FromDays(1))],
            Matches = [new("a", MatchStatus.Accepted, Now - Duration.FromMinutes(30), false)],
        };

        using var reader = new CsvReader(new StreamReader(new MemoryStream(FiguresCsv.Figures(KioskFigures.Of(facts, Now)))), CultureInfo.InvariantCulture);
        var rows = reader.GetRecords<FigureRow>().ToDictionary(row => row.Figure, row => row.Value);

        Assert.Equal("2", rows["members"]);
        Assert.Equal("1", rows["members_language_ar"]);
        Assert.Equal("1", rows["requests_matched"]);
        Assert.Equal("1", rows["match_rate"]);
        Assert.Equal("90", rows["median_minutes_to_first_proposal"]);
        Assert.Equal("0", rows["offers_paused"]);
    }
}
