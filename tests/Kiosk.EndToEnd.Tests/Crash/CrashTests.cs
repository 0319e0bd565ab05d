using System.Diagnostics;
using Kiosk.Domain.Broadcasts;
using Kiosk.Storage;
using Xunit.Abstractions;

namespace Kiosk.EndToEnd.Tests.Crash;

/// <summary>
/// The bot as its own process, killed with SIGKILL at random moments while people offer, ask, are matched, talk
/// through the bot and a coordinator's announcement runs. Reduced here; in full (200 people, 10 kills) with
/// KIOSK_CRASH_FULL=1 (see docs/tests-and-figures.md). KIOSK_CRASH_SEED, KIOSK_CRASH_PEOPLE and KIOSK_CRASH_KILLS change the run.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Killed_at_random_moments_the_bot_loses_no_message_sends_no_announcement_twice_and_repeats_at_most_one_reply_per_chat_per_crash()
    {
        var full = Environment.GetEnvironmentVariable("KIOSK_CRASH_FULL") == "1";
        var people = Setting("KIOSK_CRASH_PEOPLE", full ? 200 : 30);
        var kills = Setting("KIOSK_CRASH_KILLS", full ? 10 : 3);
        var seed = Setting("KIOSK_CRASH_SEED", 7);
        // Telegram's limits scaled up so that the run takes seconds; the bot is told the same limit.
        await using var kiosk = await KioskUnderTest.StartEmulatorAsync(o => o.MessagesPerSecond = 300, ("Telegram:MessagesPerSecond", "300"), ("Kiosk:Coordinators:0", "7001"));
        using var bot = new BotProcess(new Dictionary<string, string?>(kiosk.Settings) { ["Storage:DatabasePath"] = kiosk.DatabasePath });
        var run = new CrashRun(kiosk, bot, people / 2, kills, seed, timeoutSeconds: full ? 180 : 60, longestGapMs: full ? 4_000 : 2_400);

        var watch = Stopwatch.StartNew();
        await run.RunAsync();
        var duration = watch.Elapsed;
        Assert.True(bot.IsRunning, $"the bot stopped by itself:\n{bot.LastLines()}");
        bot.Kill();

        var chats = new Dictionary<Actor, IReadOnlyList<string>>();
        foreach (var person in run.People.Append(run.Team!))
        {
            chats[person] = await person.BotTextsAsync();
        }

        using var database = new KioskDatabase(kiosk.DatabasePath);
        // Every message and button press of every person was handled (the inbox holds its update id).
        var unhandled = run.Updates.Where(update => database.Run(() => database.Inbox.FindById(update)) is null).ToList();
        Assert.True(unhandled.Count == 0, $"updates never handled: {string.Join(", ", unhandled)}; the bot's warnings and errors:\n{bot.Problems()}");

        // Nobody got the announcement twice, and the coordinator's report adds up.
        var broadcast = Assert.Single(database.Run(() => database.Broadcasts.FindAll().ToList()));
        Assert.Equal(BroadcastStatus.Done, broadcast.Status);
        Assert.Equal(broadcast.Recipients, broadcast.Sent + broadcast.Blocked + broadcast.Failed + broadcast.Unconfirmed);
        var copies = chats.ToDictionary(chat => chat.Key, chat => chat.Value.Count(text => text.Contains(CrashRun.Words, StringComparison.Ordinal)));
        Assert.All(copies, chat => Assert.True(chat.Value <= 1, $"{chat.Key.UserId} got the announcement {chat.Value} times"));
        // A copy in flight at a kill is counted unconfirmed; Telegram may or may not have got it. Delivered counts only
        // what Telegram confirmed.
        Assert.InRange(copies.Values.Sum(), broadcast.Sent, broadcast.Sent + broadcast.Unconfirmed);
        var report = run.Team!.T("broadcast.report", ("sent", broadcast.Sent), ("blocked", broadcast.Blocked), ("failed", broadcast.Failed));
        Assert.Contains(broadcast.Unconfirmed == 0 ? report : report + "\n" + run.Team!.T("broadcast.report_unconfirmed", ("count", broadcast.Unconfirmed)), chats[run.Team!]);

        // Repeated replies: the same bot text more often in a chat than the flow says it (only the menu comes twice, after
        // onboarding and after saving an offer or request).
        var repeated = chats.SelectMany(chat => chat.Value.Where(text => !text.Contains(CrashRun.Words, StringComparison.Ordinal)).GroupBy(text => text)
            .Select(same => (chat.Key, Text: same.Key, Extra: same.Count() - (same.Key == chat.Key.T("menu.title") && chat.Key != run.Team ? 2 : 1))))
            .Where(same => same.Extra > 0).ToList();
        var duplicates = repeated.Sum(same => same.Extra);
        foreach (var same in repeated)
        {
            output.WriteLine($"repeated {same.Extra}x in chat {same.Key.UserId}: {same.Text[..Math.Min(50, same.Text.Length)]}");
        }

        var sent = run.People.Append(run.Team!).Select(person => person.Sent).ToList();
        output.WriteLine($"crash run: {people} people + 1 coordinator, {run.KillMoments.Count} kills (seed {seed}) at " +
            $"{string.Join(", ", run.KillMoments.Select(moment => $"{moment.TotalSeconds:0.0} s"))}, {bot.Starts} starts, duration {duration.TotalSeconds:0.0} s");
        output.WriteLine($"messages sent per person: {sent.Average():0.0} (min {sent.Min()}, max {sent.Max()}), {run.Updates.Count} updates, all handled");
        output.WriteLine($"duplicated replies: {duplicates} ({(run.KillMoments.Count == 0 ? 0 : (double)duplicates / run.KillMoments.Count):0.00} per crash), at most {repeated.GroupBy(same => same.Key).Select(chat => chat.Sum(same => same.Extra)).DefaultIfEmpty(0).Max()} in one chat; " +
            $"{bot.RetriedSends} sends timed out or failed and were retried; {bot.SelfRestarts} restarts after a database failure");
        output.WriteLine($"announcement: {broadcast.Recipients} recipients, {broadcast.Sent} delivered, {broadcast.Blocked} blocked, {broadcast.Failed} failed, {broadcast.Unconfirmed} unconfirmed after crashes; " +
            $"{copies.Values.Sum()} copies seen, at most one each; kill {run.AimedKill?.Kill + 1} came when {run.AimedKill?.Copies} copies had arrived");
        // Each chat has one message in flight, marked sent before the chat's next goes, so a crash repeats at most the
        // one in each chat that Telegram took but the bot had not marked yet. A send the bot gave up waiting for (a
        // timeout on a loaded machine) is retried and may repeat a message as well. A stop of its own when the database
        // failed (exit code 3, started again as a restart policy would) is a crash too.
        var chances = run.KillMoments.Count + bot.SelfRestarts + bot.RetriedSends;
        foreach (var chat in repeated.GroupBy(same => same.Key))
        {
            Assert.True(chat.Sum(same => same.Extra) <= chances,
                $"{chat.Sum(same => same.Extra)} repeated replies in chat {chat.Key.UserId} after {run.KillMoments.Count} crashes, {bot.SelfRestarts} restarts after a database failure and {bot.RetriedSends} retried sends");
        }
    }

    private static int Setting(string name, int fallback) => int.TryParse(Environment.GetEnvironmentVariable(name), out var value) ? value : fallback;
}
