using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Conversations.Localization;
using Kiosk.Domain.Matching;

using System.Text.RegularExpressions;
using Match = Kiosk.Domain.Matching.Match;

namespace Kiosk.Conversations.Flows.HelpRequests;

/// <summary>
/// After a match: talking through the bot (messages passed on, marked with the writer's first name,
/// no usernames or numbers), or sharing Telegram names, which happens only when both chose it.
/// </summary>
public static partial class Talking
{
    private const int MaxRelayed = 3500;

    /// <summary>"match:relay:ID" or "match:share:ID" from either side of an accepted match.</summary>
    public static void Choose(Turn turn, string matchId, bool share)
    {
        var me = turn.Inbound.UserId;
        var match = turn.Directory.Match(matchId);
        if (match is null || !match.Involves(me) || match.Status != MatchStatus.Accepted)
        {
            turn.Say("input.old_button");
            return;
        }

        turn.RemovePressedButtons();
        turn.ChangedMatches[match.Id] = match;
        var otherId = match.Other(me);
        var other = turn.VoiceOf(otherId);
        var otherName = Labels.Name(turn, otherId);
        var myName = Labels.Name(turn, me);
        if (!share)
        {
            OpenRelay(turn, match, other, otherId, otherName, myName);
            return;
        }

        var asked = SharesAlready(match, me);
        if (me == match.NeighbourId)
        {
            (match.NeighbourShares, match.NeighbourUsername) = (true, turn.Inbound.Username ?? match.NeighbourUsername);
        }
        else
        {
            (match.NewcomerShares, match.NewcomerUsername) = (true, turn.Inbound.Username ?? match.NewcomerUsername);
        }

        Exchange(turn, match, other, otherId, otherName, myName, askOther: !asked);
    }

    /// <summary>"match:phone:ID": asks for the phone number to share (stored only once written).</summary>
    public static void AskPhone(Turn turn, string matchId)
    {
        var match = turn.Directory.Match(matchId);
        if (match is null || !match.Involves(turn.Inbound.UserId) || match.Status != MatchStatus.Accepted)
        {
            turn.Say("input.old_button");
            return;
        }

        turn.RemovePressedButtons();
        Flow.Enter(turn, new EnteringPhone { MatchId = match.Id });
        turn.Say("match.phone_ask", ("name", Labels.Name(turn, match.Other(turn.Inbound.UserId))));
    }

    /// <summary>Asks for the phone number again (after something the bot could not read).</summary>
    public static void AskPhoneAgain(Turn turn, string matchId)
    {
        if (turn.Directory.Match(matchId) is { } match && match.Involves(turn.Inbound.UserId))
        {
            turn.Say("match.phone_ask", ("name", Labels.Name(turn, match.Other(turn.Inbound.UserId))));
        }
    }

    /// <summary>The written phone number: kept for the match and exchanged once both sides chose to share.</summary>
    public static void SharePhone(Turn turn, string matchId, string text)
    {
        var me = turn.Inbound.UserId;
        var match = turn.Directory.Match(matchId);
        if (match is null || !match.Involves(me) || match.Status != MatchStatus.Accepted)
        {
            Flow.Leave(turn);
            MainMenu.Show(turn);
            return;
        }

        var phone = text.Trim();
        if (!PhoneNumber().IsMatch(phone) || phone.Count(char.IsDigit) < 6)
        {
            turn.Say("match.phone_invalid");
            return;
        }

        Flow.Leave(turn);
        var asked = SharesAlready(match, me);
        if (me == match.NeighbourId)
        {
            (match.NeighbourShares, match.NeighbourPhone) = (true, phone);
        }
        else
        {
            (match.NewcomerShares, match.NewcomerPhone) = (true, phone);
        }

        turn.ChangedMatches[match.Id] = match;
        var otherId = match.Other(me);
        Exchange(turn, match, turn.VoiceOf(otherId), otherId, Labels.Name(turn, otherId), Labels.Name(turn, me), askOther: !asked);
    }

    private static bool SharesAlready(Match match, long memberId) => memberId == match.NeighbourId ? match.NeighbourShares : match.NewcomerShares;

    // Contact details move only when both sides chose to share; each gets what the other shared. The first time one side
    // chooses to share, the other side is asked (with the same choices), also when they already talk through the bot.
    private static void Exchange(Turn turn, Match match, Voice other, long otherId, string otherName, string myName, bool askOther)
    {
        var me = turn.Inbound.UserId;
        if (!(match.NeighbourShares && match.NewcomerShares))
        {
            turn.Say("match.share_requested", ("name", otherName));
            if (askOther)
            {
                turn.SayTo(otherId, other.Language, "match.share_asked", Answering.ContactChoice(other, match), ("name", myName));
            }

            return;
        }

        var neighbourContact = Contact(match.NeighbourUsername, match.NeighbourPhone);
        var newcomerContact = Contact(match.NewcomerUsername, match.NewcomerPhone);
        var (mine, theirs) = me == match.NeighbourId ? (neighbourContact, newcomerContact) : (newcomerContact, neighbourContact);
        if (mine.Length == 0 || theirs.Length == 0)
        {
            match.RelayOpen = true;
            turn.Say("match.no_username", ("name", theirs.Length == 0 ? otherName : myName));
            turn.SayTo(otherId, other.Language, "match.no_username", null, ("name", theirs.Length == 0 ? otherName : myName));
            return;
        }

        // Isolated, so that a phone number's digit groups and an @username keep their order inside right-to-left text.
        turn.Say("match.shared_contact", ("name", otherName), ("contact", Bidi.Isolate(theirs)));
        turn.SayTo(otherId, other.Language, "match.shared_contact", null, ("name", myName), ("contact", Bidi.Isolate(mine)));
    }

