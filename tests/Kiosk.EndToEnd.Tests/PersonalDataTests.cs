using System.Net.Http.Json;
using System.Text.Json;
using Kiosk.Storage;
using LiteDB;

namespace Kiosk.EndToEnd.Tests;

/// <summary>/mydata and /delete through the real host and the emulator, after a match in which both shared contact data.</summary>
public sealed class PersonalDataTests
{
    private sealed record FileMessage(int MessageId, bool FromBot, string? Text, string? Document);

    private static string T(string language, string key, params (string, object?)[] args) => KioskUnderTest.Localizer.Text(language, key, args);

    [Fact]
    public async Task A_neighbour_gets_their_data_without_the_newcomer_s_contact_and_after_delete_nothing_stored_knows_them()
    {
        await using var kiosk = await KioskUnderTest.StartAsync();
        var amina = kiosk.Person(7601, "Amina", "ar", username: "amina_h");
        var jens = kiosk.Person(7602, "Jens", "de", username: "jens_k");
        await amina.OfferBikeRepairAsync();
        await amina.WaitForAsync("offer.saved");
        await jens.AskForHelpAsync("Kann jemand mein Fahrrad reparieren? In Ottensen, Große Bergstraße 17, egal wann");
        await jens.WaitForStartAsync("👤 Amina");
        await jens.PressStartingWithAsync("match:ask:");
        await amina.PressStartingWithAsync("match:yes:");
        await jens.PressStartingWithAsync("match:share:");
        await amina.PressStartingWithAsync("match:phone:");
        await amina.WriteAsync("+49 151 23456789");
        await amina.WaitForAsync("match.shared_contact", ("name", "Jens"), ("contact", "\u2068@jens_k\u2069"));

        await jens.WriteAsync("/mydata");
        await jens.WaitForAsync("mydata.caption");
        var file = (await kiosk.Http.GetFromJsonAsync<List<FileMessage>>($"/emulator/chats/{jens.UserId}/messages?after=0", KioskUnderTest.Json))!
            .Single(message => message.FromBot && message.Document is not null);
        var data = await kiosk.Http.GetStringAsync(file.Document);
        var match = Assert.Single(JsonDocument.Parse(data).RootElement.GetProperty("matches").EnumerateArray().ToList());
        Assert.Equal(("jens_k", "Amina"), (match.GetProperty("myUsername").GetString(), match.GetProperty("otherFirstName").GetString()));
        Assert.Contains("mein Fahrrad reparieren? In Ottensen", data, StringComparison.Ordinal);
        // Whole words only: a random id like "c7601a3dea23" is not Amina's Telegram id 7601.
        foreach (var secret in new[] { "amina_h", "23456789", "7601" })
        {
            Assert.DoesNotMatch($@"(?<![0-9A-Za-z_]){secret}(?![0-9A-Za-z_])", data);
        }

        await jens.WriteAsync("/delete");
        await jens.PressAsync("delete:yes");
        await jens.WaitForAsync("delete.done");
        await kiosk.StopBotAsync();

        using var database = new KioskDatabase(kiosk.DatabasePath);
        var traces = (from name in database.Run(() => database.Database.GetCollectionNames().ToList())
                      from document in database.Run(() => database.Database.GetCollection(name).FindAll().ToList())
                      where Values(document).Any(value => value.IsNumber && value.AsInt64 == jens.UserId
                          || value.IsString && (value.AsString.Contains("Jens", StringComparison.Ordinal) || value.AsString.Contains("jens_k", StringComparison.Ordinal)
                              // His own words (an address) in the copy Amina got, which does not name him.
                              || value.AsString.Contains("Große Bergstraße 17", StringComparison.Ordinal)))
                      select $"{name}: {document}").ToList();
        Assert.True(traces.Count == 0, "Still stored: " + string.Join("\n", traces));
        Assert.NotNull(database.Run(() => database.Members.FindById(7601)));
    }

    private static IEnumerable<BsonValue> Values(BsonValue value) => value switch
    {
        BsonDocument document => document.Values.SelectMany(Values),
        BsonArray array => array.SelectMany(Values),
        _ => [value],
    };
}
