using Kiosk.Conversations;
using Kiosk.Domain;
using Kiosk.Storage;
using Microsoft.Extensions.Options;

namespace Kiosk.Bot.Desk;

/// <summary>Who may use the desk, asked again on every call: a current coordinator who has started the bot and is not banned.</summary>
public sealed class DeskAccess(KioskDatabase database, IOptions<KioskOptions> options)
{
    /// <summary>The coordinator, or null for anyone else.</summary>
    public Member? Coordinator(long userId) => database.Run(() => database.Members.FindById(userId)) is { Banned: false } member
        && (member.Coordinator || options.Value.Coordinators.Contains(userId))
            ? member
            : null;
}
