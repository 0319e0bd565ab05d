using System.Text;
using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Flows.Wording;
using Kiosk.Conversations.Tests.Engine;
using Kiosk.Domain;
using static Kiosk.Conversations.Tests.Flows.OfferModerationTests;

namespace Kiosk.Conversations.Tests.Flows;

/// <summary>Anyone can improve a text: pick one of the bot's last messages, write a better version; the team exports them.</summary>
public sealed class WordingTests
{
    private static void Remember(KnownPeople people, ChatFlow chat)
    {
        foreach (var message in chat.Replies.Where(reply => reply.Kind == OutboundKind.Message && reply.Text is not null))
        {
            people.Sent.Add((people.Sent.Count + 1, message.ChatId, message.Text!));
        }
    }

    [Fact]
    public void A_person_picks_a_text_from_the_last_messages_and_the_suggestion_is_kept_for_its_catalog_key()
    {
        var people = new KnownPeople();
        var amina = Joined("ar", 2002, "Amina", people);
        amina.Send("/help");
        Remember(people, amina);
        var help = people.Sent.Last().Id;

        amina.Press("wording:start").ExpectText("wording.pick");
        Assert.Contains($"wording:pick:{help}", amina.Messages.Last().Buttons!.SelectMany(row => row).Select(button => button.Data));
        amina.Press($"wording:pick:{help}");
        amina.ExpectMessage(ChatFlow.CatalogText("ar", "wording.ask", ("language", "العربية"), ("text", "\u2068" + ChatFlow.CatalogText("ar", "help.text") + "\u2069")));
        amina.Send("أستطيع مساعدتك في هذه الأمور:");

        var suggestion = Assert.IsType<WordingSuggestion>(Assert.Single(people.Records.Values.Concat(amina.LastResult!.Changes.Records)));
        Assert.Equal(("ar", "help.text", "أستطيع مساعدتك في هذه الأمور:", 2002L), (suggestion.Language, suggestion.Key, suggestion.Text, suggestion.MemberId));
        amina.ExpectText("wording.thanks");
    }

    [Fact]
    public void A_relayed_message_is_offered_only_as_the_bot_s_frame_and_other_chats_messages_not_at_all()
    {
        var people = new KnownPeople();
        people.Sent.Add((1, 2002, ChatFlow.CatalogText("ar", "match.relayed", ("name", "Lena"), ("text", "\u2068Meine Adresse ist Große Bergstraße 5\u2069"))));
        people.Sent.Add((2, 3003, ChatFlow.CatalogText("de", "menu.title")));
        var amina = Joined("ar", 2002, "Amina", people);

        amina.Send("/wording").ExpectText("wording.pick");
        Assert.DoesNotContain("wording:pick:2", amina.Messages.Last().Buttons!.SelectMany(row => row).Select(button => button.Data));
        amina.Forge("wording:pick:2").ExpectText("input.old_button");
        amina.Press("wording:pick:1").Send("نص أفضل");

        var suggestion = Assert.IsType<WordingSuggestion>(Assert.Single(amina.LastResult!.Changes.Records));
        Assert.Equal("match.relayed", suggestion.Key);
        Assert.DoesNotContain("Bergstraße", suggestion.Text + suggestion.Key, StringComparison.Ordinal);
    }

    [Fact]
    public void The_team_exports_every_suggestion_with_the_current_text_as_a_file_and_others_cannot()
    {
        var people = new KnownPeople();
        people.Records["w1"] = new WordingSuggestion { Id = "w1", MemberId = 2002, Language = "ar", Key = "help.text", Text = "نص أفضل", CreatedAt = ChatFlow.Now };
        people.Records["w2"] = new WordingSuggestion { Id = "w2", MemberId = 2003, Language = "de", Key = "menu.title", Text = "Was möchtest du tun?", CreatedAt = ChatFlow.Now };

        Joined("de", 2002, "Amina", people).Forge("wording:export").ExpectText("coordinator.only");
        var jonas = Joined("de", 1001, "Jonas", people, 1001);
        jonas.Forge("wording:export");

        var file = Assert.Single(jonas.Replies, reply => reply.Kind == OutboundKind.Document);
        var csv = Encoding.UTF8.GetString(file.File!);
        Assert.Contains("ar,help.text,", csv, StringComparison.Ordinal);
        Assert.Contains("نص أفضل", csv, StringComparison.Ordinal);
        Assert.Contains("de,menu.title," + ChatFlow.CatalogText("de", "menu.title"), csv, StringComparison.Ordinal);
    }
}
