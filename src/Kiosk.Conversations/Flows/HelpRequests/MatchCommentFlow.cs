using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;

namespace Kiosk.Conversations.Flows.HelpRequests;

/// <summary>After rating a match: the next text is an optional comment on it.</summary>
public sealed class CommentingMatch : FlowState
{
    /// <summary>The rated match.</summary>
    public string MatchId { get; set; } = "";
}

/// <summary>The optional comment after stars (<see cref="FollowUp"/>); "skip" is the older "match:nocomment:ID" button.</summary>
public sealed class MatchCommentFlow : Flow
{
    /// <inheritdoc />
    public override string Name => "match_comment";

    /// <inheritdoc />
    public override bool LeftByCancel => false;

    /// <inheritdoc />
    public override bool MakesButtons => false;

    /// <inheritdoc />
    public override bool Owns(FlowState state) => state is CommentingMatch;

    /// <inheritdoc />
    public override bool Continues(FlowState state, ButtonData button) => FlowButton.Decode<MatchButton>(button) is { Action: MatchAction.NoComment };

    /// <inheritdoc />
    public override void OnText(Turn turn, FlowState state, string text) => FollowUp.Comment(turn, text);

    /// <inheritdoc />
    public override void Repeat(Turn turn, FlowState state) => FollowUp.AskComment(turn, ((CommentingMatch)state).MatchId);
}
