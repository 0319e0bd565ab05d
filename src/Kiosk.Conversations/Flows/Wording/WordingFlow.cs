using System.Globalization;
using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Conversations.Flows.Coordinators;
using Kiosk.Conversations.Flows.Privacy;
using Kiosk.Conversations.Localization;

namespace Kiosk.Conversations.Flows.Wording;

/// <summary>
/// Anyone can improve a text: "✏️ Suggest a better wording" (under /help and /language, or /wording) lists the bot's
/// last messages in this chat, the person picks one and writes their version. The suggestion is stored for the
/// catalog key and language (not the message as shown). The team gets all suggestions, per language, as a CSV file
/// to update the catalogs. Shown by /mydata, erased by /delete, kept for Storage:RetentionDays.
/// </summary>
public sealed class WordingFlow : Flow<WordingButton>
{
    /// <summary>How many of the bot's last messages are offered to pick from.</summary>
    public const int Offered = 6;

    private const int LabelLength = 40;

    /// <summary>Where suggestions are stored.</summary>
    public static readonly StoredKind<WordingSuggestion> Kind = new("wording",
        suggestion => new { suggestion.Id, suggestion.Language, suggestion.Key, suggestion.Text, CreatedAt = MyDataDocument.Iso(suggestion.CreatedAt) });

    /// <inheritdoc />
    public override IReadOnlyList<string> Commands => ["wording"];

    /// <inheritdoc />
    public override IReadOnlyList<StoredKind> Stores => [Kind];

    /// <inheritdoc />
    public override bool Owns(FlowState state) => state is WritingWording;

    /// <summary>The button that starts a suggestion.</summary>
    public static Button StartButton(Voice voice) => Button.Press(voice.T("wording.button"), FlowButton.Data(new WordingButton(WordingAction.Start)));

    /// <inheritdoc />
    public override void OnCommand(Turn turn, string command, string argument) => Offer(turn);

    /// <inheritdoc />
    public override void OnText(Turn turn, FlowState state, string text)
    {
        var key = ((WritingWording)state).Key;
        Leave(turn);
        turn.Changes.Records.Add(new WordingSuggestion
        {
            Id = Ids.New(), MemberId = turn.Member!.Id, Language = turn.Language, Key = key,
            Text = WrittenText.Cut(text.Trim(), WordingSuggestion.MaxText - 1), CreatedAt = turn.Time.Now,
        });
        turn.Say("wording.thanks");
    }

    /// <inheritdoc />
    public override void Repeat(Turn turn, FlowState state) => Ask(turn, ((WritingWording)state).Key);

    /// <inheritdoc />
    protected override void OnButton(Turn turn, WordingButton button)
    {
        switch (button.Action)
        {
            case WordingAction.Start:
                Offer(turn);
                break;
            case WordingAction.Pick:
                Pick(turn, button.EntryId);
                break;
            case WordingAction.Export when FlowAccess.IsTeam(turn):
                Export(turn);
                break;
            case WordingAction.Export:
                turn.Say("coordinator.only");
                break;
            case WordingAction.Stop:
                Leave(turn);
                turn.RemovePressedButtons();
                turn.Say("wording.stopped");
                break;
        }
    }

    // The bot's last texts in this chat that come from the catalog, newest first, as buttons.
    private static void Offer(Turn turn)
    {
        LeaveOthers(turn);
        var texts = Recent(turn).ToList();
        var rows = texts.Select(text => new[] { Button.Press(Label(text.Text), Data(new WordingButton(WordingAction.Pick, text.Id))) })
            .Cast<IEnumerable<Button>>().ToList();
        if (FlowAccess.IsTeam(turn))
        {
            rows.Add([Button.Press(turn.T("wording.export_button"), Data(new WordingButton(WordingAction.Export)))]);
        }

        turn.SayText(turn.T(texts.Count == 0 ? "wording.none" : "wording.pick"), rows);
    }

    private static IEnumerable<(long Id, string Text, string Key)> Recent(Turn turn) =>
        turn.Directory.SentTo(turn.Inbound.ChatId, Offered * 3)
            .Select(sent => (sent.Id, Text: Bidi.Strip(sent.Text), Key: turn.Localizer.KeyOf(turn.Language, sent.Text)))
            .Where(sent => sent.Key is not null && !sent.Key.StartsWith("wording.", StringComparison.Ordinal))
            .Select(sent => (sent.Id, sent.Text, sent.Key!))
            .Take(Offered);

