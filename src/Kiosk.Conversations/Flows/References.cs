using System.Globalization;
using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Localization;
using Kiosk.Domain.Matching;

namespace Kiosk.Conversations.Flows;

/// <summary>
/// /myreferences: a newcomer's jobs that happened, with the neighbours' stars and words, as one message
/// they can forward to a future employer or client.
/// </summary>
public static class References
{
    /// <summary>Shows the references, or says there are none yet.</summary>
    public static void Show(Turn turn)
    {
        var me = turn.Inbound.UserId;
        var done = turn.Directory.MatchesOf(me)
            .Where(match => match.NewcomerId == me && match.NeighbourRating is >= 1 and <= 5)
            .OrderByDescending(match => match.AnsweredAt)
            .ToList();
        if (done.Count == 0)
        {
            turn.Say("references.none");
            return;
        }

        var average = done.Average(match => match.NeighbourRating!.Value).ToString("0.0", Localization.Localizer.Culture(turn.Language));
        var entries = done.Select(match => Entry(turn, match));
        turn.Say("references.share_hint");
        turn.SayText(turn.Localizer.Plural(turn.Language, "references.summary", done.Count, ("name", turn.Member?.FirstName ?? ""), ("average", average)) + "\n\n" + string.Join('\n', entries));
    }

    private static string Entry(Turn turn, Match match)
    {
        var category = turn.Directory.Request(match.RequestId)?.Category ?? turn.Directory.Offer(match.OfferId)?.Category;
        var date = (match.AnsweredAt ?? match.AskedAt).InZone(turn.Time.Zone).Date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        var args = new (string, object?)[]
        {
            ("stars", new string('★', match.NeighbourRating!.Value)), ("category", Labels.Category(turn, category)), ("date", date),
            ("neighbour", Labels.Name(turn, match.NeighbourId)), ("comment", match.NeighbourComment is { Length: > 0 } comment ? Bidi.Isolate(comment) : match.NeighbourComment),
        };
        return match.NeighbourComment is { Length: > 0 } ? turn.T("references.entry_comment", args) : turn.T("references.entry", args);
    }
}
