using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using NodaTime;

namespace Kiosk.Bot.Desk;

/// <summary>
/// Telegram Mini App sign-in (<c>Telegram.WebApp.initData</c>), checked as Telegram documents it: the fields but
/// <c>hash</c>, sorted, joined "key=value" by newlines, signed with HMAC-SHA256 under HMAC-SHA256("WebAppData", token).
/// </summary>
public static class InitData
{
    /// <summary>How old a sign-in may be.</summary>
    public static readonly Duration MaxAge = Duration.FromDays(1);

    /// <summary>Who signed in.</summary>
    /// <param name="UserId">The Telegram user id.</param>
    /// <param name="Hash">The signature (to refuse a second login with the same sign-in).</param>
    public sealed record SignedIn(long UserId, string Hash);

    /// <summary>The person, or null when the data is not signed with this token, is too old, or names nobody.</summary>
    public static SignedIn? Check(string initData, string botToken, Instant now)
    {
        Dictionary<string, string> fields;
        try
        {
            fields = QueryHelpers.ParseQuery(initData).ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.Ordinal);
        }
        catch (ArgumentException)
        {
            return null;
        }

        if (!fields.Remove("hash", out var hash) || hash.Length != 64 || !fields.TryGetValue("auth_date", out var authDate)
            || !long.TryParse(authDate, System.Globalization.CultureInfo.InvariantCulture, out var seconds) || !fields.TryGetValue("user", out var user))
        {
            return null;
        }

        byte[] given;
        try
        {
            given = Convert.FromHexString(hash);
        }
        catch (FormatException)
        {
            return null;
        }

        if (!CryptographicOperations.FixedTimeEquals(given, Signature(fields, botToken)))
        {
            return null;
        }

        var signedAt = Instant.FromUnixTimeSeconds(seconds);
        if (now - signedAt > MaxAge || signedAt - now > Duration.FromMinutes(5))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(user);
            return json.RootElement.TryGetProperty("id", out var id) && id.TryGetInt64(out var userId) && userId > 0 ? new SignedIn(userId, hash.ToLowerInvariant()) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The signature of the fields (without "hash").</summary>
    public static byte[] Signature(IReadOnlyDictionary<string, string> fields, string botToken)
    {
        var secret = HMACSHA256.HashData(Encoding.UTF8.GetBytes("WebAppData"), Encoding.UTF8.GetBytes(botToken));
        var check = string.Join('\n', fields.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={pair.Value}"));
        return HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(check));
    }
}
