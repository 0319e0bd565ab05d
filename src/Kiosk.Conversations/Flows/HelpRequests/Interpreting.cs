using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Conversations.Flows.Coordinators;
using Match = Kiosk.Domain.Matching.Match;

namespace Kiosk.Conversations.Flows.HelpRequests;

/// <summary>
/// Who speaks what in a chat through the bot, who could translate between the two sides, and where an interpreter's
/// own words go. The kiosk team works in German, so a coordinator speaks German besides the language they chose.
/// </summary>
public static class Interpreting
{
    /// <summary>The most people invited to translate in one chat.</summary>
    public const int MaxInvited = 5;

    /// <summary>The category of offers to translate.</summary>
    public const string Category = "translation";

    /// <summary>The languages the neighbour speaks: the one they chose.</summary>
    public static IReadOnlySet<string> NeighbourSpeaks(Turn turn, Match match) => new HashSet<string> { turn.VoiceOf(match.NeighbourId).Language };

    /// <summary>The languages the newcomer speaks: those in their offer and the one they chose.</summary>
    public static IReadOnlySet<string> NewcomerSpeaks(Turn turn, Match match) =>
        new HashSet<string>([.. turn.Directory.Offer(match.OfferId)?.Languages ?? [], turn.VoiceOf(match.NewcomerId).Language]);

    /// <summary>True when the two sides have no language in common (the bot offers an interpreter then).</summary>
    public static bool ShareNoLanguage(Turn turn, Match match) => !NeighbourSpeaks(turn, match).Overlaps(NewcomerSpeaks(turn, match));

    /// <summary>
    /// People who speak both sides' languages, not in the match and not invited yet: newcomers who offer translation first
    /// (their offer's languages), then the kiosk team (their language and German); at most <see cref="MaxInvited"/>.
    /// </summary>
    public static IReadOnlyList<long> Candidates(Turn turn, Match match)
    {
        var neighbour = NeighbourSpeaks(turn, match);
        var newcomer = NewcomerSpeaks(turn, match);
        bool Bridges(ISet<string> speaks) => speaks.Overlaps(neighbour) && speaks.Overlaps(newcomer);
        var translators = turn.Directory.ActiveOffers(Category)
            .Where(offer => Bridges(new HashSet<string>([.. offer.Languages, turn.VoiceOf(offer.MemberId).Language])))
            .Select(offer => offer.MemberId);
        var team = Moderation.Team(turn).Where(id => Bridges(new HashSet<string> { turn.VoiceOf(id).Language, "de" }));
        return translators.Concat(team)
            .Where(id => !match.Involves(id) && !match.InterpreterInvited.Contains(id) && turn.Directory.Member(id) is { Banned: false })
            .Distinct().Take(MaxInvited).ToList();
    }

    /// <summary>The languages the two sides speak, for the invitation ("German" and "Arabic, Kurdish").</summary>
    public static (string Neighbour, string Newcomer) Languages(Turn turn, Voice reader, Match match) =>
        (Labels.Spoken(reader, NeighbourSpeaks(turn, match)), Labels.Spoken(reader, NewcomerSpeaks(turn, match)));

    /// <summary>The chats through the bot <paramref name="memberId"/> translates in now.</summary>
    public static IEnumerable<Match> ChatsOf(Turn turn, long memberId) => turn.Directory.InterpretedBy(memberId).Where(match => match.Interprets(memberId));

    /// <summary>
    /// The chat the person's words belong to: their own open chat through the bot, or the one they translate in when they
    /// joined that one later; null when neither.
    /// </summary>
    public static Match? CurrentChat(Turn turn)
    {
        var own = Talking.OpenChatOf(turn);
        var translating = ChatsOf(turn, turn.Inbound.UserId).OrderByDescending(match => match.InterpreterJoinedAt).FirstOrDefault();
        return translating is not null && (own is null || translating.InterpreterJoinedAt > own.AnsweredAt) ? translating : own;
    }

    /// <summary>The buttons under what an interpreter receives: leave.</summary>
    public static IEnumerable<IEnumerable<Button>> InterpreterButtons(Voice voice, string matchId) =>
        [[Button.Press(voice.T("interpreter.leave"), FlowButton.Data(new InterpreterButton(InterpreterAction.Leave, matchId)))]];

    /// <summary>The interpreter's button among the relay buttons of a side: ask for one, or go on without the one there.</summary>
    public static Button? SideButton(Turn turn, Voice voice, Match match) =>
        match.InterpreterId != 0
            ? Button.Press(voice.T("interpreter.without"), FlowButton.Data(new InterpreterButton(InterpreterAction.Leave, match.Id)))
            : ShareNoLanguage(turn, match)
                ? Button.Press(voice.T("interpreter.button"), FlowButton.Data(new InterpreterButton(InterpreterAction.Ask, match.Id)))
                : null;

    /// <summary>Passes a side's written words on to the interpreter, with the writer's name and language.</summary>
    public static void PassText(Turn turn, Match match, string words, string? writtenIn)
    {
        if (!match.IsTalking || match.InterpreterId == 0 || match.InterpreterId == turn.Inbound.UserId)
        {
            return;
        }

        var reader = turn.VoiceOf(match.InterpreterId);
        var name = Labels.Name(turn, turn.Inbound.UserId);
        if (writtenIn is not null && writtenIn != reader.Language)
        {
            turn.SayTo(match.InterpreterId, reader.Language, "phrases.wrote_in", InterpreterButtons(reader, match.Id),
                ("name", name), ("language", Labels.Spoken(reader, [writtenIn])), ("text", words));
        }
        else
        {
            turn.SayTo(match.InterpreterId, reader.Language, "match.relayed", InterpreterButtons(reader, match.Id), ("name", name), ("text", words));
        }
    }

    /// <summary>Passes a quick phrase on to the interpreter, in their language.</summary>
    public static void PassPhrase(Turn turn, Match match, string phrase)
    {
        if (match.InterpreterId == 0)
        {
            return;
        }

        var reader = turn.VoiceOf(match.InterpreterId);
        turn.SayTo(match.InterpreterId, reader.Language, "phrases.received", InterpreterButtons(reader, match.Id),
            ("name", Labels.Name(turn, turn.Inbound.UserId)), ("phrase", reader.T(PhraseBook.Key(phrase))));
    }

    /// <summary>The interpreter's own words go to both sides, marked as theirs.</summary>
    public static void Translate(Turn turn, Match match, string words)
    {
        var name = Labels.Name(turn, turn.Inbound.UserId);
        foreach (var sideId in match.Sides())
        {
            var side = turn.VoiceOf(sideId);
            turn.SayTo(sideId, side.Language, "interpreter.from", PhrasesFlow.RelayButtons(turn, side, match), ("name", name), ("text", words));
        }
    }

    /// <summary>The chat closed: the interpreter is thanked (without names: one side may have deleted their data).</summary>
    public static void ChatClosed(Turn turn, Match match)
    {
        if (match.InterpreterId != 0)
        {
            turn.SayTo(match.InterpreterId, turn.VoiceOf(match.InterpreterId).Language, "interpreter.chat_ended");
        }
    }
}
