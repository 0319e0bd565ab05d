using Kiosk.Conversations.Engine;
using Kiosk.Domain.Matching;

namespace Kiosk.Conversations.Flows.HelpRequests;

/// <summary>The newcomer answers a request: yes makes it a match for both, no asks the next candidate.</summary>
public static class Answering
{
    /// <summary>"match:yes:ID" or "match:no:ID"; only the asked newcomer can answer, once.</summary>
    public static void Answer(Turn turn, string matchId, bool yes)
    {
        var match = turn.Directory.Match(matchId);
        if (match is null || !match.Answer(turn.Inbound.UserId, yes, turn.Time.Now))
        {
            turn.Say("input.old_button");
            return;
        }

        turn.RemovePressedButtons();
        turn.ChangedMatches[match.Id] = match;
        var neighbour = new Voice(turn.Localizer, turn.Directory.Member(match.NeighbourId)?.Language ?? Localization.Localizer.DefaultLanguage);
        var newcomerName = Labels.Name(turn, match.NewcomerId);
        if (yes)
        {
            FollowUp.ScheduleAfterAccept(turn, match);
            turn.SayText(turn.T("match.accepted_newcomer", ("name", Labels.Name(turn, match.NeighbourId))), ContactChoice(turn, match));
            turn.SayTo(match.NeighbourId, neighbour.Language, "match.accepted_neighbour", ContactChoice(neighbour, match), ("name", newcomerName));
            return;
        }

        turn.Say("match.declined_thanks");
        AskNext(turn, match, neighbour, newcomerName, "match.declined_next", "match.declined_none");
    }

    /// <summary>Asks the next best newcomer for the same request, and tells the neighbour in plain words.</summary>
    public static void AskNext(Turn turn, Match previous, Voice neighbour, string previousName, string nextKey, string noneKey)
    {
        var request = turn.Directory.Request(previous.RequestId);
        var next = request is null || !request.IsOpen(turn.Time.Now, turn.Time.Zone) ? null : Proposing.Candidates(turn, request, 1).FirstOrDefault();
        if (request is null || next is null)
        {
            turn.SayTo(previous.NeighbourId, neighbour.Language, noneKey, null, ("name", previousName));
            return;
        }

        Proposing.AskNewcomer(turn, request, next);
        turn.SayTo(previous.NeighbourId, neighbour.Language, nextKey, null, ("name", previousName), ("next", Labels.Name(turn, next.Offer.MemberId)));
    }

    /// <summary>The two ways to talk: through the bot, or by sharing Telegram names.</summary>
    public static IEnumerable<IEnumerable<Button>> ContactChoice(Voice voice, Match match) =>
    [
        [Button.Press(voice.T("match.via_bot"), MatchFlow.Data(MatchAction.Relay, match.Id))],
        [Button.Press(voice.T("match.share_username"), MatchFlow.Data(MatchAction.Share, match.Id))],
        [Button.Press(voice.T("match.share_phone"), MatchFlow.Data(MatchAction.Phone, match.Id))],
    ];
}
