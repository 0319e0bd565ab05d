using Kiosk.Conversations;
using Kiosk.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kiosk.Bot;

/// <summary>
/// Says at start where the data lives, and which coordinators cannot get the team's cards yet: Telegram refuses a
/// message to someone who never started the bot (or blocked it), so their review cards would be lost unseen.
/// They hear what is waiting as soon as they send /start. Ids only: no names in the log.
/// </summary>
public sealed class StartupReport(KioskDatabase database, IOptions<StorageOptions> storage, IOptions<KioskOptions> kiosk, ILogger<StartupReport> logger) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Database: {Path}", Path.GetFullPath(storage.Value.DatabasePath));
        var unreached = database.Run(() =>
        {
            var invited = database.Members.Find(member => member.Coordinator).Select(member => member.Id);
            return kiosk.Value.Coordinators.Concat(invited).Distinct()
                .Select(id => (Id: id, Member: database.Members.FindById(id)))
                .Where(coordinator => coordinator.Member is null || coordinator.Member.Unreachable)
                .Select(coordinator => (coordinator.Id, Started: coordinator.Member is not null))
                .ToList();
        });
        foreach (var (id, started) in unreached)
        {
            logger.LogWarning("Coordinator {Id} has {What}: cards for the team cannot reach them until they send /start to the bot",
                id, started ? "blocked the bot" : "not started the bot yet");
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
