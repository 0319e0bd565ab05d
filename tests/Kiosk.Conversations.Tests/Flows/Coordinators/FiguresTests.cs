using System.Globalization;
using CsvHelper;
using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Flows.Coordinators;
using Kiosk.Conversations.Localization;
using Kiosk.Conversations.Tests.Engine;
using Kiosk.Domain.Figures;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using NodaTime.Testing;

namespace Kiosk.Conversations.Tests.Flows.Coordinators;

public sealed class FiguresTests
{
    [Theory]
    [InlineData("/stats")]
    [InlineData("/export")]
    [InlineData("/poster")]
    public void Someone_outside_the_team_is_refused_the_figure_commands(string command)
    {
        var chat = OnboardingTests.Onboarded("de");

        chat.Send(command).ExpectText("coordinator.only");

        Assert.DoesNotContain(chat.Replies, reply => reply.Kind is OutboundKind.Document or OutboundKind.QrCode);
    }

    [Theory]
    [InlineData("coord:fig:poster:de:offer")]
    [InlineData("coord:fig:poster:ar")]
    [InlineData("coord:fig:stats")]
    public void Forged_figure_buttons_are_refused_outside_the_team(string data)
    {
        var chat = OnboardingTests.Onboarded("en");

        chat.Forge(data).ExpectText("coordinator.only");

        Assert.DoesNotContain(chat.Replies, reply => reply.Kind == OutboundKind.QrCode);
    }

    [Fact]
    public void A_coordinator_gets_the_figures_of_an_empty_kiosk_in_their_language()
    {
        var chat = Coordinator("de").Send("/stats");

        var text = ChatFlow.Plain(Assert.Single(chat.Messages).Text);
        Assert.StartsWith(ChatFlow.CatalogText("de", "figures.title", ("date", "25.11.2026")), text, StringComparison.Ordinal);
        Assert.Contains(ChatFlow.CatalogText("de", "figures.people", ("count", 0), ("offer_only", 0), ("request_only", 0), ("both", 0), ("neither", 0)), text, StringComparison.Ordinal);
        Assert.Contains(ChatFlow.CatalogText("de", "figures.match_rate", ("rate", ChatFlow.CatalogText("de", "figures.none"))), text, StringComparison.Ordinal);
        Assert.Contains(ChatFlow.CatalogText("de", "figures.announcements.other", ("sent", 0), ("count", 0)), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_are_written_with_the_numbers_of_the_coordinators_culture()
    {
        var figures = new KioskFigures
        {
            Members = 1234, MatchRate = 0.5, MedianTimeToProposal = Duration.FromMinutes(135),
            Offers = [KeyValuePair.Create(Domain.OfferStatus.Active, 2), KeyValuePair.Create(Domain.OfferStatus.Paused, 1)],
            Outcomes = [.. Enum.GetValues<RequestOutcome>().Select(outcome => KeyValuePair.Create(outcome, 0))],
        };

        var german = FiguresText.Of(TurnIn("de"), figures);
        var english = FiguresText.Of(TurnIn("en"), figures);

        Assert.Contains("1.234", german, StringComparison.Ordinal);
        Assert.Contains("1,234", english, StringComparison.Ordinal);
        Assert.Contains(ChatFlow.CatalogText("en", "figures.median_wait", ("time", ChatFlow.CatalogText("en", "figures.hours", ("hours", 2), ("minutes", 15)))), english, StringComparison.Ordinal);
        Assert.Contains(ChatFlow.CatalogText("en", "figures.offers", ("count", 3), ("list", "active 2, paused 1")), english, StringComparison.Ordinal);
        Assert.Contains("50", english, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "figures.minutes", 0, 0)]
    [InlineData(45, "figures.minutes", 0, 45)]
    [InlineData(135, "figures.hours", 2, 15)]
    [InlineData(27 * 60 + 10, "figures.days", 1, 3)]
    public void Waits_read_as_minutes_hours_or_days(int minutes, string key, int big, int small)
    {
        var expected = key switch
        {
            "figures.minutes" => ChatFlow.CatalogText("en", key, ("minutes", small)),
            "figures.hours" => ChatFlow.CatalogText("en", key, ("hours", big), ("minutes", small)),
            _ => ChatFlow.CatalogText("en", key, ("days", big), ("hours", small)),
        };

        Assert.Equal(expected, FiguresText.Duration(TurnIn("en"), Duration.FromMinutes(minutes)));
    }

    [Fact]
    public void Export_sends_two_csv_documents_that_parse_back()
    {
        var chat = Coordinator("en").Send("/export");

        var documents = chat.Replies.Where(reply => reply.Kind == OutboundKind.Document).ToList();
        Assert.Equal(["kiosk-figures-2026-11-25.csv", "kiosk-offers-requests-2026-11-25.csv"], documents.Select(document => document.FileName));
        Assert.Equal(ChatFlow.CatalogText("en", "figures.export_figures"), documents[0].Text);
        using var reader = new CsvReader(new StreamReader(new MemoryStream(documents[0].File!)), CultureInfo.InvariantCulture);
        var rows = reader.GetRecords<FigureRow>().ToDictionary(row => row.Figure, row => row.Value);
        Assert.Equal("0", rows["members"]);
        Assert.Equal("", rows["match_rate"]);
    }

    internal static ChatFlow Coordinator(string language)
    {
        var chat = new ChatFlow(language, options: new KioskOptions { Coordinators = [1001], Moderation = false });
        chat.Send("/start").Press($"lang:{language}").Press("privacy:yes");
        Assert.NotNull(chat.Conversation.Member);
        return chat;
    }

    private static Turn TurnIn(string language)
    {
        var inbound = new Inbound { UpdateId = 1, ChatId = 1001, UserId = 1001, Kind = InboundKind.Text, Text = "/stats" };
        var time = new KioskTime(new FakeClock(ChatFlow.Now), DateTimeZoneProviders.Tzdb["Europe/Berlin"]);
        return new Turn(inbound, new ChatState { Language = language }, null, new Localizer(ChatFlow.Catalogs, NullLogger<Localizer>.Instance), time, ChatFlow.Recognizers);
    }
}
