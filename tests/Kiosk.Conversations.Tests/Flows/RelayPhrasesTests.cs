using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Flows.HelpRequests;
using Kiosk.Conversations.Tests.Engine;
using Kiosk.Domain;
using Kiosk.Domain.Matching;
using static Kiosk.Conversations.Tests.Flows.OfferModerationTests;
using static Kiosk.Conversations.Tests.Flows.OpenRelay;

namespace Kiosk.Conversations.Tests.Flows;

/// <summary>A German neighbour and an Arabic-speaking newcomer in a chat through the bot, without a shared language.</summary>
public sealed class RelayPhrasesTests
{

    [Fact]
    public void Written_text_arrives_as_written_isolated_and_says_which_language_it_is_in()
    {
        var lena = Joined("de", Neighbour, "Lena", People());

        lena.Send("Hallo Amina, ich komme morgen gegen 17 Uhr vorbei und bringe mein Werkzeug mit.");

        var copy = Assert.Single(lena.Messages, message => message.ChatId == Newcomer);
        Assert.Equal(ChatFlow.CatalogText("ar", "phrases.wrote_in", ("name", "Lena"), ("language", ChatFlow.CatalogText("ar", "spoken.de")),
            ("text", "\u2068Hallo Amina, ich komme morgen gegen 17 Uhr vorbei und bringe mein Werkzeug mit.\u2069")), ChatFlow.Plain(copy.Text));
        Assert.Equal([$"phrase:open:{MatchId}", $"propose:start:{MatchId}", $"place:start:{MatchId}", $"interpreter:ask:{MatchId}", $"match:report:{MatchId}"], copy.Buttons!.SelectMany(row => row).Select(button => button.Data));
    }

    [Fact]
    public void Text_in_the_readers_own_language_is_passed_on_without_a_language_note()
    {
        var lena = Joined("de", Neighbour, "Lena", People(newcomerLanguage: "de"));

        lena.Send("Hallo Amina, ich komme morgen gegen 17 Uhr vorbei und bringe mein Werkzeug mit.");

        var copy = Assert.Single(lena.Messages, message => message.ChatId == Newcomer);
        Assert.Equal(ChatFlow.CatalogText("de", "match.relayed", ("name", "Lena"),
            ("text", "\u2068Hallo Amina, ich komme morgen gegen 17 Uhr vorbei und bringe mein Werkzeug mit.\u2069")), ChatFlow.Plain(copy.Text));
    }

    [Fact]
    public void A_phrase_chosen_in_German_arrives_in_Arabic_marked_as_exact()
    {
        var lena = Joined("de", Neighbour, "Lena", People());
        lena.Send("Hallo Amina");

        lena.Press($"phrase:open:{MatchId}").ExpectText("phrases.intro", ("name", "Amina"));
        var groups = Assert.Single(lena.Messages, message => message.Buttons is { Count: > 0 });
        Assert.Equal(["phrase:group:match0000001:time", "phrase:group:match0000001:place", "phrase:group:match0000001:job", "phrase:group:match0000001:talk",
            "phrase:close:match0000001"], groups.Buttons!.SelectMany(row => row).Select(button => button.Data));
        Assert.Equal(ChatFlow.CatalogText("de", "phrases.group.time"), groups.Buttons![0][0].Label);

        lena.Press($"phrase:group:{MatchId}:time");
        var phrases = Assert.Single(lena.Replies, reply => reply.Kind == OutboundKind.EditButtons).Buttons!;
        Assert.Equal(PhraseBook.Of("time").Select(phrase => ChatFlow.CatalogText("de", PhraseBook.Key(phrase))),
            phrases.SkipLast(1).SelectMany(row => row).Select(button => button.Label));
        Assert.All(phrases, row => Assert.InRange(row.Count, 1, 2));

        lena.Press($"phrase:groups:{MatchId}");
        Assert.Equal(groups.Buttons, Assert.Single(lena.Replies, reply => reply.Kind == OutboundKind.EditButtons).Buttons);
        lena.Press($"phrase:group:{MatchId}:time");
        lena.Press($"phrase:say:{MatchId}:time.late_10").ExpectText("phrases.sent", ("name", "Amina"), ("phrase", ChatFlow.CatalogText("de", "phrases.time.late_10")));
        var copy = Assert.Single(lena.Messages, message => message.ChatId == Newcomer);
        Assert.Equal(ChatFlow.CatalogText("ar", "phrases.received", ("name", "Lena"), ("phrase", ChatFlow.CatalogText("ar", "phrases.time.late_10"))), ChatFlow.Plain(copy.Text));
        Assert.Contains($"phrase:open:{MatchId}", copy.Buttons!.SelectMany(row => row).Select(button => button.Data));
        // The keyboard stays open for the next phrase.
        Assert.DoesNotContain(lena.Replies, reply => reply.Kind is OutboundKind.EditButtons or OutboundKind.RemoveButtons);
    }

    [Fact]
    public void Closing_removes_the_phrase_keyboard_and_the_chat_goes_on()
    {
        var lena = Joined("de", Neighbour, "Lena", People());
        lena.Send("Hallo Amina");

        lena.Press($"phrase:open:{MatchId}").Press($"phrase:close:{MatchId}");

        Assert.Single(lena.Replies, reply => reply.Kind == OutboundKind.RemoveButtons);
        Assert.Empty(lena.Messages);
        lena.Send("Bis morgen!");
        Assert.Single(lena.Messages, message => message.ChatId == Newcomer);
    }

    [Theory]
    [InlineData("phrase:say:match0000001:time.launch_rockets")]
    [InlineData("phrase:say:match0000001")]
    [InlineData("phrase:group:match0000001:weather")]
    [InlineData("phrase:shout:match0000001")]
    [InlineData("phrase:say:match/000001:time.late_10")]
    public void Forged_phrase_buttons_get_the_old_button_answer_and_reach_nobody(string data)
    {
        var lena = Joined("de", Neighbour, "Lena", People());

        lena.Forge(data).ExpectText("input.old_button");

        Assert.DoesNotContain(lena.Messages, message => message.ChatId == Newcomer);
    }

    [Fact]
    public void A_phrase_for_someone_elses_or_a_closed_chat_reaches_nobody()
    {
        var stranger = Joined("de", 4004, "Kai", People());
        stranger.Forge($"phrase:say:{MatchId}:talk.yes").ExpectText("phrases.no_relay");
        Assert.DoesNotContain(stranger.Messages, message => message.ChatId is Newcomer or Neighbour);

        var lena = Joined("de", Neighbour, "Lena", People(relayOpen: false));
        lena.Forge($"phrase:say:{MatchId}:talk.yes").ExpectText("phrases.no_relay");
        Assert.DoesNotContain(lena.Messages, message => message.ChatId == Newcomer);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    [InlineData("ar")]
    [InlineData("fa")]
    [InlineData("uk")]
    [InlineData("ru")]
    [InlineData("tr")]
    public void Every_phrase_has_a_short_text_in_every_language(string language)
    {
        foreach (var phrase in PhraseBook.All)
        {
            var text = ChatFlow.CatalogText(language, PhraseBook.Key(phrase));
            Assert.False(string.IsNullOrWhiteSpace(text), phrase);
            // A button label a phone shows in full.
            Assert.True(text.Length <= 60, $"{language} {phrase}: {text.Length} characters");
        }

        Assert.Equal(PhraseBook.All.Count(), PhraseBook.All.Distinct().Count());
    }
}
