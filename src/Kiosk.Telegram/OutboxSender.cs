using System.Collections.Concurrent;
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
/// Delivers the outbox fairly: each chat's messages in commit order with one in flight per chat, up to
/// <see cref="TelegramOptions.ChatsInFlight"/> chats at once, and no round that waits for its slowest chat: a chat is
/// handed to a worker of its own, and the next read skips chats that are still being served, so a flooded chat (at
/// Telegram's one message a second) slows only itself. A message is marked sent only after Telegram's 200 and before
/// the chat's next one goes, so a crash repeats at most one message per chat. 429 waits retry_after, 403 marks the
/// person unreachable, 400 fails the message, anything else is retried later.
/// </summary>
public sealed class OutboxSender(
    ITelegramBotClient client, IOutbox outbox, OutboxSignal signal, SendLimits limits, Localizer localizer, IOptions<TelegramOptions> options,
    StoreFailureShutdown shutdown, ILogger<OutboxSender> logger) : BackgroundService
{
    // What one worker reads of its chat at once.
    private const int PerChat = 20;
    private static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ErrorWait = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan InFlightLimit = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<long, Task> serving = new();

    // Messages confirmed together (the chats are served in parallel) are marked sent in one transaction.
    private readonly WriteBatcher<(long Id, int? TelegramMessageId), bool> sentMarks = new(async sent =>
    {
        await outbox.MarkSentAsync(sent);
        return [.. sent.Select(_ => true)];
    });

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await DispatchAsync(stoppingToken);
        }
        finally
        {
            // Sends that started finish and are marked (they are not cancelled by the stop).
            await Task.WhenAll(serving.Values);
        }
    }

    private async Task DispatchAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var free = options.Value.ChatsInFlight - serving.Count;
                if (free > 0)
                {
                    // The chats committing turns named; the whole outbox only when asked, at start and now and then.
                    var busy = serving.Keys.ToHashSet();
                    var (named, everywhere) = signal.Take(free, busy);
                    var chats = everywhere ? [.. named.Union(await outbox.ChatsWaitingAsync(free, busy)).Take(free)] : named;
                    foreach (var chat in chats)
                    {
                        // Registered before it starts: a worker done at once must find itself to remove.
                        var registered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                        serving[chat] = Task.Run(async () =>
                        {
                            await registered.Task;
                            await ServeChatAsync(chat, stoppingToken);
                        }, CancellationToken.None);
                        registered.SetResult();
                    }
                }

                // Woken by a new commit or a chat that was served, else after a while (retries, other writers).
                await signal.WaitAsync(IdleWait, stoppingToken);
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

    // Serves one chat as long as it has something pending: it reads again only when it read a full batch or a turn named
    // the chat meanwhile, so that a reply costs one read of the outbox.
    private async Task ServeChatAsync(long chatId, CancellationToken cancellationToken)
    {
        try
        {
            bool more;
            do
            {
                signal.TakeNamed(chatId);
                var entries = await outbox.PendingOfAsync(chatId, PerChat);
                foreach (var entry in entries)
                {
                    if (cancellationToken.IsCancellationRequested || !await SendAsync(entry, cancellationToken))
                    {
                        return; // Keep this chat's order: the rest waits for the dispatcher's next read.
                    }
                }

                more = entries.Count == PerChat || signal.TakeNamed(chatId);
            }
            while (more && !cancellationToken.IsCancellationRequested);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            if (!shutdown.StopsFor(exception))
            {
                logger.LogError(exception, "Delivering to chat {ChatId} failed; retrying", chatId);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: what was not sent stays pending.
        }
        finally
        {
            serving.TryRemove(chatId, out _);
            signal.Wake();
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

            // The chat's own pace first (it may be a second), then the overall budget.
            await limits.WaitChatAsync(entry.ChatId, cancellationToken);
            await limits.WaitGlobalAsync(cancellationToken);
            await SendAndMarkAsync(entry, message);
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
            OutboundKind.Copy => (await client.SendRequest(OutboundRequests.Copy(message), inFlight.Token)).Id,
            OutboundKind.RemoveButtons when message.Text is not null => (await client.SendRequest(OutboundRequests.ShowAnswer(message), inFlight.Token)).MessageId,
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
        if (message.Buttons?.SelectMany(row => row).FirstOrDefault(button => button.WebApp is not null) is { } desk)
        {
            await client.SendRequest(CommandMenus.DeskButton(message.ChatId, desk.Label, desk.WebApp!), cancellationToken);
        }

        return null;
    }

    private async Task<int?> ShowPublicMenuAsync(Outbound message, CancellationToken cancellationToken)
    {
        await client.SendRequest(CommandMenus.Public(message.ChatId), cancellationToken);
        await client.SendRequest(CommandMenus.DefaultButton(message.ChatId), cancellationToken);
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

        if (exception.Message.Contains("chat not found", StringComparison.OrdinalIgnoreCase))
        {
            // They never started the bot (a coordinator from the configuration, say): kept, and sent once they write.
            logger.LogWarning("Chat {ChatId} has not started the bot; outbox entry {EntryId} waits until they write", entry.ChatId, entry.Id);
            outbox.MarkFailed(entry.Id, OutboxEntry.NotStarted);
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
        base.Dispose();
    }
}
