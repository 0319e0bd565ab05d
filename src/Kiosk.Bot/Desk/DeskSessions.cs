using System.Collections.Concurrent;
using System.Security.Cryptography;
using NodaTime;

namespace Kiosk.Bot.Desk;

/// <summary>
/// Signed-in desk sessions, in memory (a restart signs everyone out). A session's token travels in the Authorization
/// header, never in a cookie, so another site cannot make a browser act with it (no CSRF). A Mini App sign-in opens
/// one session only: the same initData again is a replay.
/// </summary>
public sealed class DeskSessions
{
    /// <summary>How long a session lasts.</summary>
    public static readonly Duration Lifetime = Duration.FromHours(8);

    private readonly ConcurrentDictionary<string, (long UserId, Instant Until)> sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Instant> usedSignIns = new(StringComparer.Ordinal);

    /// <summary>True the first time a sign-in (its signature) is shown; false for a replay.</summary>
    public bool FirstUse(string signIn, Instant now)
    {
        foreach (var (key, _) in usedSignIns.Where(pair => pair.Value < now).ToList())
        {
            usedSignIns.TryRemove(key, out _);
        }

        return usedSignIns.TryAdd(signIn, now + InitData.MaxAge + Duration.FromMinutes(10));
    }

    /// <summary>A new session for the person.</summary>
    public string Open(long userId, Instant now)
    {
        foreach (var (key, _) in sessions.Where(pair => pair.Value.Until < now).ToList())
        {
            sessions.TryRemove(key, out _);
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        sessions[token] = (userId, now + Lifetime);
        return token;
    }

    /// <summary>Whose session this is, or null when there is none (or it ran out).</summary>
    public long? Who(string token, Instant now) =>
        sessions.TryGetValue(token, out var session) && session.Until > now ? session.UserId : null;
}
