using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Tests.Engine;
using Kiosk.Conversations.Tests.Localization;
using static Kiosk.Conversations.Tests.Flows.OfferModerationTests;
using static Kiosk.Conversations.Tests.Flows.OpenRelay;

namespace Kiosk.Conversations.Tests.Flows;

/// <summary>
/// Two Arabic-speaking women, Amina (newcomer) and Layla (neighbour), talk through the bot: everything the bot tells
/// one about the other names her without a masculine verb.
/// </summary>
public sealed class ArabicAddressTests
{
    [Fact]
    public void What_the_bot_says_about_a_woman_in_Arabic_has_no_masculine_verb_next_to_her_name()
    {
        var people = People();
        people.Members[Neighbour].FirstName = "Layla";
        people.Members[Neighbour].Language = "ar";
        var amina = Joined("ar", Newcomer, "Amina", people);
        var layla = Joined("ar", Neighbour, "Layla", people);
        var told = new List<(long ChatId, string Text)>();
        void Keep(ChatFlow chat) => told.AddRange(chat.Messages.Select(message => (message.ChatId, ChatFlow.Plain(message.Text))));

        Keep(amina.Send("مرحبا، متى يناسبك؟"));
        Keep(amina.Forge($"place:start:{MatchId}"));
        Keep(amina.Press($"place:mine:{MatchId}"));
        Keep(layla.Forge($"place:no:{MatchId}"));
        Keep(layla.Forge($"place:start:{MatchId}"));
        Keep(layla.Press($"place:kiosk:{MatchId}"));
        Keep(amina.Forge($"place:yes:{MatchId}"));
        Keep(layla.Send("/end"));

        var aboutAmina = told.Where(message => message.ChatId == Neighbour && message.Text.Contains("Amina", StringComparison.Ordinal)).ToList();
        var aboutLayla = told.Where(message => message.ChatId == Newcomer && message.Text.Contains("Layla", StringComparison.Ordinal)).ToList();
        Assert.True(aboutAmina.Count >= 3, $"Layla heard of Amina {aboutAmina.Count} times");
        Assert.True(aboutLayla.Count >= 3, $"Amina heard of Layla {aboutLayla.Count} times");
        var masculine = aboutAmina.SelectMany(message => ArabicGrammar.MasculineVerbsNextTo(message.Text, "Amina").Select(verb => $"{verb}: {message.Text}"))
            .Concat(aboutLayla.SelectMany(message => ArabicGrammar.MasculineVerbsNextTo(message.Text, "Layla").Select(verb => $"{verb}: {message.Text}")))
            .ToList();
        Assert.True(masculine.Count == 0, string.Join("\n", masculine));
    }
}
