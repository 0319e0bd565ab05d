using System.Diagnostics;
using Kiosk.Conversations.Localization;
using Kiosk.Emulator.World;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kiosk.Benchmarks;

/// <summary>One step of a person: what they write or press, and when the bot's answer to it is complete.</summary>
public sealed record Step(string? Text, string? Press, Func<EmulatedMessage, bool> Completes);

/// <summary>
/// A person who completes the help request form, talking to the emulator in-process: each update is timed from
/// being queued at the emulator to the first new bot message in the chat, then the person waits for the whole answer.
/// </summary>
public static class Neighbour
{
    /// <summary>The request, in one message that fills every slot.</summary>
    public const string Request = "Kann jemand morgen mein Fahrrad reparieren? In Ottensen";

    private static readonly Localizer Localizer = new(Catalogs.Load(Catalogs.DefaultDirectory), NullLogger<Localizer>.Instance);
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The help request form against the kiosk: /start, language, privacy, the request, confirm.</summary>
    public static IReadOnlyList<Step> HelpRequest { get; } =
    [
        new("/start", null, m => HasButton(m, "lang:de")),
        new(null, "lang:de", m => HasButton(m, "privacy:yes")),
        new(null, "privacy:yes", m => HasButton(m, "menu:offer")),
        new(Request, null, m => HasButton(m, "form:confirm")),
        new(null, "form:confirm", m => m.Text == Localizer.Text("de", "request.saved")),
    ];

    /// <summary>The same updates against the echo bot: each is complete when its own text comes back.</summary>
    public static IReadOnlyList<Step> Echo { get; } = [.. HelpRequest.Select(step => step with { Completes = m => m.Text == (step.Text ?? step.Press) })];

    /// <summary>Runs the steps as person <paramref name="userId"/>; false when an answer did not come.</summary>
    public static async Task<bool> RunAsync(TelegramWorld world, long userId, IReadOnlyList<Step> steps, Latencies latencies)
    {
        var since = 0;
        foreach (var step in steps)
        {
            var start = Stopwatch.GetTimestamp();
            if (step.Text is { } text)
            {
                since = world.UserWrites(new UserInput(userId, $"P{userId}", null, "de", userId) { Text = text }).MessageId;
            }
            else
            {
                var messages = world.Read(userId, 0).Messages.Where(m => m.FromBot).ToList();
                var pressed = messages.LastOrDefault(m => HasButton(m, step.Press!)) ?? messages[^1];
                since = messages.Max(m => m.MessageId);
                world.UserPresses(userId, userId, pressed.MessageId, step.Press!);
            }

            TimeSpan? replied = null;
            var complete = await world.ChatsSignal.WaitUntilAsync(() =>
            {
                var answer = world.Read(userId, since).Messages.Where(m => m.FromBot).ToList();
                replied ??= answer.Count > 0 ? Stopwatch.GetElapsedTime(start) : null;
                return answer.Any(step.Completes);
            }, StepTimeout, CancellationToken.None);
            if (!complete || replied is null)
            {
                return false;
            }

            latencies.Add(replied.Value);
        }

        return true;
    }

    private static bool HasButton(EmulatedMessage message, string data) =>
        message.Buttons?.Any(row => row.Any(button => button.CallbackData == data)) == true;
}
