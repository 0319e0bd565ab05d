using Kiosk.Bot.Desk;
using NodaTime;

namespace Kiosk.Bot.Tests;

/// <summary>Telegram's Mini App sign-in, checked against data signed outside this code base (Python's hmac, as Telegram documents it).</summary>
public sealed class InitDataTests
{
    // python3: secret = hmac(b"WebAppData", token); hash = hmac(secret, "auth_date=…\nquery_id=…\nuser=…").hexdigest()
    private const string Signed = "auth_date=1795000000&query_id=AAHdF6IQAAAAAN0XohDhrOrc&user=%7B%22id%22%3A501%2C%22first_name%22%3A%22Jonas%22%2C%22language_code%22%3A%22de%22%7D&hash=f6af6c79f26042ffc7e653a35ff0f109b07b24d16c026e10e9a29e0023bfe74c";
    private static readonly Instant SignedAt = Instant.FromUnixTimeSeconds(1795000000);

    [Fact]
    public void Data_signed_with_the_bot_s_token_names_the_person() =>
        Assert.Equal(501, InitData.Check(Signed, BotHostFactory.Token, SignedAt + Duration.FromHours(3))?.UserId);

    [Fact]
    public void Another_token_a_changed_field_a_missing_hash_or_a_day_old_sign_in_is_refused()
    {
        var later = SignedAt + Duration.FromHours(3);
        Assert.Null(InitData.Check(Signed, "654321:another-bot", later));
        Assert.Null(InitData.Check(Signed.Replace("%3A501%2C", "%3A502%2C", StringComparison.Ordinal), BotHostFactory.Token, later));
        Assert.Null(InitData.Check(Signed[..Signed.IndexOf("&hash=", StringComparison.Ordinal)], BotHostFactory.Token, later));
        Assert.Null(InitData.Check(Signed.Replace("&hash=f6", "&hash=f7", StringComparison.Ordinal), BotHostFactory.Token, later));
        Assert.Null(InitData.Check(Signed, BotHostFactory.Token, SignedAt + Duration.FromDays(1) + Duration.FromSeconds(1)));
        Assert.Null(InitData.Check("%%%&&&=", BotHostFactory.Token, later));
    }
}
