using System.Text.RegularExpressions;

namespace Kiosk.Emulator.World;

/// <summary>
/// Lone UTF-16 surrogates escaped in JSON (a "\ud83d" without its pair) cannot pass through System.Text.Json's
/// nodes: raw updates park them as an ASCII marker, and the bot API writes them back, so the bot gets exactly what was sent.
/// </summary>
public static partial class LoneSurrogates
{
    /// <summary>Replaces escaped lone surrogates by markers.</summary>
    public static string Park(string json) =>
        Lone().Replace(json, match => $"~lone-surrogate-{(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value)}~");

    /// <summary>Turns markers back into the escapes they stood for.</summary>
    public static string Restore(string json) =>
        json.Contains("~lone-surrogate-", StringComparison.Ordinal) ? Marker().Replace(json, @"\u$1") : json;

    [GeneratedRegex(@"\\u(d[89ab][0-9a-f]{2})(?!\\ud[c-f][0-9a-f]{2})|(?<!\\ud[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})", RegexOptions.IgnoreCase)]
    private static partial Regex Lone();

    [GeneratedRegex("~lone-surrogate-([0-9a-fA-F]{4})~")]
    private static partial Regex Marker();
}
