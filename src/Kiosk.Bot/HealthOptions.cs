namespace Kiosk.Bot;

/// <summary>Configuration section "Health": the health endpoint for Docker's HEALTHCHECK.</summary>
public sealed class HealthOptions
{
    /// <summary>The section name.</summary>
    public const string Section = "Health";

    /// <summary>Where GET /health listens in polling mode (in webhook mode it is on the webhook listener); empty switches it off.</summary>
    public string Listen { get; set; } = "http://127.0.0.1:8081";

    /// <summary>In polling mode, how long without a successful getUpdates the bot counts as unhealthy.</summary>
    public int MaxSilenceSeconds { get; set; } = 120;

    /// <summary>Unhealthy when a reply (not an announcement) has waited this long to be sent.</summary>
    public int MaxReplyWaitSeconds { get; set; } = 60;

    /// <summary>True when <paramref name="listen"/> is an http address with no path, as Kestrel takes it.</summary>
    public static bool IsListenAddress(string listen) =>
        Uri.TryCreate(listen, UriKind.Absolute, out var uri) && uri.Scheme == "http" && uri.AbsolutePath == "/";
}
