using Kiosk.Conversations.Delivery;
using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Localization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace Kiosk.Telegram;

/// <summary>
/// Delivers the outbox: chats in parallel, each chat's messages in commit order, under the send limits.
/// A message is marked sent only after Telegram's 200; 429 waits retry_after, 403 marks the person
/// unreachable, 400 fails the message, anything else is retried later. New messages go
/// <see cref="TelegramOptions.NewMessagesInFlight"/> at a time, each marked before the next: a crash between
/// Telegram's 200 and the mark repeats only those (button answers and edits are harmless when repeated).
/// </summary>
public sealed class OutboxSender(
    ITelegramBotClient client, IOutbox outbox, OutboxSignal signal, SendLimits limits, Localizer localizer, IOptions<TelegramOptions> options,
    StoreFailureShutdown shutdown, ILogger<OutboxSender> logger) : BackgroundService
{
    private const int BatchSize = 500;
    private const int ParallelChats = 16;
    private static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ErrorWait = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan InFlightLimit = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim newMessages = new(options.Value.NewMessagesInFlight, options.Value.NewMessagesInFlight);

    // Messages confirmed together (the chats are served in parallel) are marked sent in one transaction.
    private readonly WriteBatcher<(long Id, int? TelegramMessageId), bool> sentMarks = new(sent =>
    {
        outbox.MarkSent(sent);
        return [.. sent.Select(_ => true)];
    });

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var batch = outbox.Pending(BatchSize);
                if (batch.Count == 0)
                {
                    await signal.WaitAsync(IdleWait, stoppingToken);
                    continue;
                }

                var chats = batch.GroupBy(entry => entry.ChatId).ToList();
                var options = new ParallelOptions { MaxDegreeOfParallelism = ParallelChats, CancellationToken = stoppingToken };
                await Parallel.ForEachAsync(chats, options, async (chat, ct) => await SendChatAsync(chat, ct));
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

                logger.LogError(exception, "Outbox delivery failed; retrying");
                await Task.Delay(ErrorWait, stoppingToken);
            }
        }
    }

    private async Task SendChatAsync(IEnumerable<OutboxEntry> entries, CancellationToken cancellationToken)
    {
        foreach (var entry in entries)
        {
            if (cancellationToken.IsCancellationRequested || !await SendAsync(entry, cancellationToken))
            {
                return; // Keep this chat's order: the rest waits for the next round.
            }
        }
    }

    /// <summary>Sends one entry; false when the chat must wait (its later messages stay queued).</summary>
    private async Task<bool> SendAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        var message = entry.Message;
        try
        {
            await limits.WaitForPauseAsync(cancellationToken);
            if (!message.IsNewMessage)
            {
                // Telegram's one-per-second pace is for new messages in a chat; editing away the buttons of a
                // pressed question is not one, and pacing it too would make every step take two seconds.
                if (message.Kind != OutboundKind.AnswerButton)
                {
                    await limits.WaitGlobalAsync(cancellationToken);
                }

                await SendAndMarkAsync(entry, message);
                return true;
            }

            // The chat's own pace first (it may be a second), then a place among the new messages in flight, then
            // the overall budget, so that messages held at the gate do not go out in a burst beyond it.
            await limits.WaitChatAsync(entry.ChatId, cancellationToken);
            await newMessages.WaitAsync(cancellationToken);
            try
            {
                await limits.WaitGlobalAsync(cancellationToken);
                await SendAndMarkAsync(entry, message);
            }
            finally
            {
                newMessages.Release();
            }

            return true;
        }
        catch (ApiRequestException exception) when (exception.ErrorCode == 429)
        {
            var wait = TimeSpan.FromSeconds(Math.Max(1, exception.Parameters?.RetryAfter ?? 1));
            logger.LogWarning("Telegram asked to slow down for {Seconds} s", wait.TotalSeconds);
            limits.PauseFor(wait);
            return false;
        }
        catch (ApiRequestException exception) when (exception.ErrorCode == 403)
        {
            logger.LogInformation("Chat {ChatId} blocked the bot or left; marked unreachable", entry.ChatId);
            outbox.MarkUnreachable(entry.ChatId, $"403 {exception.Message}");
            return false;
        }
        catch (ApiRequestException exception) when (exception.ErrorCode == 400)
        {
            return OnRefused(entry, exception);
        }
        catch (Exception exception) when (exception is RequestException or HttpRequestException or TaskCanceledException)
        {
            logger.LogWarning("Sending outbox entry {EntryId} failed ({Error}); will retry", entry.Id, exception.GetType().Name);
            limits.PauseFor(ErrorWait);
            return false;
        }
    }

    // A send that started is finished even while the host stops: cancelling it after Telegram got it would leave it
    // unmarked and send it again after the restart.
    private async Task SendAndMarkAsync(OutboxEntry entry, Outbound message)
    {
        using var inFlight = new CancellationTokenSource(InFlightLimit);
        int? messageId = message.Kind switch
        {
            OutboundKind.Message => (await client.SendRequest(OutboundRequests.Message(message), inFlight.Token)).MessageId,
            OutboundKind.Document => (await client.SendRequest(OutboundRequests.Document(message), inFlight.Token)).MessageId,
            OutboundKind.QrCode => (await client.SendRequest(OutboundRequests.QrCode(message), inFlight.Token)).MessageId,
            OutboundKind.RemoveButtons or OutboundKind.EditButtons => (await client.SendRequest(OutboundRequests.EditButtons(message), inFlight.Token)).MessageId,
            OutboundKind.CoordinatorCommands => await SetCoordinatorMenuAsync(message, inFlight.Token),
            OutboundKind.PublicCommands => await ShowPublicMenuAsync(message, inFlight.Token),
            _ => await AnswerAsync(message, inFlight.Token),
        };
        await sentMarks.WriteAsync((entry.Id, messageId));
    }

    private async Task<int?> SetCoordinatorMenuAsync(Outbound message, CancellationToken cancellationToken)
    {
        await client.SendRequest(CommandMenus.ForCoordinator(localizer, message.ChatId, message.Text ?? Localizer.DefaultLanguage), cancellationToken);
        return null;
    }

    private async Task<int?> ShowPublicMenuAsync(Outbound message, CancellationToken cancellationToken)
    {
        await client.SendRequest(CommandMenus.Public(message.ChatId), cancellationToken);
        return null;
    }

    private async Task<int?> AnswerAsync(Outbound message, CancellationToken cancellationToken)
    {
        await client.SendRequest(OutboundRequests.AnswerButton(message), cancellationToken);
        return null;
    }

    private bool OnRefused(OutboxEntry entry, ApiRequestException exception)
    {
        // Removing buttons that are already gone, or answering an old button, is not worth a warning.
        if (!entry.Message.IsNewMessage)
        {
            logger.LogDebug("Telegram refused {Kind} for entry {EntryId}: {Description}", entry.Message.Kind, entry.Id, exception.Message);
            outbox.MarkSent(entry.Id, null);
            return true;
        }

        logger.LogWarning("Telegram refused outbox entry {EntryId} to chat {ChatId}: {Description}", entry.Id, entry.ChatId, exception.Message);
        outbox.MarkFailed(entry.Id, $"400 {exception.Message}");
        return true;
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        sentMarks.Dispose();
        newMessages.Dispose();
        base.Dispose();
    }
}
