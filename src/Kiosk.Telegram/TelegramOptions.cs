using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Kiosk.Telegram;

/// <summary>Configuration section "Telegram".</summary>
public sealed class TelegramOptions
{
    /// <summary>The section name.</summary>
    public const string Section = "Telegram";

    /// <summary>Telegram's own Bot API server.</summary>
    public const string TelegramApi = "https://api.telegram.org";

    /// <summary>The bot token from @BotFather, "123456:ABC...".</summary>
    public string? Token { get; set; }

    /// <summary>Base URL of the Bot API server; the bot calls {ApiBaseUrl}/bot{token}/{method}.</summary>
    public string ApiBaseUrl { get; set; } = TelegramApi;

    /// <summary>Seconds a getUpdates long poll waits for news.</summary>
    public int PollTimeoutSeconds { get; set; } = 25;

    /// <summary>Messages per second over all chats (Telegram allows about 30).</summary>
    public int MessagesPerSecond { get; set; } = 30;

    /// <summary>Messages per second into one private chat, after the burst.</summary>
    public int PerChatPerSecond { get; set; } = 1;

    /// <summary>Messages a private chat may get at once before the per-second pace applies.</summary>
    public int PerChatBurst { get; set; } = 3;

    /// <summary>Messages per minute into one group.</summary>
    public int PerGroupPerMinute { get; set; } = 20;

    /// <summary>
    /// Chats served at once, each with one message in flight (marked sent before the chat's next goes, so a crash
    /// repeats at most one message in a chat). Enough to keep Telegram's 30 messages a second flowing when each call
    /// takes a few hundred milliseconds.
    /// </summary>
    public int ChatsInFlight { get; set; } = 64;

    /// <summary>Updates one person may send in a minute; beyond it they are told once to slow down and the rest is ignored.</summary>
    public int UpdatesPerPersonPerMinute { get; set; } = 30;

    /// <summary>The public HTTPS URL Telegram posts updates to; when set, the bot uses a webhook instead of polling.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Telegram sends it in X-Telegram-Bot-Api-Secret-Token with every webhook call (1-256 of A-Z a-z 0-9 _ -).</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Where the webhook listener binds (behind the reverse proxy that serves <see cref="WebhookUrl"/>).</summary>
    public string WebhookListen { get; set; } = "http://0.0.0.0:8080";

    /// <summary>True when updates come by webhook.</summary>
    public bool UsesWebhook => !string.IsNullOrWhiteSpace(WebhookUrl);
}

/// <summary>Checks the Telegram options at start, with one clear line per problem naming the key.</summary>
public sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Token))
        {
            problems.Add("Telegram:Token (env Telegram__Token) is missing: set it to the token @BotFather gave you, like 123456:ABC-xyz");
        }
        else if (!TokenShape().IsMatch(options.Token))
        {
            problems.Add("Telegram:Token (env Telegram__Token) is not a bot token: it must look like 123456:ABC-xyz");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            problems.Add($"Telegram:ApiBaseUrl (env Telegram__ApiBaseUrl) must be an http(s) URL, not '{options.ApiBaseUrl}'");
        }

        if (options.PollTimeoutSeconds is < 0 or > 50)
        {
            problems.Add("Telegram:PollTimeoutSeconds must be between 0 and 50");
        }

        if (options.MessagesPerSecond < 1 || options.PerChatPerSecond < 1 || options.PerChatBurst < 1 || options.PerGroupPerMinute < 1)
        {
            problems.Add("Telegram:MessagesPerSecond, PerChatPerSecond, PerChatBurst and PerGroupPerMinute must be at least 1");
        }

        if (options.ChatsInFlight is < 1 or > 1000)
        {
            problems.Add("Telegram:ChatsInFlight (env Telegram__ChatsInFlight) must be between 1 and 1000");
        }

        if (options.UpdatesPerPersonPerMinute is < 1 or > 10000)
        {
            problems.Add("Telegram:UpdatesPerPersonPerMinute (env Telegram__UpdatesPerPersonPerMinute) must be between 1 and 10000");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    [GeneratedRegex(@"^\d+:[A-Za-z0-9_-]+$")]
    private static partial Regex TokenShape();
}
