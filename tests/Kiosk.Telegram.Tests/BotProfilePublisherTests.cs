using Kiosk.Conversations.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;

namespace Kiosk.Telegram.Tests;

public sealed class BotProfilePublisherTests
{
    private static readonly Localizer Localizer = new(Catalogs.Load(Catalogs.DefaultDirectory), NullLogger<Localizer>.Instance);

    [Fact]
    public async Task Commands_and_descriptions_are_set_in_every_language_plus_a_default()
    {
        var client = new Mock<ITelegramBotClient>();
        var commands = new List<SetMyCommandsRequest>();
        client.Setup(c => c.SendRequest(It.IsAny<SetMyCommandsRequest>(), It.IsAny<CancellationToken>()))
            .Callback((global::Telegram.Bot.Requests.Abstractions.IRequest<bool> r, CancellationToken _) => commands.Add((SetMyCommandsRequest)r)).ReturnsAsync(true);
        client.Setup(c => c.SendRequest(It.IsAny<SetMyDescriptionRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        client.Setup(c => c.SendRequest(It.IsAny<SetMyShortDescriptionRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);

        await Publish(client.Object);

        Assert.Equal(Localizer.Languages.Prepend(null), commands.Select(c => c.LanguageCode));
        var arabic = commands.Single(c => c.LanguageCode == "ar").Commands.ToList();
        Assert.Equal(["start", "menu", "myoffers", "myrequests", "myreferences", "advice", "end", "report", "kiosk", "events", "feedback", "wording", "mute", "unmute", "help", "language", "cancel", "privacy", "mydata", "delete"], arabic.Select(c => c.Command).ToArray());
        Assert.Equal(Localizer.Text("ar", "commands.help"), arabic.Single(c => c.Command == "help").Description);
    }

    [Fact]
    public async Task A_server_that_refuses_is_survived()
    {
        var client = new Mock<ITelegramBotClient>();
        client.Setup(c => c.SendRequest(It.IsAny<SetMyCommandsRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ApiRequestException("Not Found", 404));
        client.Setup(c => c.SendRequest(It.IsAny<SetMyDescriptionRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("connection refused"));

        await Publish(client.Object);

        client.Verify(c => c.SendRequest(It.IsAny<SetMyShortDescriptionRequest>(), It.IsAny<CancellationToken>()), Times.Exactly(Localizer.Languages.Count + 1));
    }

    private static async Task Publish(ITelegramBotClient client)
    {
        using var publisher = new BotProfilePublisher(client, Localizer, new Kiosk.Conversations.BotIdentity(),
            Microsoft.Extensions.Options.Options.Create(new Kiosk.Conversations.KioskOptions()), NullLogger<BotProfilePublisher>.Instance);
        await publisher.StartAsync(CancellationToken.None);
        await publisher.ExecuteTask!;
    }
}