    private static string Contact(string? username, string? phone) =>
        string.Join(" · ", new[] { string.IsNullOrEmpty(username) ? null : "@" + username, phone }.Where(part => !string.IsNullOrEmpty(part)));

    /// <summary>True (and passed on) when the member has an open chat through the bot.</summary>
    public static bool TryRelay(Turn turn, string text)
    {
        var me = turn.Inbound.UserId;
        var match = Interpreting.CurrentChat(turn);
        if (match is null)
        {
            return false;
        }

        if (match.Interprets(me))
        {
            Interpreting.Translate(turn, match, Bidi.Isolate(WrittenText.Cut(text, MaxRelayed)));
            return true;
        }

        var otherId = match.Other(me);
        var other = turn.VoiceOf(otherId);
        var words = Bidi.Isolate(WrittenText.Cut(text, MaxRelayed));
        var name = Labels.Name(turn, me);
        // Written text passes as written; the reader learns which language it is in when it is not theirs.
        var written = turn.Recognizers.MessageLanguage.Of(text);
        if (written is not null && written != other.Language)
        {
            turn.SayTo(otherId, other.Language, "phrases.wrote_in", PhrasesFlow.RelayButtons(turn, other, match),
                ("name", name), ("language", Labels.Spoken(other, [written])), ("text", words));
        }
        else
        {
            turn.SayTo(otherId, other.Language, "match.relayed", PhrasesFlow.RelayButtons(turn, other, match), ("name", name), ("text", words));
        }

        Interpreting.PassText(turn, match, words, written);
        return true;
    }

    /// <summary>/end: closes the member's open chat through the bot, both (and an interpreter) are told; an interpreter leaves.</summary>
    public static void End(Turn turn)
    {
        var match = Interpreting.CurrentChat(turn);
        if (match is not null && match.Interprets(turn.Inbound.UserId))
        {
            InterpreterFlow.Leave(turn, match);
            return;
        }

        if (match is null || !match.EndChat(turn.Inbound.UserId))
        {
            turn.Say("match.no_relay");
            return;
        }

        turn.ChangedMatches[match.Id] = match;
        var otherId = match.Other(turn.Inbound.UserId);
        turn.Say("match.ended", ("name", Labels.Name(turn, otherId)));
        turn.SayTo(otherId, turn.VoiceOf(otherId).Language, "match.ended", null, ("name", Labels.Name(turn, turn.Inbound.UserId)));
        Interpreting.ChatClosed(turn, match);
    }

    private static void OpenRelay(Turn turn, Match match, Voice other, long otherId, string otherName, string myName)
    {
        var wasOpen = match.RelayOpen;
        match.RelayOpen = true;
        turn.SayText(turn.T("match.relay_open", ("name", otherName)), PhrasesFlow.RelayButtons(turn, turn, match));
        if (!wasOpen)
        {
            turn.SayTo(otherId, other.Language, "match.relay_open", PhrasesFlow.RelayButtons(turn, other, match), ("name", myName));
        }
    }

    /// <summary>/report or the report button: stores a report about the other side of the open chat for the coordinators.</summary>
    public static void Report(Turn turn, string? matchId)
    {
        var me = turn.Inbound.UserId;
        var match = matchId is null ? OpenChatOf(turn) : turn.Directory.Match(matchId);
        if (match is null || !match.Involves(me) || !match.RelayOpen)
        {
            turn.Say("match.report_where");
            return;
        }

        var report = new Domain.Matching.Report { Id = Ids.New(), MatchId = match.Id, ReporterId = me, ReportedId = match.Other(me), At = turn.Time.Now };
        turn.NewReports.Add(report);
        turn.Say("match.reported");
        Coordinators.ReportReview.ToTeam(turn, report);
    }

    /// <summary>The member's chats through the bot that are still open.</summary>
    public static IEnumerable<Match> OpenChatsOf(Turn turn, long memberId) =>
        turn.Directory.MatchesOf(memberId).Where(match => match.RelayOpen && match.Status == MatchStatus.Accepted);

    /// <summary>The member's most recent chat through the bot that is still open.</summary>
    public static Match? OpenChatOf(Turn turn) => OpenChatsOf(turn, turn.Inbound.UserId).OrderByDescending(match => match.AnsweredAt).FirstOrDefault();

    [GeneratedRegex(@"^\+?[0-9][0-9 ()/.-]{4,22}$")]
    private static partial Regex PhoneNumber();
}
