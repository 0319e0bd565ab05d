using Kiosk.Conversations.Delivery;
using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Flows.Coordinators;
using Kiosk.Domain.Broadcasts;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;

namespace Kiosk.Telegram;

/// <summary>
/// Delivers announcements, one stored copy per person, under the global limit and after waiting replies.
/// Each copy is marked in flight just before it goes out and recorded with the next few answers (at most eight wait);
/// a copy still in flight after a crash is counted as unconfirmed (maybe delivered), never sent again, so nobody gets an
/// announcement twice.
/// </summary>
public sealed class BroadcastSender(
    ITelegramBotClient client, IBroadcastStore store, BroadcastNews news, SendLimits limits, OutboxSignal signal, KioskTime time, StoreFailureShutdown shutdown,
    ILogger<BroadcastSender> logger)
    : BackgroundService
{
    private const int ChunkSize = 64;
    private const int RecordEvery = 8;
    private static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan InFlightLimit = TimeSpan.FromSeconds(10);
    // Copies whose turns come together are marked in flight together.
    private readonly WriteBatcher<BroadcastDelivery, bool> marks = new(copies =>
    {
        var marked = store.MarkInFlight(copies).Select(copy => copy.Id).ToHashSet();
        return [.. copies.Select(copy => marked.Contains(copy.Id))];
    });

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var recovered = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!recovered)
                {
                    var interrupted = store.FailInterrupted(time.Now);
                    recovered = true;
                    if (interrupted > 0)
                    {
                        logger.LogWarning("{Count} announcement copies were in flight when the bot stopped; counted as failed, not sent again", interrupted);
                    }
                }

                if (store.Advance(time.Now) > 0)
                {
                    signal.Notify();
                }

                var chunk = store.Waiting(ChunkSize);
                if (chunk.Count == 0)
                {
                    await Task.Delay(IdleWait, stoppingToken);
                    continue;
                }

                await SendChunkAsync(chunk, stoppingToken);
                signal.Notify();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                if (shutdown.StopsFor(exception))
                {
                    break;
                }

                logger.LogError(exception, "Announcement delivery failed; retrying");
                await Task.Delay(IdleWait, stoppingToken);
            }
        }
    }

    private async Task SendChunkAsync(IReadOnlyList<BroadcastDelivery> chunk, CancellationToken stoppingToken)
    {
        var broadcasts = chunk.Select(delivery => delivery.BroadcastId).Distinct().ToDictionary(id => id, store.Find);
        var answered = new List<DeliveryOutcome>();
        await Task.WhenAll(chunk.Select(delivery => SendAndRecordAsync(delivery, broadcasts[delivery.BroadcastId], answered, stoppingToken)));
        Record(answered, all: true);
    }

    // Answers are recorded a few at a time, not per chunk: a crash then fails only the few copies not recorded yet.
    private async Task SendAndRecordAsync(BroadcastDelivery delivery, Broadcast? broadcast, List<DeliveryOutcome> answered, CancellationToken stoppingToken)
    {
        var outcome = await SendAsync(delivery, broadcast, stoppingToken);
        if (outcome is not null)
        {
            lock (answered)
            {
                answered.Add(outcome);
            }

            Record(answered, all: false);
        }
        else if (delivery.Status == DeliveryStatus.Sending)
        {
            store.Release([delivery]);
        }
    }

    private void Record(List<DeliveryOutcome> answered, bool all)
    {
        List<DeliveryOutcome> batch;
        lock (answered)
        {
            if (answered.Count == 0 || (!all && answered.Count < RecordEvery))
            {
                return;
            }

            batch = [.. answered];
            answered.Clear();
        }

        store.Record(batch, time.Now);
    }

    /// <summary>Sends one copy; null when it was not handed to Telegram (it waits for the next round) or was stopped.</summary>
    private async Task<DeliveryOutcome?> SendAsync(BroadcastDelivery delivery, Broadcast? broadcast, CancellationToken stoppingToken)
    {
        if (broadcast is null)
        {
            return store.MarkInFlight(delivery) ? new DeliveryOutcome(delivery, DeliveryStatus.Failed) : null;
        }

        try
        {
            await limits.WaitBulkAsync(delivery.ChatId, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return null;
        }

        // Marked in flight only now, after its turn came: a copy still waiting is not lost in a crash.
        if (!await marks.WriteAsync(delivery))
        {
            return null;
        }

        try
        {
            // Started sends finish while the host stops: cancelling one Telegram already took would lose its answer.
            using var inFlight = new CancellationTokenSource(InFlightLimit);
            await client.SendRequest(new SendMessageRequest { ChatId = delivery.ChatId, Text = news.Copy(broadcast, delivery.Language) }, inFlight.Token);
            return new DeliveryOutcome(delivery, DeliveryStatus.Sent);
        }
        catch (ApiRequestException exception) when (exception.ErrorCode == 429)
        {
            var wait = TimeSpan.FromSeconds(Math.Max(1, exception.Parameters?.RetryAfter ?? 1));
            logger.LogWarning("Telegram asked to slow down announcements for {Seconds} s", wait.TotalSeconds);
            limits.PauseFor(wait);
            return null;
        }
        catch (ApiRequestException exception) when (exception.ErrorCode == 403)
        {
            logger.LogInformation("Chat {ChatId} blocked the bot; announcement copy {DeliveryId} not delivered", delivery.ChatId, delivery.Id);
            return new DeliveryOutcome(delivery, DeliveryStatus.Blocked);
        }
        catch (ApiRequestException exception) when (exception.ErrorCode == 400)
        {
            logger.LogWarning("Telegram refused announcement copy {DeliveryId} to chat {ChatId}: {Description}", delivery.Id, delivery.ChatId, exception.Message);
            return new DeliveryOutcome(delivery, DeliveryStatus.Failed);
        }
        catch (Exception exception) when (exception is RequestException or HttpRequestException or TaskCanceledException)
        {
            // Unknown whether Telegram got it: not sending it again is the promise (at most one copy each).
            logger.LogWarning("Announcement copy {DeliveryId} got no answer ({Error}); counted as unconfirmed, not sent again", delivery.Id, exception.GetType().Name);
            return new DeliveryOutcome(delivery, DeliveryStatus.Unconfirmed);
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        marks.Dispose();
        base.Dispose();
    }
}
