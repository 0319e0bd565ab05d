using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Conversations.Forms;

namespace Kiosk.Conversations.Flows.Coordinators;

/// <summary>Where a coordinator is in writing an announcement.</summary>
public enum AnnouncementStage
{
    /// <summary>The next text is the version in <see cref="BroadcastDraft.Writing"/>.</summary>
    Writing,

    /// <summary>Audience, versions and sending are chosen by buttons.</summary>
    Composing,

    /// <summary>The next text is when to send.</summary>
    Scheduling,
}

/// <summary>A coordinator writing an announcement: the stage and the draft.</summary>
public sealed class WritingAnnouncement : FlowState
{
    /// <summary>The question waiting for an answer.</summary>
    public AnnouncementStage Stage { get; set; }

    /// <summary>The announcement so far.</summary>
    public BroadcastDraft Draft { get; set; } = new();
}

/// <summary>/broadcast in the chat (<see cref="Broadcasting"/>); its buttons are the older "coord:bc:..." ones.</summary>
public sealed class AnnouncementFlow : Flow
{
    /// <inheritdoc />
    public override string Name => "announcement";

    /// <inheritdoc />
    public override bool MakesButtons => false;

    /// <inheritdoc />
    public override bool Owns(FlowState state) => state is WritingAnnouncement;

    /// <inheritdoc />
    public override bool Continues(FlowState state, ButtonData button) => FlowButton.Decode<TeamButton>(button) is { Area: Broadcasting.Area };

    /// <inheritdoc />
    public override void OnText(Turn turn, FlowState state, string text)
    {
        var writing = (WritingAnnouncement)state;
        if (!TeamGuard.StillOnTeam(turn))
        {
            return;
        }

        switch (writing.Stage)
        {
            case AnnouncementStage.Writing:
                Broadcasting.OnText(turn, writing, text);
                break;
            case AnnouncementStage.Scheduling:
                Broadcasting.OnTime(turn, writing, text);
                break;
            default:
                turn.Say("input.not_understood");
                Broadcasting.Repeat(turn, writing);
                break;
        }
    }

    /// <inheritdoc />
    public override void Repeat(Turn turn, FlowState state)
    {
        if (TeamGuard.StillOnTeam(turn))
        {
            Broadcasting.Repeat(turn, (WritingAnnouncement)state);
        }
    }
}
