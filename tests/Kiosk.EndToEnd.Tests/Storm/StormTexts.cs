using System.Text;

namespace Kiosk.EndToEnd.Tests.Storm;

/// <summary>The nasty strings of the storm: texts, commands and button data real Telegram could deliver (and some it could not).</summary>
public static class StormTexts
{
    /// <summary>Stands for a lone high surrogate; replaced by the escape <c>\ud83d</c> in the JSON text sent.</summary>
    public const string LoneHigh = "~~LONE-HIGH~~";

    /// <summary>Stands for a lone low surrogate; replaced by <c>\udc00</c> in the JSON text sent.</summary>
    public const string LoneLow = "~~LONE-LOW~~";

    private static readonly string[] Commands =
    [
        "/", "/@", "/@NaaKioskBot", "/start@OtherBot", "/start@NaaKioskBot", "/START", "/Start", "/start@", "//start", "/ start",
        "/start " + new string('x', 500), "/" + new string('a', 300), "/unknown", "/menu@OtherBot extra words", "/offer", "/request",
        "/help", "/language", "/cancel", "/menu", "/end", "/mydata", "/start abc", "/start " + LoneHigh, "/kiosk", "/queue", "/stats",
        "/export", "/events", "/review", "/mute", "/unmute", "/advice", "/poster", "/start\u200B", "/\u202Estart", "/старт", "/ابدأ",
    ];

    private static readonly string[] Broken = [LoneHigh, LoneLow, "a" + LoneHigh + "b", LoneLow + LoneHigh, "/start" + LoneLow];

    private static readonly string[] Words =
    [
        "Fahrrad reparieren Samstag Ottensen", "Brauche Hilfe beim Umzug morgen", "Ich kann nähen", "help", "ja", "nein", "0", "-1",
        "99999999999999999999999", "NaN", "null", "undefined", "<script>alert(1)</script>", "'; DROP TABLE members; --", "{\"$where\":1}",
        "%s%s%s%n", "${jndi:ldap://x}", "../../etc/passwd", "\\u0000", "Samstag 25 Uhr", "31.02.2026", "heute gestern morgen",
    ];

    private static readonly string[] Odd =
    [
        "", " ", "\n\n\n", "\t", "\0", "\u0001\u0002\u0007", "\r\n\r\n", "\u200B", "\u200B\u200C\u200D\uFEFF\u2060", "\u200F\u200E",
        "\u202Eevil\u202C", "\u2066\u2067\u2068\u2069", "\u061C", "😀", "👨‍👩‍👧‍👦", "🏳️‍🌈🏳️‍🌈🏳️‍🌈", "🇩🇪🇸🇾🇺🇦", "❤️", "\uFFFD", "\uFFFF", "\U0010FFFF",
        "Z\u0335\u0321\u0322\u0327\u0328\u0334\u0336\u0337\u0338\u0300\u0301\u0302\u0303",
        "مرحبا \u202Dhello\u202C بالعربي", "سلام، دوچرخه‌ام خراب است", "Привіт", "ß\u0130\u0131", "\u00A0\u2028\u2029",
    ];

    /// <summary>A random nasty text: odd characters, commands, words, or 4,096 and more characters.</summary>
    public static string Text(Random random) => random.Next(10) switch
    {
        0 => Long(random),
        1 or 2 => Pick(random, Commands),
        3 or 4 => Pick(random, Words),
        5 => string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => Pick(random, Odd))),
        6 => RandomChars(random, random.Next(1, 200)),
        7 => Pick(random, Broken), // Telegram.Bot cannot read these: the whole update is skipped
        _ => Pick(random, Odd),
    };

    /// <summary>Button data nobody showed: known verbs with junk, 64 bytes and more, binary-looking, other people's ids.</summary>
    public static string ButtonData(Random random, IReadOnlyList<string> realIds) => random.Next(12) switch
    {
        0 => new string('x', random.Next(64, 300)),
        1 => RandomChars(random, random.Next(1, 80)),
        2 => "",
        3 => $"{Pick(random, Verbs)}:{Pick(random, Verbs)}:{(realIds.Count == 0 ? "1" : Pick(random, realIds))}",
        4 => $"match:{Pick(random, ["yes", "no", "ask", "relay", "end", "share"])}:{(realIds.Count == 0 ? "x" : Pick(random, realIds))}",
        5 => $"coord:{Pick(random, ["review", "queue", "events", "advice", "broadcast", "x"])}:{(realIds.Count == 0 ? "x" : Pick(random, realIds))}:approve",
        6 => $"form:{Pick(random, ["category", "when", "district", "languages", "price", "description", "edit", "confirm"])}={Pick(random, Odd)}",
        7 => $"lang:{Pick(random, ["xx", "", "de", "ar", "../", "\u202Ear", new string('a', 70)])}",
        8 => string.Concat(Enumerable.Range(0, random.Next(1, 64)).Select(_ => (char)random.Next(0, 256))),
        9 => Pick(random, ["privacy:yes", "privacy:no", "menu:offer", "menu:request", "form:confirm", "form:cancel", "delete:yes", "mydata:send"]),
        10 => $"{Pick(random, Verbs)}:{random.NextInt64(long.MinValue, long.MaxValue)}",
        _ => Pick(random, Odd) + ":" + Pick(random, Odd),
    };

    private static readonly string[] Verbs = ["lang", "privacy", "menu", "form", "match", "coord", "offer", "request", "delete", "x", ""];

    private static string Long(Random random)
    {
        var builder = new StringBuilder();
        var length = random.Next(4096, 12000);
        while (builder.Length < length)
        {
            builder.Append(random.Next(3) == 0 ? Pick(random, Odd) : Pick(random, Words)).Append(' ');
        }

        return builder.ToString();
    }

    private static string RandomChars(Random random, int count)
    {
        var builder = new StringBuilder(count);
        for (var i = 0; i < count; i++)
        {
            var c = random.Next(4) == 0 ? random.Next(0x20) : random.Next(0x20, 0xD7FF);
            builder.Append((char)c);
        }

        return builder.ToString();
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
