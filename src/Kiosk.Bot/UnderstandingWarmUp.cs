using Kiosk.Conversations.Localization;
using Kiosk.Conversations.Understanding;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Kiosk.Bot;

/// <summary>
/// Reads one sample request in every language right after the start, in the background: Microsoft.Recognizers
/// builds its models for a language on first use (close to a second for German), and without this the first
/// person to write freely after a restart would wait for it.
/// </summary>
public sealed class UnderstandingWarmUp(KioskRecognizers recognizers, Localizer localizer, IClock clock, ILogger<UnderstandingWarmUp> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        var now = clock.GetCurrentInstant().InUtc().LocalDateTime;
        foreach (var language in localizer.Languages)
        {
            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            try
            {
                recognizers.QuickRequest.Read("Fahrrad reparieren morgen 14 Uhr in Ottensen, bike repair tomorrow 2 pm", language, now);
            }
            catch (Exception exception)
            {
                // Only a warm-up: the real request will say what is wrong.
                logger.LogWarning("Warming up the recognizers for {Language} failed ({Error})", language, exception.GetType().Name);
            }
        }

        logger.LogDebug("Recognizers warmed up for {Count} languages", localizer.Languages.Count);
    }, stoppingToken);
}
