using Kiosk.Conversations.Flows;
using Kiosk.Conversations.Localization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Requests.Abstractions;
using Telegram.Bot.Types;

namespace Kiosk.Telegram;

/// <summary>
/// At start, sets the command menu, description and short description in every language (and German as
/// the default for other languages). A server that refuses is logged; the bot runs on without it.
/// </summary>
public sealed class BotProfilePublisher(ITelegramBotClient client, Localizer localizer, ILogger<BotProfilePublisher> logger) : BackgroundService
{
    /// <summary>The requests that describe the bot in <paramref name="language"/>; a null code is the default.</summary>
    public static IEnumerable<IRequest<bool>> Requests(Localizer localizer, string language, string? languageCode)
    {
        var commands = Commands.Public.Select(name => new BotCommand(name, localizer.Text(language, $"commands.{name}")));
        yield return new SetMyCommandsRequest { Commands = commands.ToList(), LanguageCode = languageCode };
        yield return new SetMyDescriptionRequest { Description = localizer.Text(language, "bot.description"), LanguageCode = languageCode };
        yield return new SetMyShortDescriptionRequest { ShortDescription = localizer.Text(language, "bot.short_description"), LanguageCode = languageCode };
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var targets = localizer.Languages.Select(code => (code, (string?)code)).Prepend((Localizer.DefaultLanguage, null));
        var refused = 0;
        foreach (var (language, code) in targets)
        {
            foreach (var request in Requests(localizer, language, code))
            {
                try
                {
                    await client.SendRequest(request, stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    refused++;
                    logger.LogWarning("{Method} for language {Language} was refused ({Error})", request.MethodName, code ?? "default", exception.GetType().Name);
                }
            }
        }

        logger.LogInformation("Bot commands and descriptions published for {Count} languages ({Refused} calls refused)", localizer.Languages.Count, refused);
    }
}
