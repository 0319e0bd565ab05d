using Kiosk.Conversations.Engine;
using Kiosk.Domain.Matching;
using NodaTime;

namespace Kiosk.Conversations.Flows.HelpRequests;

/// <summary>
/// Photos, voice messages, videos, video notes, files, stickers, places and location pins in a chat through the bot:
/// copied to the other side (Telegram's copyMessage: the sender's account is not shown), after a line saying whose
/// they are. A contact card passes only once both sides agreed to share contact details. At most
/// <see cref="MaxMegabytes"/> MB per file and <see cref="PerHour"/> files an hour per person.
/// </summary>
public static class RelayMedia
{
    /// <summary>The largest file passed on.</summary>
    public const int MaxMegabytes = 20;

    /// <summary>How many files one person may pass on in an hour.</summary>
    public const int PerHour = 20;

    /// <summary>True (and handled) when the person has an open chat through the bot.</summary>
    public static bool TryPass(Turn turn)
    {
        var me = turn.Inbound.UserId;
        if (turn.Member is null || turn.State.Active is not null
            || Interpreting.CurrentChat(turn) is not { } match || turn.Inbound.MessageId is not { } messageId)
        {
            return false;
        }

        if (turn.Inbound.Media == MediaKind.Contact && !(match.NeighbourShares && match.NewcomerShares))
        {
            turn.Say("relay.contact_wait");
            return true;
        }

        if (turn.Inbound.FileSize > MaxMegabytes * 1024L * 1024L)
        {
            turn.Say("relay.too_big", ("mb", MaxMegabytes));
            return true;
        }

        var hourAgo = turn.Time.Now - Duration.FromHours(1);
        turn.State.MediaRelayed = [.. turn.State.MediaRelayed.Where(at => at > hourAgo)];
        if (turn.State.MediaRelayed.Count >= PerHour)
        {
            turn.Say("relay.too_many");
            return true;
        }

        turn.State.MediaRelayed.Add(turn.Time.Now);
        // To the other side, and to an interpreter: everyone in the chat but the sender.
        foreach (var readerId in new[] { match.NeighbourId, match.NewcomerId, match.InterpreterId }.Where(id => id != 0 && id != me))
        {
            var reader = turn.VoiceOf(readerId);
            turn.SayTo(readerId, reader.Language, "relay.media_from", null, ("name", Labels.Name(turn, me)));
            turn.CopyTo(readerId, messageId, readerId == match.InterpreterId
                ? Interpreting.InterpreterButtons(reader, match.Id)
                : PhrasesFlow.RelayButtons(turn, reader, match));
        }

        return true;
    }
}
