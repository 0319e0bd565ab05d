using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Kiosk.Telegram;

/// <summary>Checks the webhook settings at start (only when a webhook URL is set), one line per problem.</summary>
public sealed partial class WebhookOptionsValidator : IValidateOptions<TelegramOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        if (!options.UsesWebhook)
        {
            return ValidateOptionsResult.Success;
        }

        var problems = new List<string>();
        // Telegram calls only HTTPS; plain http is allowed for loopback, where the local emulator calls it.
        if (!Uri.TryCreate(options.WebhookUrl, UriKind.Absolute, out var url) || !(url.Scheme == "https" || (url.Scheme == "http" && IsLoopback(url))))
        {
            problems.Add($"Telegram:WebhookUrl (env Telegram__WebhookUrl) must be a public https URL like https://kiosk.example/telegram/webhook, not '{options.WebhookUrl}'");
        }

        if (string.IsNullOrEmpty(options.WebhookSecret))
        {
            problems.Add("Telegram:WebhookSecret (env Telegram__WebhookSecret) is missing: webhook mode needs a secret of 1-256 characters A-Z a-z 0-9 _ -");
        }
        else if (!SecretShape().IsMatch(options.WebhookSecret))
        {
            problems.Add("Telegram:WebhookSecret (env Telegram__WebhookSecret) may only have 1-256 characters A-Z a-z 0-9 _ -");
        }

        if (!Uri.TryCreate(options.WebhookListen, UriKind.Absolute, out var listen) || listen.Scheme != "http" || listen.AbsolutePath != "/")
        {
            problems.Add($"Telegram:WebhookListen (env Telegram__WebhookListen) must be an http address like http://0.0.0.0:8080, not '{options.WebhookListen}'");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static bool IsLoopback(Uri url) => url.IsLoopback || (IPAddress.TryParse(url.Host, out var address) && IPAddress.IsLoopback(address));

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretShape();
}
