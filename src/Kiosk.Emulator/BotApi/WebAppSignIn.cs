using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Kiosk.Emulator.BotApi;

/// <summary>
/// What Telegram hands a Mini App about the person who opened it (<c>initData</c>), signed as Telegram signs it, so
/// that a page opened from the web chat signs in as that person.
/// </summary>
public static class WebAppSignIn
{
    /// <summary>The query string of initData for the person, signed with the bot's token.</summary>
    public static string For(string botToken, long userId, string firstName, string? languageCode, DateTimeOffset at)
    {
        var user = new JsonObject { ["id"] = userId, ["first_name"] = firstName };
        if (languageCode is not null)
        {
            user["language_code"] = languageCode;
        }

        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["auth_date"] = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            ["query_id"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)),
            ["user"] = user.ToJsonString(),
        };
        var secret = HMACSHA256.HashData(Encoding.UTF8.GetBytes("WebAppData"), Encoding.UTF8.GetBytes(botToken));
        var hash = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(string.Join('\n', fields.Select(pair => $"{pair.Key}={pair.Value}"))));
        return string.Join('&', fields.Select(pair => $"{pair.Key}={Uri.EscapeDataString(pair.Value)}")) + "&hash=" + Convert.ToHexStringLower(hash);
    }
}
