namespace Kiosk.Emulator.BotApi;

/// <summary>A refusal in Telegram's words: error code, description and, for 429, retry_after.</summary>
public sealed class ApiError(int code, string description, int? retryAfter = null) : Exception(description)
{
    /// <summary>HTTP status and error_code.</summary>
    public int Code { get; } = code;

    /// <summary>Telegram's description, e.g. "Bad Request: chat not found".</summary>
    public string Description { get; } = description;

    /// <summary>Seconds to wait, for 429.</summary>
    public int? RetryAfter { get; } = retryAfter;

    /// <summary>400 with Telegram's "Bad Request: " prefix.</summary>
    public static ApiError BadRequest(string what) => new(400, "Bad Request: " + what);
}
