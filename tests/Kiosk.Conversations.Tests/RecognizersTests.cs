using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace Kiosk.Conversations.Tests;

/// <summary>Microsoft.Recognizers.Text restores through Recognizers.targets and runs on net10.0.</summary>
public sealed class RecognizersTests
{
    [Theory]
    [InlineData("Brauche Samstag Hilfe beim Umzug", Culture.German, "2026-11-28")]
    [InlineData("can someone help me tomorrow", Culture.English, "2026-11-26")]
    public void Dates_resolve_forward_from_the_reference_day(string text, string culture, string expectedDate)
    {
        var reference = new DateTime(2026, 11, 25, 10, 0, 0, DateTimeKind.Unspecified);
        var results = DateTimeRecognizer.RecognizeDateTime(text, culture, DateTimeOptions.None, reference);

        var values = (List<Dictionary<string, string>>)Assert.Single(results).Resolution["values"];
        Assert.Contains(values, value => value.GetValueOrDefault("value") == expectedDate);
    }
}
