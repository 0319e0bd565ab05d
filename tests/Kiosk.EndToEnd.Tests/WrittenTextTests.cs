using System.Text;

namespace Kiosk.EndToEnd.Tests;

/// <summary>
/// Texts with an emoji exactly where the bot cuts them (80 on a card, 500 for a quick request, 3,500 in the relay),
/// lone surrogates and bidi controls in a name: every turn is stored and everybody is answered. Before, half an emoji
/// made LiteDB's strict UTF-8 encoder throw, the turn rolled back and nobody was told.
/// </summary>
public sealed class WrittenTextTests
{
    private static string T(string language, string key, params (string, object?)[] args) => KioskUnderTest.Localizer.Text(language, key, args);

    /// <summary><paramref name="start"/>, filler up to <paramref name="length"/>, with an emoji's first half at each of <paramref name="cuts"/> minus one.</summary>
    private static string WithEmojiAtCuts(string start, int length, params int[] cuts)
    {
        var text = new StringBuilder(start);
        while (text.Length < length)
        {
            text.Append(cuts.Contains(text.Length + 1) ? "🚲" : "a");
        }

        return text.ToString();
    }

    [Fact]
    public async Task Emoji_at_every_cut_and_a_lone_surrogate_reach_the_other_side_and_a_forged_name_shows_without_bidi_controls()
    {
        await using var kiosk = await KioskUnderTest.StartAsync();
        var jens = kiosk.Person(7401, "Jens", "de");
        var amina = kiosk.Person(7402, "\u202EAmina\u200B\u2066", "ar");

        // The request waits for someone; its words are cut at 500 when stored and at 80 on the card of a new offer.
        var request = WithEmojiAtCuts("Kann jemand mein Fahrrad reparieren? In Ottensen, egal wann ", 700, 80, 500);
        await jens.OnboardAsync();
        await jens.WriteAsync(request);
        // The run of "a" and the emoji do not hide the bike: straight to the summary.
        var summary = await jens.WaitForStartAsync(T("de", "form.summary"));
        Assert.Contains(T("de", "categories.bikes.name"), summary, StringComparison.Ordinal);
        await jens.PressAsync("form:confirm");
        await jens.WaitForAsync("request.saved_none");
        await amina.OfferBikeRepairAsync("ottensen");
        var news = await jens.WaitForStartAsync(T("de", "match.new_offer", ("request", "x")).Split('„')[0]);
        Assert.Contains(request[..79] + "…", news, StringComparison.Ordinal);
        Assert.Contains("👤 Amina", news, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', news);

        await jens.PressStartingWithAsync("match:ask:");
        var asked = await amina.WaitForStartAsync(T("ar", "match.request_for_you", ("category", "x"), ("when", "x"), ("district", "x"), ("details", "x")).Split('\n')[0]);
        Assert.Contains(request[..499] + "…", asked, StringComparison.Ordinal);
        await amina.PressStartingWithAsync("match:yes:");
        await jens.PressStartingWithAsync("match:relay:");
        await amina.WaitForAsync("match.relay_open", ("name", "Jens"));

        var letter = WithEmojiAtCuts("Hallo Amina! ", 5000, 3500);
        await jens.WriteAsync(letter);
        await amina.WaitForTextAsync("\u2068" + letter[..3499] + "…\u2069", contains: true);

        await jens.WriteAsync("Bis gleich \uD83D");
        await amina.WaitForTextAsync("\u2068Bis gleich \uFFFD\u2069", contains: true);
        await amina.WriteAsync("نعم");
        await jens.WaitForTextAsync("\u2068نعم\u2069", contains: true);
        Assert.Empty(kiosk.Log.Errors);
    }
}