    private static void Pick(Turn turn, long entryId)
    {
        // Only a text the bot sent to this chat, and only as its catalog key: the person's or others' words stay out.
        if (Recent(turn).FirstOrDefault(sent => sent.Id == entryId) is not { Key: { } key })
        {
            turn.Say("input.old_button");
            return;
        }

        turn.RemovePressedButtons();
        Enter(turn, new WritingWording { Key = key });
        Ask(turn, key);
    }

    private static void Ask(Turn turn, string key) =>
        turn.SayText(turn.T("wording.ask", ("language", turn.Localizer.LanguageName(turn.Language)), ("text", Bidi.Isolate(turn.Localizer.Template(turn.Language, key)))),
            [[Button.Press(turn.T("wording.stop"), Data(new WordingButton(WordingAction.Stop)))]]);

    // Every suggestion, per language, with the catalog's current text next to it.
    private static void Export(Turn turn)
    {
        var suggestions = turn.Directory.AllRecords(Kind).OfType<WordingSuggestion>().OrderBy(suggestion => suggestion.Language).ThenBy(suggestion => suggestion.Key).ToList();
        if (suggestions.Count == 0)
        {
            turn.Say("wording.export_empty");
            return;
        }

        var rows = suggestions.Select(suggestion => new SuggestionRow(suggestion.Language, suggestion.Key,
            turn.Localizer.Template(suggestion.Language, suggestion.Key), suggestion.Text, MyDataDocument.Iso(suggestion.CreatedAt)));
        var perLanguage = Labels.List(turn, suggestions.GroupBy(suggestion => suggestion.Language)
            .Select(group => $"{turn.Localizer.LanguageName(group.Key)}: {group.Count().ToString(CultureInfo.InvariantCulture)}"));
        turn.SendDocument($"wording-{turn.Time.LocalNow.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv", FiguresCsv.Write(rows),
            turn.T("wording.export_caption", ("count", suggestions.Count), ("list", perLanguage)));
    }

    private static string Label(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? text;
        return WrittenText.Cut(line, LabelLength);
    }

    /// <summary>One row of the export.</summary>
    /// <param name="Language">The catalog's language.</param>
    /// <param name="Key">The catalog key.</param>
    /// <param name="Current">The catalog's text now.</param>
    /// <param name="Suggestion">The proposed wording.</param>
    /// <param name="CreatedAt">When it was proposed.</param>
    public sealed record SuggestionRow(string Language, string Key, string Current, string Suggestion, string CreatedAt);
}

/// <summary>What a wording button does.</summary>
public enum WordingAction
{
    /// <summary>Lists the last texts to pick from.</summary>
    Start,

    /// <summary>Picks one text (by its outbox entry).</summary>
    Pick,

    /// <summary>The team's CSV export.</summary>
    Export,

    /// <summary>No suggestion after all.</summary>
    Stop,
}

/// <summary>"wording:start", "wording:pick:ENTRY", "wording:export", "wording:stop".</summary>
/// <param name="Action">What the button does.</param>
/// <param name="EntryId">For <see cref="WordingAction.Pick"/>: the outbox entry of the bot's message (checked to be in this chat).</param>
public sealed record WordingButton(WordingAction Action, long EntryId = 0) : IFlowButton<WordingButton>
{
    /// <inheritdoc />
    public static string Verb => "wording";

    /// <inheritdoc />
    public static IEnumerable<WordingButton> Samples =>
        [new(WordingAction.Start), new(WordingAction.Pick, long.MaxValue), new(WordingAction.Export), new(WordingAction.Stop)];

    /// <inheritdoc />
    public static WordingButton? TryDecode(string argument) => argument.Split(':') switch
    {
        ["start"] => new(WordingAction.Start),
        ["export"] => new(WordingAction.Export),
        ["stop"] => new(WordingAction.Stop),
        ["pick", var id] when id.Length is > 0 and <= 19 && id.All(char.IsAsciiDigit) && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var entry) => new(WordingAction.Pick, entry),
        _ => null,
    };

    /// <inheritdoc />
    public string Encode() => Action == WordingAction.Pick ? $"pick:{EntryId.ToString(CultureInfo.InvariantCulture)}" : Action.ToString().ToLowerInvariant();
}
