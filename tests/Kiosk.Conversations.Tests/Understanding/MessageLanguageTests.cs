using Kiosk.Conversations.Tests.Engine;

namespace Kiosk.Conversations.Tests.Understanding;

/// <summary>The language note on relayed messages: right for everyday chat lines, absent when unclear.</summary>
public sealed class MessageLanguageTests
{
    [Theory]
    [InlineData("Hallo Amina, passt dir 17 Uhr am Samstag?", "de")]
    [InlineData("Bin in zehn Minuten da, klingel einfach unten", "de")]
    [InlineData("Sorry, the bus is late, I will be there at half past", "en")]
    [InlineData("نعم، الساعة 17 مناسبة", "ar")]
    [InlineData("وصلت عند الباب، أين أنت؟", "ar")]
    [InlineData("سلام، من فردا ساعت پنج می‌آیم", "fa")]
    [InlineData("Добрий день, я вже біля під'їзду", "uk")]
    [InlineData("Здравствуйте, я подъеду к шести часам", "ru")]
    [InlineData("Merhaba, yarın saat beşte gelirim", "tr")]
    public void Everyday_chat_lines_are_named_in_their_language(string text, string language) =>
        Assert.Equal(language, ChatFlow.Recognizers.MessageLanguage.Of(text));

    [Theory]
    [InlineData("ok")]
    [InlineData("👍")]
    [InlineData("17:00")]
    public void Lines_without_a_clear_language_get_no_note(string text) => Assert.Null(ChatFlow.Recognizers.MessageLanguage.Of(text));
}
