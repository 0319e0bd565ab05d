using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;

namespace Kiosk.Conversations.Flows.HelpRequests;

/// <summary>The next text is the phone number to share with a match.</summary>
public sealed class EnteringPhone : FlowState
{
    /// <summary>The match the number is for.</summary>
    public string MatchId { get; set; } = "";
}

/// <summary>"Share my phone number" in a match (<see cref="Talking"/>): the number is written, checked and kept for the match.</summary>
public sealed class PhoneFlow : Flow
{
    /// <inheritdoc />
    public override string Name => "match_phone";

    /// <inheritdoc />
    public override bool LeftByCancel => false;

    /// <inheritdoc />
    public override bool MakesButtons => false;

    /// <inheritdoc />
    public override bool Owns(FlowState state) => state is EnteringPhone;

    /// <inheritdoc />
    public override void OnText(Turn turn, FlowState state, string text) => Talking.SharePhone(turn, ((EnteringPhone)state).MatchId, text);

    /// <inheritdoc />
    public override void Repeat(Turn turn, FlowState state) => Talking.AskPhoneAgain(turn, ((EnteringPhone)state).MatchId);
}
