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


    /// <summary>Filling the offer or help request form.</summary>
    InForm,



    /// <summary>A coordinator writes an announcement (or one more language version of it).</summary>
    WritingBroadcast,

    /// <summary>A coordinator chooses the audience, versions and sending of an announcement (by buttons).</summary>
    ComposingBroadcast,

    /// <summary>A coordinator writes when an announcement is to be sent.</summary>
    SchedulingBroadcast,






}
