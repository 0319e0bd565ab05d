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

    /// <summary>A coordinator writes an announcement (or one more language version of it).</summary>
    WritingBroadcast,

    /// <summary>A coordinator chooses the audience, versions and sending of an announcement (by buttons).</summary>
    ComposingBroadcast,

    /// <summary>A coordinator writes when an announcement is to be sent.</summary>
    SchedulingBroadcast,

    /// <summary>The next text is the question for the Smart cooperative (optional).</summary>
    AskingAdvice,

    /// <summary>A coordinator: the next texts are passed on to the person who asked for advice.</summary>
    AnsweringAdvice,

    /// <summary>A coordinator: the next text is the day and time of an appointment at the kiosk.</summary>
    ProposingAppointment,

    /// <summary>A coordinator adds an event: the next text is its title (first line) and description.</summary>
    WritingEvent,

    /// <summary>A coordinator adds an event: the next text is its date and time.</summary>
    TimingEvent,

    /// <summary>A coordinator adds an event: the summary waits for save or discard.</summary>
    ConfirmingEvent,
}
