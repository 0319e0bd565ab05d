namespace Kiosk.Conversations.Engine;

/// <summary>Where a chat is in the conversation; the engine expects an answer to this step.</summary>
public enum ConversationStep
{
    /// <summary>Nothing asked yet (a new chat).</summary>
    None,

    /// <summary>Onboarding: choosing the language.</summary>
    ChoosingLanguage,

    /// <summary>Onboarding: reading the privacy notice, to accept or decline.</summary>
    AcceptingPrivacy,

    /// <summary>The main menu is shown.</summary>
    Menu,

    /// <summary>Asked whether to really delete all data.</summary>
    ConfirmingDeletion,

    /// <summary>Filling the offer or help request form.</summary>
    InForm,

    /// <summary>After rating a match: the next text is an optional comment.</summary>
    CommentingMatch,

    /// <summary>The next text is the phone number to share with a match.</summary>
    EnteringPhone,

    /// <summary>A coordinator adds an event: the next text is its title (first line) and description.</summary>
    WritingEvent,

    /// <summary>A coordinator adds an event: the next text is its date and time.</summary>
    TimingEvent,

    /// <summary>A coordinator adds an event: the summary waits for save or discard.</summary>
    ConfirmingEvent,
}
