using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;

namespace Kiosk.Conversations.Flows.Offers;

/// <summary>The buttons under each card of /myoffers (<see cref="MyOffers"/>): pause, resume, change, delete and its confirmation.</summary>
public sealed class OfferActionsFlow : ButtonFlow<OfferButton>
{
    /// <inheritdoc />
    protected override void OnButton(Turn turn, OfferButton button) => MyOffers.Act(turn, button.Action, button.OfferId);
}

/// <summary>What a /myoffers button does.</summary>
public enum OfferAction
{
    /// <summary>Take it offline.</summary>
    Pause,

    /// <summary>Put it online again.</summary>
    Resume,

    /// <summary>Change it in the offer form.</summary>
    Edit,

    /// <summary>Ask whether to delete it.</summary>
    Delete,

    /// <summary>Delete it (the confirmation).</summary>
    DeleteYes,
}

/// <summary>"offer:ACTION:ID", ACTION one of pause, resume, edit, delete, deleteyes.</summary>
/// <param name="Action">What to do.</param>
/// <param name="OfferId">One of the person's own offers (checked).</param>
public sealed record OfferButton(OfferAction Action, string OfferId) : IFlowButton<OfferButton>
{
    /// <inheritdoc />
    public static string Verb => "offer";

    /// <inheritdoc />
    public static IEnumerable<OfferButton> Samples => Enum.GetValues<OfferAction>().Select(action => new OfferButton(action, new string('o', 32)));

    /// <inheritdoc />
    public static OfferButton? TryDecode(string argument) => argument.Split(':') is [var action, var id]
        && Enum.GetValues<OfferAction>().FirstOrDefault(known => Word(known) == action) is var decoded && Word(decoded) == action
        && id.Length is > 0 and <= 32 && id.All(char.IsAsciiLetterOrDigit)
            ? new(decoded, id)
            : null;

    /// <inheritdoc />
    public string Encode() => $"{Word(Action)}:{OfferId}";

    private static string Word(OfferAction action) => action.ToString().ToLowerInvariant();
}
