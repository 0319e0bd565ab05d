using Kiosk.Conversations.Localization;
using Kiosk.Conversations.Understanding;
using NodaTime;
using Xunit.Abstractions;

namespace Kiosk.Conversations.Tests.Understanding;

/// <summary>
/// Quick requests as people write them (tests/.../Understanding/Corpus/*.tsv: text, category, day), read
/// as if sent on Wednesday 2026-11-25 10:00 in Hamburg. Reports accuracy per language; fails below 90%
/// for the category or 85% for the day.
/// </summary>
public sealed class CorpusAccuracyTests(ITestOutputHelper output)
{
    private static readonly QuickRequestReader Reader = QuickRequestReader.Create(new Lexicons(Catalogs.Load(Catalogs.DefaultDirectory)));
    private static readonly LocalDateTime Now = new(2026, 11, 25, 10, 0);

    public static TheoryData<string> Languages() => new("de", "en", "ar", "fa", "uk", "ru", "tr");

    [Theory]
    [MemberData(nameof(Languages))]
    public void Quick_requests_are_understood_well_enough(string language)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Understanding", "Corpus", $"{language}.tsv"))
            .Where(line => line.Length > 0).Select(line => line.Split('\t')).ToList();
        Assert.True(lines.Count >= 40, $"{language}: only {lines.Count} lines");

        var categoryHits = 0;
        var dayHits = 0;
        foreach (var (text, category, day) in lines.Select(l => (l[0], l[1], l[2])))
        {
            var understood = Reader.Read(text, language, Now);
            var gotDay = understood.When is null or { IsFlexible: true } ? "flexible" : understood.When.Start!.Value.Date.ToString("uuuu-MM-dd", null);
            categoryHits += understood.Category == category ? 1 : 0;
            dayHits += gotDay == day ? 1 : 0;
            if (understood.Category != category || gotDay != day)
            {
                output.WriteLine($"MISS {language}: {text}\n     category {understood.Category ?? "-"} (want {category}), day {gotDay} (want {day})");
            }
        }

        var categoryAccuracy = (double)categoryHits / lines.Count;
        var dayAccuracy = (double)dayHits / lines.Count;
        output.WriteLine($"{language}: category {categoryAccuracy:P0}, day {dayAccuracy:P0} of {lines.Count} requests");
        Assert.True(categoryAccuracy >= 0.90, $"{language}: category accuracy {categoryAccuracy:P1} is below 90%");
        Assert.True(dayAccuracy >= 0.85, $"{language}: day accuracy {dayAccuracy:P1} is below 85%");
    }
}
