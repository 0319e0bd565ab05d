using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Flows;
using Kiosk.Conversations.Tests.Engine;
using Kiosk.Domain;

namespace Kiosk.Conversations.Tests.Flows.Coordinators;

public sealed class PostersTests
{
    [Theory]
    [InlineData("ar", "offer", MemberRole.Newcomer)]
    [InlineData("uk", "request", MemberRole.Neighbour)]
    [InlineData("tr", "both", MemberRole.None)]
    public void A_poster_links_to_the_bot_in_the_chosen_language_and_role_with_a_caption_in_that_language(string language, string role, MemberRole expectedRole)
    {
        var chat = FiguresTests.Coordinator("de");

        chat.Send("/poster").ExpectText("figures.poster_language");
        Assert.Equal(ChatFlow.Catalogs.Languages.Count, chat.ButtonLabels().Count);
        chat.Press($"coord:fig:poster:{language}")
            .ExpectButtons($"coord:fig:poster:{language}:offer", $"coord:fig:poster:{language}:request", $"coord:fig:poster:{language}:both");
        chat.Press($"coord:fig:poster:{language}:{role}");

        var poster = Assert.Single(chat.Replies, reply => reply.Kind == OutboundKind.QrCode);
        Assert.StartsWith("https://t.me/NaaKioskBot?start=", poster.Link, StringComparison.Ordinal);
        var link = DeepLink.Parse(poster.Link!.Split("?start=")[1], chat.Localizer.Languages);
        Assert.Equal(language, link.Language);
        Assert.Equal(expectedRole, link.Role);
        Assert.Equal(ChatFlow.Plain(ChatFlow.CatalogText(language, $"figures.poster_caption_{role}")), ChatFlow.Plain(poster.Text));
    }

    [Theory]
    [InlineData("coord:fig:poster:xx")]
    [InlineData("coord:fig:poster:de:everyone")]
    [InlineData("coord:fig:poster")]
    [InlineData("coord:fig:nothing")]
    public void Damaged_poster_buttons_of_a_coordinator_make_no_poster(string data)
    {
        var chat = FiguresTests.Coordinator("en");

        chat.Forge(data).ExpectText("input.old_button");

        Assert.DoesNotContain(chat.Replies, reply => reply.Kind == OutboundKind.QrCode);
    }
}
