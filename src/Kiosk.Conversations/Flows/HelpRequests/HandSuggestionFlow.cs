using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Conversations.Flows.Privacy;
using Kiosk.Domain;
using Kiosk.Domain.Matching;
using NodaTime;

namespace Kiosk.Conversations.Flows.HelpRequests;

/// <summary>An offer the kiosk team suggested by hand for a help request that found nobody (any category): the neighbour may ask that newcomer.</summary>
public sealed class HandSuggestion : IStoredRecord
{
    /// <summary>"REQUEST-OFFER".</summary>
    public string Id { get; set; } = "";

    /// <summary>The neighbour whose request it is (their /mydata shows it, their /delete erases it).</summary>
    public long MemberId { get; set; }

    /// <inheritdoc />
    public Instant CreatedAt { get; set; }

    /// <summary>The coordinator who suggested it.</summary>
    public long CoordinatorId { get; set; }

    /// <summary>The id for a request and an offer.</summary>
    public static string IdOf(string requestId, string offerId) => $"{requestId}-{offerId}";
}

/// <summary>"hand:REQUEST:OFFER": the neighbour asks the newcomer the team suggested.</summary>
/// <param name="RequestId">The neighbour's request.</param>
/// <param name="OfferId">The suggested offer.</param>
public sealed record HandButton(string RequestId, string OfferId) : IFlowButton<HandButton>
{
    /// <inheritdoc />
    public static string Verb => "hand";

    /// <inheritdoc />
    public static IEnumerable<HandButton> Samples => [new(new string('r', 12), new string('o', 12))];

    /// <inheritdoc />
    public static HandButton? TryDecode(string argument) => argument.Split(':') switch
    {
        [var request, var offer] when IsId(request) && IsId(offer) => new(request, offer),
        _ => null,
    };

    private static bool IsId(string id) => id.Length is > 0 and <= 32 && id.All(char.IsAsciiLetterOrDigit);

    /// <inheritdoc />
    public string Encode() => $"{RequestId}:{OfferId}";
}

/// <summary>
/// Finding someone by hand: when the matcher found nobody for a help request, a coordinator (from the desk) suggests an
/// offer they know fits, also of another category. The neighbour gets the offer's card, as for any proposal, and decides
/// whether to ask; the newcomer then says yes or no as always. Nobody's contact moves before both agreed.
/// </summary>
public sealed class HandSuggestionFlow : ButtonFlow<HandButton>
{
    /// <summary>The suggestions (kept two weeks: a request is open at most that long).</summary>
    public static readonly StoredKind<HandSuggestion> Suggestions = new("hand_suggestions",
        suggestion => new { CreatedAt = MyDataDocument.Iso(suggestion.CreatedAt) }, Duration.FromDays(14));

    /// <inheritdoc />
    public override IReadOnlyList<StoredKind> Stores => [Suggestions];

    /// <summary>A coordinator suggests <paramref name="offerId"/> for <paramref name="requestId"/>; false when either no longer fits.</summary>
    public static bool Suggest(Turn turn, string requestId, string offerId)
    {
        var request = turn.Directory.Request(requestId);
        var offer = turn.Directory.Offer(offerId);
        if (!Fits(turn, request, offer) || turn.Directory.Record(Suggestions, HandSuggestion.IdOf(requestId, offerId)) is not null)
        {
            turn.Say("input.old_button");
            return false;
        }

        turn.Changes.Records.Add(new HandSuggestion
        {
            Id = HandSuggestion.IdOf(requestId, offerId), MemberId = request!.MemberId, CreatedAt = turn.Time.Now, CoordinatorId = turn.Inbound.UserId,
        });
        var neighbour = turn.VoiceOf(request.MemberId);
        var name = Labels.Name(turn, offer!.MemberId);
        var words = request.Details.Length > 0 ? request.Details : Labels.Category(neighbour, request.Category);
        turn.SayTextTo(request.MemberId,
            neighbour.T("match.team_suggests", ("request", Localization.Bidi.Isolate(WrittenText.Cut(words, 80)))) + "\n\n" + Proposing.Card(neighbour, new MatchProposal(offer, 0, []), name),
            [[Button.Press(neighbour.T("match.ask", ("name", name)), FlowButton.Data(new HandButton(request.Id, offer.Id)))]]);
        return true;
    }

    /// <inheritdoc />
    protected override void OnButton(Turn turn, HandButton button)
    {
        var request = turn.Requests.FirstOrDefault(r => r.Id == button.RequestId);
        var offer = turn.Directory.Offer(button.OfferId);
        var suggested = turn.Directory.Record(Suggestions, HandSuggestion.IdOf(button.RequestId, button.OfferId)) is { } suggestion && suggestion.MemberId == turn.Inbound.UserId;
        if (!suggested || !Fits(turn, request, offer))
        {
            turn.Say("input.old_button");
            return;
        }

        turn.RemovePressedButtons();
        Proposing.AskNewcomer(turn, request!, new MatchProposal(offer!, 0, []));
        turn.Say("match.asked", ("name", Labels.Name(turn, offer!.MemberId)));
    }

    // Both when suggested and when the neighbour asks: the request is still open and nobody is asked or has said yes;
    // the offer is active, of someone not banned, not the neighbour, and not asked for this request before.
    private static bool Fits(Turn turn, HelpRequest? request, Offer? offer) =>
        request is not null && request.IsOpen(turn.Time.Now, turn.Time.Zone)
        && offer is { Status: OfferStatus.Active } && offer.MemberId != request.MemberId && turn.Directory.Member(offer.MemberId) is { Banned: false }
        && !turn.Directory.MatchesOfRequest(request.Id).Any(match => match.NewcomerId == offer.MemberId || match.IsWaiting(turn.Time.Now) || match.Status == MatchStatus.Accepted);
}
