using System.Text.Json;

namespace Kiosk.Bot.Tests;

public sealed class UnderstandCommandTests
{
    [Fact]
    public void A_message_is_printed_as_one_line_of_json()
    {
        var (code, output) = Run(["--language", "de", "--now", "2026-11-25T10:00", "Brauche Samstag Vormittag Hilfe beim Umzug in Ottensen"], "");

        Assert.Equal(0, code);
        var json = JsonDocument.Parse(Assert.Single(output)).RootElement;
        Assert.Equal("de", json.GetProperty("language").GetString());
        Assert.Equal("moving", json.GetProperty("category").GetString());
        Assert.Equal("2026-11-28T08:00", json.GetProperty("when").GetProperty("start").GetString());
        Assert.Equal("2026-11-28T12:00", json.GetProperty("when").GetProperty("end").GetString());
        Assert.Equal("ottensen", json.GetProperty("district").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("price").ValueKind);
    }

    [Fact]
    public void Without_text_it_reads_one_message_per_line_and_answers_in_order()
    {
        var (code, output) = Run(["--language", "en", "--now", "2026-11-25T10:00"], "bike repair tomorrow\nhello there\nI pay 20 euros\n");

        Assert.Equal(0, code);
        Assert.Equal(3, output.Count);
        Assert.Equal("bikes", JsonDocument.Parse(output[0]).RootElement.GetProperty("category").GetString());
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(output[1]).RootElement.GetProperty("category").ValueKind);
        Assert.Equal(20, JsonDocument.Parse(output[2]).RootElement.GetProperty("price").GetProperty("amount").GetDecimal());
    }

    [Fact]
    public void An_unknown_language_is_a_clear_error()
    {
        var error = new StringWriter();
        Assert.Equal(2, UnderstandCommand.Run(["--language", "xx", "hallo"], new StringReader(""), new StringWriter(), error));
        Assert.Contains("unknown language 'xx'", error.ToString(), StringComparison.Ordinal);
    }

    private static (int Code, List<string> Lines) Run(string[] args, string input)
    {
        var output = new StringWriter();
        var code = UnderstandCommand.Run(args, new StringReader(input), output, new StringWriter());
        return (code, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList());
    }
}
