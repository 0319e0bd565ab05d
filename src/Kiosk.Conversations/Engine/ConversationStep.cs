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













}
