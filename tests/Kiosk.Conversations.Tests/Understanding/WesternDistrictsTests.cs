using Kiosk.Conversations.Tests.Engine;

namespace Kiosk.Conversations.Tests.Understanding;

/// <summary>Blankenese, Iserbrook, Nienstedten, Rissen and Sülldorf are read as written in every script.</summary>
public sealed class WesternDistrictsTests
{
    [Theory]
    [InlineData("Brauche Hilfe beim Umzug in Blankenese", "de", "blankenese")]
    [InlineData("I live in Suelldorf", "en", "suelldorf")]
    [InlineData("أسكن في ريسن", "ar", "rissen")]
    [InlineData("من در ایزربروک زندگی می‌کنم", "fa", "iserbrook")]
    [InlineData("живу в Нинштедтен", "ru", "nienstedten")]
    [InlineData("Ріссен, біля станції", "uk", "rissen")]
    [InlineData("Sülldorf'ta oturuyorum", "tr", "suelldorf")]
    public void The_district_is_found(string text, string language, string district) =>
        Assert.Equal(district, ChatFlow.Recognizers.District.Recognize(text, language));
}
