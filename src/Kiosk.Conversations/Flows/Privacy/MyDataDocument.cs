using System.Text.Json;
using System.Text.Json.Serialization;
using Kiosk.Conversations.Engine;
using Kiosk.Domain;
using Kiosk.Domain.Matching;
using NodaTime;
using NodaTime.Text;

namespace Kiosk.Conversations.Flows.Privacy;

/// <summary>
/// Everything stored about one member, as the JSON document /mydata sends. Of other people it holds
/// only the first name of the other side of a match: never their username, phone or ids.
/// </summary>
public static class MyDataDocument
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        // The person's own words in their own script, readable in any editor ("Umzug", not "\u0055...").
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The document of the turn's member, as UTF-8 bytes.</summary>
    public static byte[] Of(Turn turn, Member member) => JsonSerializer.SerializeToUtf8Bytes(Build(turn, member), Json);

    /// <summary>The document of the turn's member.</summary>
    public static MyData Build(Turn turn, Member member)
    {
        var directory = turn.Directory;
        return new MyData(
            Iso(turn.Time.Now),
            new MyMember(member.Id, member.FirstName, member.Language, Iso(member.PrivacyAcceptedAt), member.Muted, member.Unreachable,
                member.Coordinator, member.Warnings, member.Banned),
            new MyChat(turn.State.Language, turn.State.Active is { } active ? Engine.Units.FlowRegistry.For(active)?.Name : null),
            [.. turn.Offers.Select(offer => new MyOffer(offer.Id, offer.Category, offer.Description, offer.SecondDescription, offer.District, offer.Languages,
                Availability(offer.Availability), offer.Price.Kind, offer.Price.Amount, offer.Language, offer.Status, Iso(offer.CreatedAt)))],
            [.. turn.Requests.Select(request => new MyRequest(request.Id, request.Category, request.Details, request.District,
                request.When.IsFlexible, Local(request.When.Start), Local(request.When.End), request.Language, request.Status, Iso(request.CreatedAt)))],
            [.. directory.MatchesOf(member.Id).Select(match => Match(match, member.Id, directory.Member(match.Other(member.Id))?.FirstName)),
             .. directory.InterpretedBy(member.Id).Select(Interpreted)],
            [.. directory.AdviceOf(member.Id).Select(advice => new MyAdvice(advice.Id, advice.Topic, advice.Question, advice.Language, advice.Status,
                Iso(advice.CreatedAt), advice.TakenAt is { } taken ? Iso(taken) : null, Local(advice.Appointment), advice.AppointmentAnswer))],
            [.. directory.EventsRemindingOf(member.Id).Select(kioskEvent => new MyEvent(kioskEvent.Id, kioskEvent.Title, Local(kioskEvent.Start),
                kioskEvent.Reminded.Contains(member.Id)))],
            [.. directory.DeliveriesTo(member.Id).Select(delivery => new MyAnnouncement(delivery.BroadcastId, delivery.Status,
                directory.Broadcast(delivery.BroadcastId)?.StartedAt is { } started ? Iso(started) : null))],
            [.. directory.ReportsBy(member.Id).Select(report => new MyReport(report.Id, report.MatchId, Iso(report.At), report.Handled))],
            // The records of flows built as units, each as its kind says (feedback, ...).
            Engine.Units.FlowRegistry.Stores.ToDictionary(kind => kind.Collection, kind => directory.RecordsOf(kind, member.Id).Select(kind.Show).ToList()));
    }

    // The person's own side in full; the other side is a first name and nothing else.
    private static MyMatch Match(Match match, long memberId, string? otherFirstName)
    {
        var neighbour = match.NeighbourId == memberId;
        return new MyMatch(match.Id, neighbour ? "neighbour" : "newcomer", match.RequestId, match.OfferId, match.Status, match.Reasons,
            Iso(match.AskedAt), match.AnsweredAt is { } answered ? Iso(answered) : null, match.RelayOpen,
            neighbour ? match.NeighbourShares : match.NewcomerShares,
            neighbour ? match.NeighbourUsername : match.NewcomerUsername,
            neighbour ? match.NeighbourPhone : match.NewcomerPhone,
            neighbour ? match.NeighbourRating : match.NewcomerRating,
            neighbour ? match.NeighbourComment : match.NewcomerComment,
            otherFirstName);
    }

    // A chat they translate in: that they do, since when; nothing of the two sides.
    private static MyMatch Interpreted(Match match) =>
        new(match.Id, "interpreter", match.RequestId, match.OfferId, match.Status, [], match.InterpreterJoinedAt is { } joined ? Iso(joined) : "",
            null, match.RelayOpen, false, null, null, null, null, null);

    private static List<string> Availability(WeeklyAvailability availability) =>
        [.. from day in WeeklyAvailability.AllDays
            from part in Enum.GetValues<PartOfDay>()
            where availability.Has(day, part)
            select $"{day.ToString().ToLowerInvariant()}-{part.ToString().ToLowerInvariant()}"];

    /// <summary>An instant as the document writes it (extended ISO, UTC).</summary>
    public static string Iso(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    private static string? Local(LocalDateTime? local) => local is { } value ? LocalDateTimePattern.ExtendedIso.Format(value) : null;
}
