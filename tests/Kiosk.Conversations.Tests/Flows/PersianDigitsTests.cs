using Kiosk.Conversations.Tests.Engine;

namespace Kiosk.Conversations.Tests.Flows;

/// <summary>Farsi and Pashto readers see numbers, dates and times in their own digits, also when they typed Latin ones.</summary>
public sealed class PersianDigitsTests
{
    [Theory]
    [InlineData("fa", "فردا ساعت 16 دوچرخه‌ام پنچر شده، اوتنزن")]
    [InlineData("ps", "سبا ساعت 16 زما بایسکل خراب دی، اوتنزن")]
    public void A_quick_request_is_summed_up_in_Persian_digits(string language, string text)
    {
        var chat = new ChatFlow(language, firstName: "Mina");
        chat.Send("/start").Press($"lang:{language}").Press("privacy:yes");

        chat.Send(text);
        if (chat.Messages.SelectMany(message => message.Buttons ?? []).SelectMany(row => row).Any(button => button.Data == "quick:request"))
        {
            chat.Press("quick:request");
        }

        // The person's own words stay as they were typed; everything the bot writes uses Persian digits.
        var summary = chat.Messages.Select(message => ChatFlow.Plain(message.Text).Replace(text, "", StringComparison.Ordinal)).ToList();
        Assert.True(summary.Any(message => message.Contains("۱۶", StringComparison.Ordinal)), string.Join("\n---\n", summary));
        var latin = summary.Where(message => message.Any(char.IsAsciiDigit)).ToList();
        Assert.True(latin.Count == 0, string.Join("\n---\n", latin).Replace("\n", " / ", StringComparison.Ordinal));
        var buttons = chat.ButtonLabels().Where(label => label.Any(char.IsAsciiDigit)).ToList();
        Assert.True(buttons.Count == 0, string.Join("\n", buttons));
    }
}
