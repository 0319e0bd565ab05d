using Kiosk.Conversations;
using Kiosk.Conversations.Localization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Requests.Abstractions;

namespace Kiosk.Telegram;

/// <summary>
/// At start, learns the bot's username (for links), sets the command menu, description and short description in
/// every language (and German as the default for other languages), and the team's menu in the configured
/// coordinators' chats. A server that refuses is logged; the bot runs on without it.
/// </summary>
public sealed class BotProfilePublisher(
    ITelegramBotClient client, Localizer localizer, BotIdentity identity, IOptions<KioskOptions> options, ILogger<BotProfilePublisher> logger) : BackgroundService
{
    /// <summary>The requests that describe the bot in <paramref name="language"/>; a null code is the default.</summary>
    public static IEnumerable<IRequest<bool>> Requests(Localizer localizer, string language, string? languageCode)
    {
        yield return new SetMyCommandsRequest { Commands = CommandMenus.Public(localizer, language), LanguageCode = languageCode };
        yield return new SetMyDescriptionRequest { Description = localizer.Text(language, "bot.description"), LanguageCode = languageCode };
        yield return new SetMyShortDescriptionRequest { ShortDescription = localizer.Text(language, "bot.short_description"), LanguageCode = languageCode };
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var refused = 0;
        try
        {
            identity.Username = (await client.SendRequest(new GetMeRequest(), stoppingToken)).Username ?? "";
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            refused++;
            logger.LogWarning("getMe was refused ({Error}); links are shown as /start commands", exception.GetType().Name);
        }

        var targets = localizer.Languages.Select(code => (code, (string?)code)).Prepend((Localizer.DefaultLanguage, null));
        var requests = targets.SelectMany(target => Requests(localizer, target.Item1, target.Item2))
            // A coordinator's own chat gets the team's menu in their language as soon as they write; until then, German.
            .Concat(options.Value.Coordinators.Select(id => CommandMenus.ForCoordinator(localizer, id, Localizer.DefaultLanguage)));
        foreach (var request in requests)
        {
            try
            {
                await client.SendRequest(request, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                refused++;
                logger.LogWarning("{Method} was refused ({Error})", request.MethodName, exception.GetType().Name);
            }
        }

        logger.LogInformation("Bot commands and descriptions published for {Count} languages and {Coordinators} coordinators ({Refused} calls refused)",
            localizer.Languages.Count, options.Value.Coordinators.Count, refused);
    }
}
