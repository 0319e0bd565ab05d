using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Tests.Engine;
using static Kiosk.Conversations.Tests.Flows.OfferModerationTests;

namespace Kiosk.Conversations.Tests.Flows;

/// <summary>An answered question keeps its text and shows the chosen answer under it (Telegram's convention), in every language.</summary>
public sealed class AnsweredQuestionTests
{
    [Theory]
    [InlineData("de")]
    [InlineData("ar")]
    [InlineData("fa")]
    public void The_question_shows_the_chosen_answer_instead_of_its_buttons(string language)
    {
        var chat = Joined(language, 1001, "Amina", new KnownPeople());
        chat.Press("menu:request");
        var question = chat.Messages.Last(message => message.Buttons is { Count: > 0 });

        chat.Press("form:category=bikes");

        var edit = Assert.Single(chat.Replies, reply => reply.Kind == OutboundKind.RemoveButtons);
        var label = ChatFlow.CatalogText(language, "categories.bikes.name");
        Assert.Equal(question.Text + "\n\n" + ChatFlow.CatalogText(language, "input.answered", ("answer", question.Buttons!.SelectMany(row => row).Single(button => button.Data == "form:category=bikes").Label)),
            edit.Text);
        Assert.Contains(label, edit.Text, StringComparison.Ordinal);
        Assert.StartsWith(question.Text!, edit.Text!, StringComparison.Ordinal);
    }
}
