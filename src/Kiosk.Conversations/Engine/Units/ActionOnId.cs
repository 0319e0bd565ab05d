namespace Kiosk.Conversations.Engine.Units;

/// <summary>
/// Button data "ACTION:ID" for flows whose buttons are one action (an enum, written in lower case) on one stored
/// record (a match): the shared encoding of their <see cref="IFlowButton{TSelf}"/> records.
/// </summary>
public static class ActionOnId
{
    /// <summary>The longest id accepted (ids are ASCII letters and digits).</summary>
    public const int MaxId = 32;

    /// <summary>"ACTION:ID".</summary>
    public static string Encode<TAction>(TAction action, string id) where TAction : struct, Enum => $"{Name(action)}:{id}";

    /// <summary>Reads "ACTION:ID"; false for anything the flow did not make.</summary>
    public static bool TryDecode<TAction>(string argument, out TAction action, out string id) where TAction : struct, Enum
    {
        (action, id) = (default, "");
        if (argument.Split(':') is not [var name, var value] || value.Length is 0 or > MaxId || !value.All(char.IsAsciiLetterOrDigit)
            || Enum.GetValues<TAction>().Where(candidate => Name(candidate) == name).ToList() is not [var found])
        {
            return false;
        }

        (action, id) = (found, value);
        return true;
    }

    /// <summary>Every action with the longest id, for the round-trip and 64-byte test.</summary>
    public static IEnumerable<(TAction Action, string Id)> Samples<TAction>() where TAction : struct, Enum =>
        Enum.GetValues<TAction>().Select(action => (action, new string('m', MaxId)));

    private static string Name<TAction>(TAction action) where TAction : struct, Enum => action.ToString().ToLowerInvariant();
}
