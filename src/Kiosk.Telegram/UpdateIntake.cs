using Kiosk.Conversations.Delivery;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;

namespace Kiosk.Telegram;

/// <summary>
/// The one way in for updates, from polling or the webhook: maps each and hands it to the processor, which
/// commits it once (the inbox skips redeliveries). Also remembers when Telegram last reached the bot, for health.
/// A bad update is skipped; when the store itself fails, nothing is skipped: the bot stops (exit code 3) so that it
/// starts again with the database reopened, and Telegram delivers the updates again.
/// </summary>
public sealed class UpdateIntake(InboundProcessor processor, FloodGate gate, StoreFailureShutdown shutdown, ILogger<UpdateIntake> logger)
{
    // One update at a time, as with polling: concurrent webhook calls must not interleave a chat's turns.
    private readonly Lock handling = new();
    private long lastContactTicks;

    /// <summary>When the last getUpdates, setWebhook or authenticated webhook call succeeded; null before the first.</summary>
    public DateTimeOffset? LastContact
    {
        get
        {
            var ticks = Interlocked.Read(ref lastContactTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    /// <summary>Telegram answered or called: the connection works.</summary>
    public void Touch() => Interlocked.Exchange(ref lastContactTicks, DateTimeOffset.UtcNow.UtcTicks);

    /// <summary>
    /// Handles a batch from getUpdates in one transaction; when any of them fails, handles them one by one so that only
    /// the bad one is skipped. Returns when all are committed (or skipped). Never throws for a bad update.
    /// </summary>
    public void HandleAll(IReadOnlyList<Update> updates)
    {
        if (updates.Count == 1)
        {
            Handle(updates[0]);
            return;
        }

        lock (handling)
        {
            try
            {
                var inbounds = updates.Select(UpdateMapper.Map).OfType<Conversations.Engine.Inbound>().ToList();
                var verdicts = inbounds.ToDictionary(inbound => inbound, inbound => gate.Admit(inbound.UserId));
                var admitted = inbounds.Where(inbound => verdicts[inbound] == FloodVerdict.Admit).ToList();
                if (admitted.Count > 0)
                {
                    processor.ProcessAll(admitted);
                }

                foreach (var flooding in inbounds.Where(inbound => verdicts[inbound] == FloodVerdict.SlowDown))
                {
                    SlowDown(flooding);
                }

                return;
            }
            catch (StoreFailedException failure)
            {
                throw Stop(failure);
            }
            catch (Exception exception)
            {
                logger.LogWarning("A batch of {Count} updates failed ({Error}); handling them one by one", updates.Count, exception.GetType().Name);
            }
        }

        foreach (var update in updates)
        {
            Handle(update);
        }
    }

    /// <summary>Handles one update; returns when it is committed (or skipped). Never throws for a bad update.</summary>
    public void Handle(Update update)
    {
        lock (handling)
        {
            Conversations.Engine.Inbound? inbound = null;
            try
            {
                inbound = UpdateMapper.Map(update);
                if (inbound is null)
                {
                    logger.LogDebug("Update {UpdateId} of type {Type} ignored", update.Id, update.Type);
                    return;
                }

                switch (gate.Admit(inbound.UserId))
                {
                    case FloodVerdict.Admit:
                        processor.Process(inbound);
                        break;
                    case FloodVerdict.SlowDown:
                        SlowDown(inbound);
                        break;
                    default:
                        logger.LogDebug("Update {UpdateId} ignored: its sender is over the limit", update.Id);
                        break;
                }
            }
            catch (StoreFailedException failure)
            {
                throw Stop(failure);
            }
            catch (Exception exception)
            {
                // One update that cannot be handled must not stop the bot for everybody else; the person is told.
                logger.LogError(exception, "Update {UpdateId} could not be handled; the person gets an apology", update.Id);
                Apologize(inbound);
            }
        }
    }

    private void SlowDown(Conversations.Engine.Inbound inbound)
    {
        logger.LogInformation("Chat {ChatId} is over the limit of updates a minute; told to slow down, more is ignored", inbound.ChatId);
        processor.SlowDown(inbound);
    }

    private void Apologize(Conversations.Engine.Inbound? inbound)
    {
        if (inbound is null)
        {
            return;
        }

        try
        {
            processor.Apologize(inbound);
        }
        catch (StoreFailedException failure)
        {
            throw Stop(failure);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Update {UpdateId}: the apology could not be stored either; skipped", inbound.UpdateId);
        }
    }

    private StoreFailedException Stop(StoreFailedException failure)
    {
        shutdown.StopsFor(failure);
        return failure;
    }
}
