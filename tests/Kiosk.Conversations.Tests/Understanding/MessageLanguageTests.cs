using Kiosk.Conversations.Tests.Engine;

namespace Kiosk.Conversations.Tests.Understanding;

/// <summary>
/// The language note on relayed messages: never a wrong language, named for most everyday chat lines, absent when
/// unclear. The rates on 536 held-out chat lines are checked in <see cref="UnderstandingAccuracyTests"/>.
/// </summary>
public sealed class MessageLanguageTests
{
    private static readonly (string Text, string Language)[] ChatLines =
    [
        ("Hallo Amina, passt dir 17 Uhr am Samstag?", "de"),
        ("Bin in zehn Minuten da, klingel einfach unten", "de"),
        ("Sorry, the bus is late, I will be there at half past", "en"),
        ("نعم، الساعة 17 مناسبة", "ar"),
        ("وصلت عند الباب، أين أنت؟", "ar"),
        ("سلام، من فردا ساعت پنج می‌آیم", "fa"),
        ("Добрий день, я вже біля під'їзду", "uk"),
        ("Здравствуйте, я подъеду к шести часам", "ru"),
        ("Merhaba, yarın saat beşte gelirim", "tr"),
        ("Waan imanayaa, toban daqiiqo ayaan ku imanayaa", "so"),
        ("Je suis devant la porte, tu peux m'ouvrir ?", "fr"),
        ("زه اوس ستاسو د کور مخې ته ولاړ یم", "ps"),
    ];

    [Fact]
    public void Everyday_chat_lines_are_never_named_wrong_and_mostly_named()
    {
        var named = ChatLines.Select(line => (line.Text, line.Language, Named: ChatFlow.Recognizers.MessageLanguage.Of(line.Text))).ToList();
        Assert.All(named, line => Assert.True(line.Named is null || line.Named == line.Language, $"{line.Text}: named {line.Named}"));
        Assert.True(named.Count(line => line.Named == line.Language) >= 10, "named: " + string.Join(", ", named.Select(line => line.Named ?? "-")));
    }

    [Theory]
    [InlineData("ok")]
    [InlineData("👍")]
    [InlineData("17:00")]
    public void Lines_without_a_clear_language_get_no_note(string text) => Assert.Null(ChatFlow.Recognizers.MessageLanguage.Of(text));
}
