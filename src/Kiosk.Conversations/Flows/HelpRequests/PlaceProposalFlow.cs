using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Domain.Matching;
using Match = Kiosk.Domain.Matching.Match;

namespace Kiosk.Conversations.Flows.HelpRequests;

/// <summary>
/// Agreeing where to meet across languages: "📍 Propose a place" offers the kiosk, the proposer's home or the other
/// side's home as buttons (a place in words or a pin still passes through the chat); the other side gets it in their
/// own language with yes/no, and both hear the answer.
/// </summary>
public sealed class PlaceProposalFlow : ButtonFlow<PlaceButton>
{
    /// <summary>The button that starts a place proposal (among the relay buttons).</summary>
    public static Button StartButton(Voice voice, string matchId) => Button.Press(voice.T("place.button"), FlowButton.Data(new PlaceButton(PlaceAction.Start, matchId)));

    /// <summary><paramref name="place"/> as <paramref name="readerId"/> reads it: the kiosk with its address, "your place", or "at NAME's".</summary>
    public static string Describe(Turn turn, Voice reader, long readerId, string place) => MeetingPlace.Host(place) switch
    {
        null => reader.T("place.kiosk", ("address", turn.Options.Address)),
        var host when host == readerId => reader.T("place.your_home"),
        var host => reader.T("place.home_of", ("name", Labels.Name(turn, host.Value))),
    };

    /// <inheritdoc />
    protected override void OnButton(Turn turn, PlaceButton button)
    {
        var me = turn.Inbound.UserId;
        var match = turn.Directory.Match(button.MatchId);
        if (match is null || !match.Involves(me) || match.Status != MatchStatus.Accepted)
        {
            turn.RemovePressedButtons();
            turn.Say("phrases.no_relay");
            return;
        }

        switch (button.Action)
        {
            case PlaceAction.Start:
                Ask(turn, match);
                break;
            case PlaceAction.Stop:
                turn.RemovePressedButtons();
                turn.Say("propose.stopped");
                break;
            case PlaceAction.Kiosk or PlaceAction.Mine or PlaceAction.Yours:
                Propose(turn, match, button.Action switch
                {
                    PlaceAction.Kiosk => MeetingPlace.Kiosk,
                    PlaceAction.Mine => MeetingPlace.HomeOf(me),
                    _ => MeetingPlace.HomeOf(match.Other(me)),
                });
                break;
            case PlaceAction.Yes or PlaceAction.No:
                Answer(turn, match, button.Action == PlaceAction.Yes);
                break;
        }
    }

    private static void Ask(Turn turn, Match match)
    {
        var other = Labels.Name(turn, match.Other(turn.Inbound.UserId));
        turn.SayText(turn.T("place.ask", ("name", other)),
        [
            [Button.Press(turn.T("place.at_kiosk"), Data(new PlaceButton(PlaceAction.Kiosk, match.Id)))],
            [Button.Press(turn.T("place.at_mine"), Data(new PlaceButton(PlaceAction.Mine, match.Id))),
             Button.Press(turn.T("place.at_yours", ("name", other)), Data(new PlaceButton(PlaceAction.Yours, match.Id)))],
            [Button.Press(turn.T("propose.stop"), Data(new PlaceButton(PlaceAction.Stop, match.Id)))],
        ]);
    }

    private static void Propose(Turn turn, Match match, string place)
    {
        var me = turn.Inbound.UserId;
        if (!match.ProposePlace(me, place))
        {
            turn.Say("input.old_button");
            return;
        }

        turn.RemovePressedButtons();
        turn.ChangedMatches[match.Id] = match;
        var otherId = match.Other(me);
        var other = turn.VoiceOf(otherId);
        turn.SayTo(otherId, other.Language, "place.to_other",
            [[Button.Press(other.T("propose.yes"), Data(new PlaceButton(PlaceAction.Yes, match.Id))),
              Button.Press(other.T("propose.no"), Data(new PlaceButton(PlaceAction.No, match.Id)))]],
            ("name", Labels.Name(turn, me)), ("place", Describe(turn, other, otherId, place)));
        turn.Say("place.sent", ("name", Labels.Name(turn, otherId)), ("place", Describe(turn, turn, me, place)));
    }

    private static void Answer(Turn turn, Match match, bool yes)
    {
        var me = turn.Inbound.UserId;
        var place = match.ProposedPlace;
        var proposer = match.PlaceProposedBy;
        if (place is null || !match.AnswerPlace(me, yes))
        {
            turn.Say("input.old_button");
            return;
        }

        turn.RemovePressedButtons();
        turn.ChangedMatches[match.Id] = match;
        var them = turn.VoiceOf(proposer);
        var myName = Labels.Name(turn, me);
        if (!yes)
        {
            turn.SayTo(proposer, them.Language, "place.declined", null, ("name", myName), ("place", Describe(turn, them, proposer, place)));
            return;
        }

        turn.Say("place.agreed", ("name", Labels.Name(turn, proposer)), ("place", Describe(turn, turn, me, place)));
        turn.SayTo(proposer, them.Language, "place.agreed", null, ("name", myName), ("place", Describe(turn, them, proposer, place)));
    }
}

/// <summary>What a place button does.</summary>
public enum PlaceAction
{
    /// <summary>Shows the places to choose from.</summary>
    Start,

    /// <summary>No place after all.</summary>
    Stop,

    /// <summary>Proposes the kiosk.</summary>
    Kiosk,

    /// <summary>Proposes the presser's home.</summary>
    Mine,

    /// <summary>Proposes the other side's home.</summary>
    Yours,

    /// <summary>The other side agrees.</summary>
    Yes,

    /// <summary>The other side would rather not.</summary>
    No,
}

/// <summary>"place:ACTION:MATCH".</summary>
/// <param name="Action">What the button does.</param>
/// <param name="MatchId">The match (checked on press).</param>
public sealed record PlaceButton(PlaceAction Action, string MatchId) : IFlowButton<PlaceButton>
{
    /// <inheritdoc />
    public static string Verb => "place";

    /// <inheritdoc />
    public static IEnumerable<PlaceButton> Samples => ActionOnId.Samples<PlaceAction>().Select(sample => new PlaceButton(sample.Action, sample.Id));

    /// <inheritdoc />
    public static PlaceButton? TryDecode(string argument) => ActionOnId.TryDecode<PlaceAction>(argument, out var action, out var id) ? new(action, id) : null;

    /// <inheritdoc />
    public string Encode() => ActionOnId.Encode(Action, MatchId);
}
