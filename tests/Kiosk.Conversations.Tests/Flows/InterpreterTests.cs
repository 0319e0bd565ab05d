using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Tests.Engine;
using Kiosk.Domain;
using Kiosk.Domain.Matching;
using static Kiosk.Conversations.Tests.Flows.OfferModerationTests;
using static Kiosk.Conversations.Tests.Flows.OpenRelay;

namespace Kiosk.Conversations.Tests.Flows;

/// <summary>
/// Lena (German) and Amina (Arabic) share no language; Karim offers translation in German and Arabic, Tom in German and
/// English; Jonas (English) is on the team. One side asks, the other agrees, the people who speak both are invited,
/// the first to join reads along and translates, any of the three can end it.
/// </summary>
public sealed class InterpreterTests
{
    private const long Karim = 4004;
    private const long Tom = 5005;
    private const long Mallory = 6006;

    private static KnownPeople Translators(string newcomerLanguage = "ar")
    {
        var people = People(newcomerLanguage: newcomerLanguage)
            .With(new Member { Id = Karim, FirstName = "Karim", Language = "ar" })
            .With(new Member { Id = Tom, FirstName = "Tom", Language = "de" })
            .With(new Member { Id = Mallory, FirstName = "Mallory", Language = "de" })
            .With(new Offer { Id = "offerkarim01", MemberId = Karim, Category = "translation", Languages = ["de", "ar"], Status = OfferStatus.Active, Availability = WeeklyAvailability.Always })
            .With(new Offer { Id = "offertom0001", MemberId = Tom, Category = "translation", Languages = ["de", "en"], Status = OfferStatus.Active, Availability = WeeklyAvailability.Always });
        return people;
    }

    private static IEnumerable<string?> Data(Outbound message) => message.Buttons?.SelectMany(row => row).Select(button => button.Data) ?? [];

    private static ChatFlow BothAgreed(KnownPeople people)
    {
        Joined("de", Neighbour, "Lena", people).Forge($"interpreter:ask:{MatchId}");
        return Joined("ar", Newcomer, "Amina", people).Forge($"interpreter:yes:{MatchId}");
    }

