namespace Kiosk.Domain;

/// <summary>What a person came to the kiosk for; a deep link can pre-select it.</summary>
public enum MemberRole
{
    /// <summary>Not chosen yet.</summary>
    None,

    /// <summary>A newcomer who offers something they can do.</summary>
    Newcomer,

    /// <summary>A neighbour who asks for help.</summary>
    Neighbour,
}
