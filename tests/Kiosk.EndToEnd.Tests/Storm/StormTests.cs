using System.Diagnostics;
using System.Text;
using Kiosk.Conversations.Delivery;
using Kiosk.Storage;
using Xunit.Abstractions;

namespace Kiosk.EndToEnd.Tests.Storm;

/// <summary>
/// 10,000 random and malformed updates (a seeded sample in the normal run; KIOSK_STORM_SIZE=10000 for the full
/// storm) while a real person talks to the bot: nothing crashes, nobody's stored data changes, and the bot answers.
/// </summary>
public sealed class StormTests(ITestOutputHelper output)
{
    private static int Size => int.TryParse(Environment.GetEnvironmentVariable("KIOSK_STORM_SIZE"), out var size) ? size : 2000;

    private static int Rate => int.TryParse(Environment.GetEnvironmentVariable("KIOSK_STORM_RATE"), out var rate) ? rate : 250;

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("KIOSK_STORM_SEED"), out var seed) ? seed : 7;

    private static string T(string language, string key, params (string, object?)[] args) => KioskUnderTest.Localizer.Text(language, key, args);

    [Fact]
    public async Task A_storm_of_bad_updates_crashes_nothing_changes_nobody_s_data_and_a_real_person_is_answered_in_order()
    {
        await using var kiosk = await KioskUnderTest.StartAsync(
            emulator => { emulator.MessagesPerSecond = 1000; },
            ("Telegram:MessagesPerSecond", "1000"));
        var amina = kiosk.Person(8101, "Amina", "ar");
        var olena = kiosk.Person(8102, "Olena", "uk");
        var jens = kiosk.Person(8103, "Jens", "de");
        await amina.OfferBikeRepairAsync("ottensen");
        await olena.OfferBikeRepairAsync("lurup");
        await jens.AskForHelpAsync("Kann jemand mein Fahrrad reparieren? In Ottensen, egal wann");
        await jens.WaitForAsync("match.proposals");
        var database = kiosk.Service<KioskDatabase>();
        long[] settled = [8101, 8102, 8103];
        long[] people = [.. settled, 8201, 8202];
        var before = Stored(database, settled);
        var ids = database.Run(() => database.Offers.FindAll().Select(o => o.Id).Concat(database.Requests.FindAll().Select(r => r.Id)).Concat(people.Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList());

        var clock = Stopwatch.StartNew();
        var storm = SendStormAsync(kiosk, new UpdateStorm(Seed, people, ids).Generate(Size));
        var talker = kiosk.Person(8201, "Dilan", "tr");
        try
        {
            await talker.OfferBikeRepairAsync("altona-altstadt");
        }
        catch
        {
            // What the bot complained about, when it stopped answering.
            output.WriteLine(string.Join("\n", kiosk.Log.Lines.Take(20).Select(line => $"{line.Level} {line.Category}: {line.Text}")));
            throw;
        }

        // Dilan keeps talking as long as the storm lasts, and once after it: every time the answer comes.
        var rounds = 0;
        do
        {
            await talker.WriteAsync("/menu");
            await talker.WaitForAsync("menu.title");
            rounds++;
        }
        while (!storm.IsCompleted);

        var sent = await storm;
        await talker.WriteAsync("/menu");
        await talker.WaitForAsync("menu.title");
        output.WriteLine($"Dilan was answered {rounds + 1} times after the offer; the storm was sent after {clock.Elapsed.TotalSeconds:0.0} s");
        var nadia = kiosk.Person(8202, "Nadia", "fa");
        await nadia.OnboardAsync();
        await Eventually.True(() => database.Run(() => database.Outbox.Count(entry => entry.Status == OutboxStatus.Pending)) == 0, "every answer sent", timeoutSeconds: 60);
        output.WriteLine($"{sent} storm updates (seed {Seed}, {Rate}/s) and the conversations took {clock.Elapsed.TotalSeconds:0.0} s; " +
            $"{kiosk.Log.Lines.Count(line => line.Text.Contains("cannot be read", StringComparison.Ordinal))} unreadable, " +
            string.Join(", ", kiosk.Log.Lines.Where(line => line.Text.Contains("cannot be read", StringComparison.Ordinal)).GroupBy(line => line.Text[(line.Text.IndexOf('(', StringComparison.Ordinal) + 1)..]).OrderByDescending(g => g.Count()).Take(8).Select(g => $"{g.Count()} {g.Key}")) + "; " +
            $"{database.Run(() => database.Members.Count())} members, {database.Run(() => database.Offers.Count())} offers, {database.Run(() => database.Requests.Count())} requests, {database.Run(() => database.Outbox.Count())} answers stored");

        var errors = kiosk.Log.Errors.ToList();
        Assert.True(errors.Count == 0, $"{errors.Count} errors, distinct:\n" + string.Join("\n=====\n", errors.Select(e => string.Join("\n", e.Split('\n').Skip(1).Take(6))).Distinct().Take(8)));
        Assert.Equal(before, Stored(database, settled));
        var said = await talker.BotTextsAsync();
        var expected = new[] { T("tr", "onboarding.choose_language"), T("tr", "privacy.notice"), T("tr", "menu.title"), T("tr", "form.summary") }
            .Concat(Enumerable.Repeat(T("tr", "menu.title"), rounds + 1));
        Assert.True(InOrder(said, expected), "Dilan's answers out of order:\n" + string.Join("\n---\n", said));
        Assert.Contains(database.Run(() => database.Offers.FindAll().ToList()), offer => offer.MemberId == 8201 && offer.District == "altona-altstadt");
    }

    private static async Task<int> SendStormAsync(KioskUnderTest kiosk, IEnumerable<string> updates)
    {
        // Paced so the storm lasts while the person talks: unpaced, 10,000 updates queue up faster than any bot handles them.
        var sent = 0;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(updates, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (json, ct) =>
        {
            var due = TimeSpan.FromSeconds(Interlocked.Increment(ref sent) / (double)Rate) - clock.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, ct);
            }

            using var content = new StringContent(json, Encoding.UTF8, "application/json");
            var response = await kiosk.Http.PostAsync("/emulator/updates", content, ct);
            Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode} for {json}");
        });
        return sent;
    }

    // The people's stored member, chat, offers and requests, as LiteDB documents.
    private static Dictionary<string, string> Stored(KioskDatabase database, long[] people)
    {
        var mapper = database.Run(() => database.Database.Mapper);
        var stored = new Dictionary<string, string>();
        foreach (var id in people)
        {
            var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            stored[key] = string.Join("\n", new[]
            {
                database.Run(() => database.Members.FindById(id)) is { } member ? mapper.ToDocument(member).ToString() : "",
                database.Run(() => database.Database.GetCollection("chats").FindById(id))?.ToString() ?? "",
            }.Concat(database.Run(() => database.Offers.FindAll().Where(o => o.MemberId == id).Select(o => mapper.ToDocument(o).ToString()).ToList()))
             .Concat(database.Run(() => database.Requests.FindAll().Where(r => r.MemberId == id).Select(r => mapper.ToDocument(r).ToString()).ToList())));
        }

        return stored;
    }

    private static bool InOrder(IReadOnlyList<string> said, IEnumerable<string> expected)
    {
        var at = 0;
        foreach (var start in expected)
        {
            while (at < said.Count && !said[at].StartsWith(start, StringComparison.Ordinal))
            {
                at++;
            }

            if (at++ >= said.Count)
            {
                return false;
            }
        }

        return true;
    }
}