    [Fact]
    public void The_interpreter_button_shows_only_when_the_two_share_no_language()
    {
        var apart = Joined("de", Neighbour, "Lena", Translators());
        apart.Send("Hallo Amina");
        Assert.Contains($"interpreter:ask:{MatchId}", Data(Assert.Single(apart.Messages, message => message.ChatId == Newcomer)));

        var together = Joined("de", Neighbour, "Lena", Translators(newcomerLanguage: "de"));
        together.Send("Hallo Amina");
        Assert.DoesNotContain(Data(Assert.Single(together.Messages, message => message.ChatId == Newcomer)), data => data?.StartsWith("interpreter:", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void One_side_asks_and_the_other_must_agree_before_anyone_is_invited()
    {
        var people = Translators();
        var lena = Joined("de", Neighbour, "Lena", people);

        lena.Forge($"interpreter:ask:{MatchId}");

        lena.ExpectText("interpreter.asked", ("name", "Amina"));
        var consent = Assert.Single(lena.Messages, message => message.ChatId == Newcomer);
        Assert.Equal(ChatFlow.CatalogText("ar", "interpreter.consent", ("name", "Lena")), ChatFlow.Plain(consent.Text));
        Assert.Equal([$"interpreter:yes:{MatchId}", $"interpreter:no:{MatchId}"], Data(consent));
        Assert.DoesNotContain(lena.Messages, message => message.ChatId is Karim or Tom or Coordinator);
        Assert.False(people.Matches[MatchId].InterpreterWanted);
    }

    [Fact]
    public void After_both_agreed_only_people_who_speak_both_languages_are_invited_and_the_invitation_names_nobody()
    {
        var people = Translators();

        var amina = BothAgreed(people);

        var invite = Assert.Single(amina.Messages, message => message.ChatId == Karim);
        Assert.Equal(ChatFlow.CatalogText("ar", "interpreter.invite", ("first", ChatFlow.CatalogText("ar", "spoken.de")),
            ("second", ChatFlow.CatalogText("ar", "spoken.ar")), ("category", ChatFlow.CatalogText("ar", "categories.bikes.name"))), ChatFlow.Plain(invite.Text));
        Assert.DoesNotContain("Lena", invite.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Amina", invite.Text, StringComparison.Ordinal);
        Assert.Equal([$"interpreter:join:{MatchId}", $"interpreter:pass:{MatchId}"], Data(invite));
        Assert.DoesNotContain(amina.Messages, message => message.ChatId is Tom or Coordinator or Mallory);
        Assert.Equal([Karim], people.Matches[MatchId].InterpreterInvited);
        Assert.Single(amina.Messages, message => message.ChatId == Neighbour && ChatFlow.Plain(message.Text) == ChatFlow.CatalogText("de", "interpreter.searching"));
    }

    [Fact]
    public void A_no_tells_the_asker_and_invites_nobody()
    {
        var people = Translators();
        Joined("de", Neighbour, "Lena", people).Forge($"interpreter:ask:{MatchId}");

        var amina = Joined("ar", Newcomer, "Amina", people).Forge($"interpreter:no:{MatchId}");

        Assert.Equal(ChatFlow.CatalogText("de", "interpreter.refused", ("name", "Amina")), ChatFlow.Plain(Assert.Single(amina.Messages, message => message.ChatId == Neighbour).Text));
        Assert.DoesNotContain(amina.Messages, message => message.ChatId == Karim);
        Assert.Equal((0L, false), (people.Matches[MatchId].InterpreterAskedBy, people.Matches[MatchId].InterpreterWanted));
    }

    [Fact]
    public void The_interpreter_reads_both_sides_and_what_they_write_reaches_both()
    {
        var people = Translators();
        BothAgreed(people);
        var karim = Joined("ar", Karim, "Karim", people).Forge($"interpreter:join:{MatchId}");
        karim.ExpectText("interpreter.joined_you", ("first", "Lena"), ("second", "Amina"));
        Assert.Equal(ChatFlow.CatalogText("de", "interpreter.joined", ("name", "Karim")), ChatFlow.Plain(Assert.Single(karim.Messages, message => message.ChatId == Neighbour).Text));
        Assert.Contains($"interpreter:leave:{MatchId}", Data(Assert.Single(karim.Messages, message => message.ChatId == Newcomer)));

        var lena = Joined("de", Neighbour, "Lena", people).Send("Kommst du am Samstag?");
        Assert.Single(lena.Messages, message => message.ChatId == Newcomer);
        var copy = Assert.Single(lena.Messages, message => message.ChatId == Karim);
        Assert.Contains("\u2068Kommst du am Samstag?\u2069", copy.Text, StringComparison.Ordinal);
        Assert.Equal([$"interpreter:leave:{MatchId}"], Data(copy));

        karim.Send("هل تأتين يوم السبت؟");
        Assert.Equal(ChatFlow.CatalogText("ar", "interpreter.from", ("name", "Karim"), ("text", "\u2068هل تأتين يوم السبت؟\u2069")),
            ChatFlow.Plain(Assert.Single(karim.Messages, message => message.ChatId == Newcomer).Text));
        Assert.Equal(ChatFlow.CatalogText("de", "interpreter.from", ("name", "Karim"), ("text", "\u2068هل تأتين يوم السبت؟\u2069")),
            ChatFlow.Plain(Assert.Single(karim.Messages, message => message.ChatId == Neighbour).Text));
    }

    [Fact]
    public void Phrases_and_media_reach_the_interpreter_too()
    {
        var people = Translators();
        BothAgreed(people);
        Joined("ar", Karim, "Karim", people).Forge($"interpreter:join:{MatchId}");
        var amina = Joined("ar", Newcomer, "Amina", people);

        amina.Forge($"phrase:say:{MatchId}:time.on_my_way");
        Assert.Single(amina.Messages, message => message.ChatId == Karim);
        amina.SendMedia(MediaKind.Photo);
        Assert.Single(amina.Replies, reply => reply.ChatId == Karim && reply.Kind == OutboundKind.Copy);
        Assert.Single(amina.Replies, reply => reply.ChatId == Neighbour && reply.Kind == OutboundKind.Copy);
    }

    [Fact]
    public void Nobody_uninvited_can_join_and_only_the_first_invited_one_does()
    {
        var people = Translators();
        people.With(new Offer { Id = "offermallory", MemberId = Mallory, Category = "translation", Languages = ["de", "ar"], Status = OfferStatus.Active, Availability = WeeklyAvailability.Always });
        BothAgreed(people);
        Assert.Equal([Karim, Mallory], people.Matches[MatchId].InterpreterInvited.Order());

        var tom = Joined("de", Tom, "Tom", people).Forge($"interpreter:join:{MatchId}");
        tom.ExpectText("input.old_button");
        Assert.Equal(0, people.Matches[MatchId].InterpreterId);
        Joined("de", Tom, "Tom", people).Forge($"interpreter:ask:{MatchId}").ExpectText("input.old_button");

        Joined("ar", Karim, "Karim", people).Forge($"interpreter:join:{MatchId}");
        Joined("de", Mallory, "Mallory", people).Forge($"interpreter:join:{MatchId}").ExpectText("interpreter.taken");
        Assert.Equal(Karim, people.Matches[MatchId].InterpreterId);

        // Tom's words do not reach the chat he is not in.
        var again = Joined("de", Tom, "Tom", people).Send("Hallo?");
        Assert.DoesNotContain(again.Messages, message => message.ChatId is Neighbour or Newcomer);
    }

    [Fact]
    public void When_nobody_speaks_both_both_sides_hear_it_and_may_ask_again_later()
    {
        var people = People();

        var amina = BothAgreed(people);

        Assert.Equal(ChatFlow.CatalogText("de", "interpreter.none"), ChatFlow.Plain(Assert.Single(amina.Messages, message => message.ChatId == Neighbour).Text));
        amina.ExpectText("interpreter.none");
        Assert.False(people.Matches[MatchId].InterpreterWanted);
        Joined("de", Neighbour, "Lena", people).Forge($"interpreter:ask:{MatchId}").ExpectText("interpreter.asked", ("name", "Amina"));
    }

    [Fact]
    public void A_side_goes_on_without_the_interpreter_who_then_reads_nothing_more()
    {
        var people = Translators();
        BothAgreed(people);
        Joined("ar", Karim, "Karim", people).Forge($"interpreter:join:{MatchId}");

        var amina = Joined("ar", Newcomer, "Amina", people).Forge($"interpreter:leave:{MatchId}");

        Assert.Equal(ChatFlow.CatalogText("ar", "interpreter.sent_away", ("name", "Amina")), ChatFlow.Plain(Assert.Single(amina.Messages, message => message.ChatId == Karim).Text));
        Assert.Equal(ChatFlow.CatalogText("de", "interpreter.left", ("name", "Karim")), ChatFlow.Plain(Assert.Single(amina.Messages, message => message.ChatId == Neighbour).Text));
        Assert.Equal(0, people.Matches[MatchId].InterpreterId);
        var lena = Joined("de", Neighbour, "Lena", people).Send("Bis Samstag!");
        Assert.DoesNotContain(lena.Messages, message => message.ChatId == Karim);
        var karim = Joined("ar", Karim, "Karim", people).Send("مرحبا");
        Assert.DoesNotContain(karim.Messages, message => message.ChatId is Neighbour or Newcomer);
    }

    [Fact]
    public void The_interpreter_leaves_with_end_and_the_chat_goes_on()
    {
        var people = Translators();
        BothAgreed(people);
        var karim = Joined("ar", Karim, "Karim", people).Forge($"interpreter:join:{MatchId}");

        karim.Send("/end");

        karim.ExpectText("interpreter.left_you");
        Assert.True(people.Matches[MatchId].RelayOpen);
        Assert.Equal(0, people.Matches[MatchId].InterpreterId);
        Assert.Equal(ChatFlow.CatalogText("de", "interpreter.left", ("name", "Karim")), ChatFlow.Plain(Assert.Single(karim.Messages, message => message.ChatId == Neighbour).Text));
    }

    [Fact]
    public void When_a_side_ends_the_chat_the_interpreter_is_thanked()
    {
        var people = Translators();
        BothAgreed(people);
        Joined("ar", Karim, "Karim", people).Forge($"interpreter:join:{MatchId}");

        var lena = Joined("de", Neighbour, "Lena", people).Send("/end");

        Assert.Equal(ChatFlow.CatalogText("ar", "interpreter.chat_ended"), ChatFlow.Plain(Assert.Single(lena.Messages, message => message.ChatId == Karim).Text));
    }
}
