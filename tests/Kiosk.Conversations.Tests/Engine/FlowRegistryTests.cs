using System.Text;
using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Conversations.Flows;

namespace Kiosk.Conversations.Tests.Engine;

public sealed class FlowRegistryTests
{
    [Fact]
    public void Every_button_of_every_flow_round_trips_within_Telegrams_64_bytes_and_parses()
    {
        var samples = FlowRegistry.All.SelectMany(flow => flow.ButtonSamples().Select(sample => (flow.Name, sample.Data, sample.RoundTrips))).ToList();

        Assert.Equal(FlowRegistry.All.Where(flow => flow.MakesButtons).Select(flow => flow.Name).Order(), samples.Select(sample => sample.Name).Distinct().Order());
        foreach (var (name, data, roundTrips) in samples)
        {
            Assert.True(roundTrips, $"{data} does not decode to what was encoded");
            Assert.True(Encoding.UTF8.GetByteCount(data) <= 64, $"{data} is over 64 bytes");
            Assert.True(ButtonData.TryParse(data, out var parsed) && parsed.Verb == name, $"{data} is not parsed as {name}'s");
        }
    }

    [Fact]
    public void Flow_names_and_commands_are_unique_and_every_button_verb_has_its_flow()
    {
        var names = FlowRegistry.All.Select(flow => flow.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        // Every verb the bot's buttons use belongs to a flow that decodes it.
        Assert.All(new[] { ButtonData.Language, ButtonData.Privacy, ButtonData.Menu, ButtonData.Form, ButtonData.Match, ButtonData.Coordinator, ButtonData.Advice },
            verb => Assert.Contains(verb, names));
        var commands = FlowRegistry.Commands.ToList();
        Assert.Equal(commands.Count, commands.Distinct().Count());
        Assert.All(commands, command => Assert.Contains(command, Commands.Public));
    }

    [Theory]
    [InlineData("ask:r1:o1", true)]
    [InlineData("more:r1:5", true)]
    [InlineData("rate:m1:0", true)]
    [InlineData("nocomment:m1", true)]
    [InlineData("rate:m1:6", false)]
    [InlineData("more:r1:0", false)]
    [InlineData("more:r1:x", false)]
    [InlineData("ask:r1", false)]
    [InlineData("yes:", false)]
    [InlineData("yes:m1:extra", false)]
    [InlineData("accept:m1", false)]
    public void Match_buttons_decode_what_the_bot_made_and_nothing_else(string argument, bool decodes)
    {
        var button = Kiosk.Conversations.Flows.HelpRequests.MatchButton.TryDecode(argument);

        Assert.Equal(decodes, button is not null);
        Assert.True(button is null || button.Encode() == argument);
    }

    [Fact]
    public void Every_category_and_district_answer_of_the_forms_round_trips_as_a_form_button()
    {
        var answers = Kiosk.Domain.Categories.All.Select(id => new Kiosk.Conversations.Forms.FormButton("category", id))
            .Concat(Kiosk.Domain.Districts.Ids.Select(id => new Kiosk.Conversations.Forms.FormButton("district", id)));

        Assert.All(answers, button =>
        {
            Assert.Equal(button, Kiosk.Conversations.Forms.FormButton.TryDecode(button.Encode()));
            Assert.True(Encoding.UTF8.GetByteCount(FlowButton.Data(button)) <= 64);
        });
    }

    [Fact]
    public void Cancel_leaves_what_is_in_progress_and_nothing_else()
    {
        bool Left(FlowState state) => FlowRegistry.For(state)!.IsLeftByCancel(state);

        Assert.True(Left(new Kiosk.Conversations.Forms.FillingRequest()));
        Assert.True(Left(new Kiosk.Conversations.Flows.Coordinators.WritingAnnouncement()));
        Assert.True(Left(new Kiosk.Conversations.Flows.Privacy.ConfirmingDeletion()));
        Assert.True(Left(new Welcoming { Stage = WelcomeStage.ChoosingLanguage }));
        // Nothing to cancel: the privacy notice, optional follow-ups, a coordinator passing on advice (ended by /end).
        Assert.False(Left(new Welcoming { Stage = WelcomeStage.AcceptingPrivacy }));
        Assert.False(Left(new Kiosk.Conversations.Flows.HelpRequests.CommentingMatch()));
        Assert.False(Left(new Kiosk.Conversations.Flows.AdviceDesk.AnsweringAdvice()));
    }

    [Fact]
    public void Every_stored_kind_has_its_own_collection_and_a_privacy_policy()
    {
        var kinds = FlowRegistry.Stores.ToList();
        Assert.Equal(kinds.Count, kinds.Select(kind => kind.Collection).Distinct().Count());
        var older = new[] { "chats", "members", "offers", "requests", "matches", "reports", "steps", "outbox", "inbox", "invites", "broadcasts", "deliveries", "advice", "events" };
        Assert.Empty(kinds.Select(kind => kind.Collection).Intersect(older));
        foreach (var kind in kinds)
        {
            // /mydata shows it, /delete erases it by IStoredRecord.MemberId, retention removes it by IStoredRecord.CreatedAt.
            Assert.True(typeof(IStoredRecord).IsAssignableFrom(kind.RecordType), kind.Collection);
            Assert.True(kind.KeptFor is null || kind.KeptFor > NodaTime.Duration.Zero, kind.Collection);
            var record = (IStoredRecord)Activator.CreateInstance(kind.RecordType)!;
            Assert.NotNull(kind.Show(record));
        }
    }
}
