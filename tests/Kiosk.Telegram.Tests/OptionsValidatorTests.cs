namespace Kiosk.Telegram.Tests;

public sealed class OptionsValidatorTests
{
    [Theory]
    [InlineData(null, "Telegram:Token (env Telegram__Token) is missing")]
    [InlineData("not-a-token", "Telegram:Token (env Telegram__Token) is not a bot token")]
    public void A_bad_token_is_named_with_its_key_and_never_echoed(string? token, string expected)
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { Token = token });
        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith(expected, failure, StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-token", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_good_configuration_passes()
    {
        Assert.True(new TelegramOptionsValidator().Validate(null, new TelegramOptions { Token = "123456:ABC-def_1", ApiBaseUrl = "http://127.0.0.1:5080" }).Succeeded);
    }

    [Fact]
    public void The_api_base_url_must_be_http()
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { Token = "1:a", ApiBaseUrl = "ftp://x" });
        Assert.Contains(result.Failures!, failure => failure.StartsWith("Telegram:ApiBaseUrl", StringComparison.Ordinal));
    }
}
