using Kiosk.Conversations.Engine;

namespace Kiosk.Conversations.Tests.Engine;

public sealed class ConversationStepCancelTests
{
    [Fact]
    public void Cancel_leaves_what_is_in_progress_and_nothing_else()
    {
        var leftByCancel = Enum.GetValues<ConversationStep>().Where(step => step.IsLeftByCancel()).ToHashSet();

        Assert.Contains(ConversationStep.ChoosingLanguage, leftByCancel);
        Assert.True(new Kiosk.Conversations.Flows.FormsFlow().LeftByCancel);
        Assert.True(new Kiosk.Conversations.Flows.Coordinators.AnnouncementFlow().LeftByCancel);
        Assert.True(new Kiosk.Conversations.Flows.Privacy.DataDeletionFlow().LeftByCancel);
        Assert.DoesNotContain(ConversationStep.Menu, leftByCancel);
        Assert.DoesNotContain(ConversationStep.None, leftByCancel);
        Assert.False(new Kiosk.Conversations.Flows.AdviceDesk.AdviceAnswerFlow().LeftByCancel);
        Assert.False(new Kiosk.Conversations.Flows.HelpRequests.MatchCommentFlow().LeftByCancel);
    }
}
