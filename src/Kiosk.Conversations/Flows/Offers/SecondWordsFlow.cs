using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Conversations.Localization;
using Kiosk.Domain;

namespace Kiosk.Conversations.Flows.Offers;

/// <summary>
/// A few words in German or English beside an offer written in another language: after saving, a newcomer whose
/// language is neither gets a tip with a button; what they then write is kept as the offer's second description and
/// shown on every card under the words as written (<see cref="Lines"/>).
/// </summary>
public sealed class SecondWordsFlow : Flow<SecondWordsButton>
{
    private static readonly string[] Bridges = ["de", "en"];

    /// <summary>After an offer was saved: the tip with its button, unless the person writes German or English anyway.</summary>
    public static void Offer(Turn turn, Offer offer)
    {
        if (Bridges.Contains(turn.Language) || offer.SecondDescription.Length > 0)
        {
            return;
        }

        turn.SayText(turn.T("words.tip", ("language", Labels.Spoken(turn, [turn.Language]))),
            [[Button.Press(turn.T("words.add"), FlowButton.Data(new SecondWordsButton(SecondWordsAction.Add, offer.Id)))]]);
    }

    /// <summary>The description as written, and the second words under it when there are any (for cards).</summary>
    public static string Lines(Voice voice, Offer offer) =>
        (offer.Description.Length > 0 ? Bidi.Isolate(offer.Description) : voice.T("offer.no_description"))
        + (offer.SecondDescription.Length > 0
            ? "\n" + voice.T("words.line", ("language", Labels.Spoken(voice, [offer.SecondLanguage])), ("text", Bidi.Isolate(offer.SecondDescription)))
            : "");

    /// <inheritdoc />
    public override bool Owns(FlowState state) => state is AddingWords;

    /// <inheritdoc />
    protected override void OnButton(Turn turn, SecondWordsButton button)
    {
        if (turn.Offers.FirstOrDefault(offer => offer.Id == button.OfferId) is null)
        {
            turn.RemovePressedButtons();
            turn.Say("input.old_button");
            return;
        }

        turn.RemovePressedButtons();
        if (button.Action == SecondWordsAction.Skip)
        {
            Leave(turn);
            MainMenu.Show(turn);
            return;
        }

        LeaveOthers(turn, this);
        Enter(turn, new AddingWords { OfferId = button.OfferId });
        Ask(turn, button.OfferId);
    }

    /// <inheritdoc />
    public override void OnText(Turn turn, FlowState state, string text)
    {
        var adding = (AddingWords)state;
        Leave(turn);
        if (turn.Offers.FirstOrDefault(offer => offer.Id == adding.OfferId) is not { } offer)
        {
            MainMenu.Show(turn);
            return;
        }

        offer.SecondDescription = CommonSlots.OwnWords(text);
        offer.SecondLanguage = turn.Recognizers.MessageLanguage.Of(text) ?? Bridges[0];
        turn.Say("words.saved", ("language", Labels.Spoken(turn, [offer.SecondLanguage])));
        MainMenu.Show(turn);
    }

    /// <inheritdoc />
    public override void Repeat(Turn turn, FlowState state) => Ask(turn, ((AddingWords)state).OfferId);

    private static void Ask(Turn turn, string offerId) =>
        turn.SayText(turn.T("words.ask"), [[Button.Press(turn.T("form.skip"), FlowButton.Data(new SecondWordsButton(SecondWordsAction.Skip, offerId)))]]);
}

/// <summary>The chat waits for the second words of one of the person's offers.</summary>
public sealed class AddingWords : FlowState
{
    /// <summary>The offer.</summary>
    public string OfferId { get; set; } = "";
}

/// <summary>What a second-words button does.</summary>
public enum SecondWordsAction
{
    /// <summary>Asks for the words.</summary>
    Add,

    /// <summary>No words after all.</summary>
    Skip,
}

/// <summary>"words:add:OFFER", "words:skip:OFFER".</summary>
/// <param name="Action">What the button does.</param>
/// <param name="OfferId">One of the person's own offers (checked).</param>
public sealed record SecondWordsButton(SecondWordsAction Action, string OfferId) : IFlowButton<SecondWordsButton>
{
    private const int MaxId = 32;

    /// <inheritdoc />
    public static string Verb => "words";

    /// <inheritdoc />
    public static IEnumerable<SecondWordsButton> Samples => [new(SecondWordsAction.Add, new string('o', MaxId)), new(SecondWordsAction.Skip, new string('o', MaxId))];

    /// <inheritdoc />
    public static SecondWordsButton? TryDecode(string argument) => argument.Split(':') switch
    {
        ["add", var id] when IsId(id) => new(SecondWordsAction.Add, id),
        ["skip", var id] when IsId(id) => new(SecondWordsAction.Skip, id),
        _ => null,
    };

    /// <inheritdoc />
    public string Encode() => $"{(Action == SecondWordsAction.Add ? "add" : "skip")}:{OfferId}";

    private static bool IsId(string id) => id.Length is > 0 and <= MaxId && id.All(char.IsAsciiLetterOrDigit);
}
