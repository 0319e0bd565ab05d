using Kiosk.Conversations.Engine;
using Kiosk.Domain;

namespace Kiosk.Conversations.Flows.Coordinators;

/// <summary>What the team can do to a person, after a report or from the desk's People page; the person is told in their language.</summary>
public static class PersonModeration
{
    /// <summary>Warns, pauses the offers of, bans or lifts the ban of <paramref name="person"/>.</summary>
    public static void Apply(Turn turn, Member person, string action)
    {
        var voice = turn.VoiceOf(person.Id);
        switch (action)
        {
            case "warn":
                person.Warnings++;
                turn.Changes.Members[person.Id] = person;
                turn.SayTo(person.Id, voice.Language, "moderation.warning");
                break;
            case "pause":
                foreach (var offer in turn.Directory.OffersOf(person.Id).Where(offer => offer.Status == OfferStatus.Active))
                {
                    offer.Pause();
                    turn.Changes.Offers[offer.Id] = offer;
                }

                turn.SayTo(person.Id, voice.Language, "moderation.paused_notice");
                HelpRequests.RelayClosing.ByTeam(turn, person.Id);
                break;
            case "ban":
                person.Banned = true;
                turn.Changes.Members[person.Id] = person;
                turn.SayTo(person.Id, voice.Language, "moderation.banned_notice");
                HelpRequests.RelayClosing.ByTeam(turn, person.Id);
                break;
            case "unban":
                person.Banned = false;
                turn.Changes.Members[person.Id] = person;
                turn.SayTo(person.Id, voice.Language, "moderation.unbanned_notice");
                break;
        }
    }

    /// <summary>
    /// From the People page. False (nothing done) when the person is gone, is on the team (the team is changed in the
    /// configuration, not here), is the coordinator themself, or is already in that state (a ban of a banned person, an
    /// unban of someone not banned, a pause without active offers).
    /// </summary>
    public static bool FromDesk(Turn turn, long memberId, string action)
    {
        var person = turn.Directory.Member(memberId);
        var possible = person is not null && !person.Coordinator && memberId != turn.Inbound.UserId && action switch
        {
            "ban" => !person.Banned,
            "unban" => person.Banned,
            "pause" => turn.Directory.OffersOf(memberId).Any(offer => offer.Status == OfferStatus.Active),
            _ => true,
        };
        if (!possible)
        {
            turn.Say("input.old_button");
            return false;
        }

        Apply(turn, person!, action);
        return true;
    }
}
