namespace Kiosk.Conversations.Engine;

/// <summary>What <c>/cancel</c> does at each step: declared for every step, so a new step cannot be forgotten.</summary>
public static class ConversationStepCancel
{
    /// <summary>
    /// True when the step is something in progress that <c>/cancel</c> abandons ("cancelled"); false where there is
    /// nothing to cancel ("nothing to cancel"): menus, optional follow-ups, and a coordinator passing on advice
    /// (ended by /end, not /cancel).
    /// </summary>
    /// <remarks>The switch has no default arm on purpose: a step added to the enum and not here fails the build (CS8509).</remarks>
    public static bool IsLeftByCancel(this ConversationStep step)
    {
#pragma warning disable CS8524 // Numbers outside the enum are not steps; CS8509 (a named step missing) stays an error.
        return step switch
#pragma warning restore CS8524
        {
            ConversationStep.None or ConversationStep.AcceptingPrivacy or ConversationStep.Menu => false,
            ConversationStep.ChoosingLanguage => true,
        };
    }
}
