using System.Globalization;
using System.Net.Http.Json;
using CsvHelper;
using Kiosk.Conversations.Flows.Coordinators;

namespace Kiosk.EndToEnd.Tests;

/// <summary>The team's /stats, /export and /poster through the real host and the emulator.</summary>
public sealed class FiguresTests
{
    private sealed record FileMessage(int MessageId, bool FromBot, string? Text, string? Photo, string? Document);

    private static string T(string language, string key, params (string, object?)[] args) => KioskUnderTest.Localizer.Text(language, key, args);

    [Fact]
    public async Task A_coordinator_sees_the_figures_exports_them_without_names_and_gets_a_poster()
    {
        await using var kiosk = await KioskUnderTest.StartAsync(null, ("Kiosk:Coordinators:0", "7903"));
        var amina = kiosk.Person(7901, "Amina", "ar");
        var jens = kiosk.Person(7902, "Jens", "de");
        var team = kiosk.Person(7903, "Katrin", "en");
        await OfferBikeRepair(amina);
        await jens.OnboardAsync();
        await jens.WriteAsync("Kann jemand morgen mein Fahrrad reparieren? In Ottensen");
        await jens.WaitForStartAsync(T("de", "form.summary"));
        await jens.PressAsync("form:confirm");
        await jens.PressStartingWithAsync("match:ask:");
        await jens.WaitForAsync("match.asked", ("name", "Amina"));
        await team.OnboardAsync();

        await team.WriteAsync("/stats");
        var stats = await team.WaitForStartAsync(T("en", "figures.title", ("date", "11/25/2026")));
        Assert.Contains(T("en", "figures.people", ("count", 3), ("offer_only", 1), ("request_only", 1), ("both", 0), ("neither", 1)), stats, StringComparison.Ordinal);
        Assert.Contains(T("en", "figures.median_wait", ("time", T("en", "figures.minutes", ("minutes", 0)))), stats, StringComparison.Ordinal);

        await team.WriteAsync("/export");
        await team.WaitForAsync("figures.export_records");
        var files = await FilesAsync(kiosk, team);
        var records = await kiosk.Http.GetStringAsync(files.Last(file => file.Document is not null).Document);
        using (var reader = new CsvReader(new StringReader(records), CultureInfo.InvariantCulture))
        {
            var rows = reader.GetRecords<RecordRow>().ToList();
            Assert.Equal(["offer", "request"], rows.Select(row => row.Kind));
            Assert.Equal(("bikes", "open"), (rows[1].Category, rows[1].Status));
            Assert.NotEqual("", rows[1].FirstProposalAt);
        }

        foreach (var secret in new[] { "Amina", "Jens", "Katrin", "Fahrrad", "7901", "7902", "7903" })
        {
            Assert.DoesNotContain(secret, records, StringComparison.OrdinalIgnoreCase);
        }

        await team.WriteAsync("/poster");
        await team.PressAsync("coord:fig:poster:ar");
        await team.PressAsync("coord:fig:poster:ar:offer");
        await team.WaitForTextAsync(T("ar", "figures.poster_caption_offer"));
        var poster = await kiosk.Http.GetByteArrayAsync((await FilesAsync(kiosk, team)).Single(file => file.Photo is not null).Photo);
        Assert.Equal(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }, poster[..8]);
    }

    private static async Task<List<FileMessage>> FilesAsync(KioskUnderTest kiosk, Person person) =>
        (await kiosk.Http.GetFromJsonAsync<List<FileMessage>>($"/emulator/chats/{person.UserId}/messages?after=0", KioskUnderTest.Json))!
            .Where(message => message.FromBot && (message.Photo ?? message.Document) is not null).ToList();

    private static async Task OfferBikeRepair(Person newcomer)
    {
        await newcomer.OfferBikeRepairAsync();
        await newcomer.WaitForAsync("offer.saved");
    }
}
