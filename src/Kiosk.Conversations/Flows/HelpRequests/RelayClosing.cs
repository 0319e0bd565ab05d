using Kiosk.Conversations.Engine;

namespace Kiosk.Conversations.Flows.HelpRequests;

/// <summary>
/// A chat through the bot ends for both sides when one of them is paused or banned by the kiosk team or deletes their
/// data: the other side (and an interpreter) is told in plain words, and a neighbour's request goes on to the next person
/// who offers it. An interpreter who is banned, paused or leaves the kiosk leaves the chats they translate in.
/// </summary>
public static class RelayClosing
{
    /// <summary>The kiosk team paused or banned <paramref name="memberId"/>: their open chats close; each partner is told.</summary>
    public static void ByTeam(Turn turn, long memberId)
    {
        foreach (var match in Interpreting.ChatsOf(turn, memberId).ToList())
        {
            // They translated for others: those two go on without them.
            match.EndInterpreting(memberId);
            turn.ChangedMatches[match.Id] = match;
            foreach (var sideId in match.Sides())
            {
                turn.SayTo(sideId, turn.VoiceOf(sideId).Language, "interpreter.gone");
            }
        }

        foreach (var match in Talking.OpenChatsOf(turn, memberId).ToList())
        {
            match.EndChat(memberId);
            turn.ChangedMatches[match.Id] = match;
            Interpreting.ChatClosed(turn, match);
            var name = Labels.Name(turn, memberId);
            if (match.NewcomerId == memberId)
            {
                // The neighbour still needs the help: the next person who offers it is asked.
                Answering.AskNext(turn, match, turn.VoiceOf(match.NeighbourId), name, "relay.closed_next", "relay.closed_none");
            }
            else
            {
                var partner = turn.VoiceOf(match.NewcomerId);
                turn.SayTo(match.NewcomerId, partner.Language, "relay.closed_team", null, ("name", name));
            }
        }
    }

    /// <summary>
    /// The person deletes their data: each partner in an open chat is told, without their name. The matches themselves are
    /// closed and cleared by the store's erasure, which runs after this turn (changing them here would bring the id back).
    /// </summary>
    public static void PersonLeft(Turn turn)
    {
        foreach (var match in Talking.OpenChatsOf(turn, turn.Inbound.UserId))
        {
            var partnerId = match.Other(turn.Inbound.UserId);
            turn.SayTo(partnerId, turn.VoiceOf(partnerId).Language, "relay.closed_left");
            Interpreting.ChatClosed(turn, match);
        }

        foreach (var match in Interpreting.ChatsOf(turn, turn.Inbound.UserId))
        {
            foreach (var sideId in match.Sides())
            {
                turn.SayTo(sideId, turn.VoiceOf(sideId).Language, "interpreter.gone");
            }
        }
    }
}
