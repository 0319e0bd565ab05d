using System.Security.Cryptography;
using Kiosk.Conversations.Engine;
using Kiosk.Domain.Coordination;

namespace Kiosk.Conversations.Flows.Coordinators;

/// <summary>/invite: a coordinator makes a single-use link that expires; opening it makes a coordinator.</summary>
public static class Invites
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    /// <summary>The deep-link word in front of an invite code: "/start coord_CODE".</summary>
    public const string LinkWord = "coord";

    /// <summary>Creates an invite and shows its link.</summary>
    public static void Create(Turn turn)
    {
        var invite = new CoordinatorInvite
        {
            Code = RandomNumberGenerator.GetString(Alphabet, 20),
            CreatedBy = turn.Inbound.UserId,
            ExpiresAt = turn.Time.Now + CoordinatorInvite.Lifetime,
        };
        turn.Changes.Invites[invite.Code] = invite;
        var payload = $"{LinkWord}_{invite.Code}";
        var link = turn.BotUsername.Length > 0 ? $"https://t.me/{turn.BotUsername}?start={payload}" : $"/start {payload}";
        turn.Say("coordinator.invite_link", ("link", link), ("hours", (int)CoordinatorInvite.Lifetime.TotalHours));
    }

    /// <summary>Uses an invite: the person becomes a coordinator, once, while the link works.</summary>
    public static void Redeem(Turn turn, string code)
    {
        if (turn.Member is null)
        {
            return;
        }

        if (turn.IsCoordinator)
        {
            turn.Say("coordinator.already");
            return;
        }

        var invite = turn.Directory.Invite(code);
        if (invite is null || !invite.IsUsable(turn.Time.Now))
        {
            turn.Say("coordinator.invite_invalid");
            return;
        }

        invite.UsedBy = turn.Member.Id;
        turn.Changes.Invites[invite.Code] = invite;
        turn.Member.Coordinator = true;
        turn.Say("coordinator.invite_welcome");
        turn.ShowCoordinatorCommands();
    }
}
