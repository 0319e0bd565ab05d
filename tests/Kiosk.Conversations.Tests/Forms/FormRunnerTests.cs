using System.Globalization;
using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Forms;
using Kiosk.Conversations.Localization;
using Kiosk.Domain;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;
using NodaTime;
using NodaTime.Testing;

namespace Kiosk.Conversations.Tests.Forms;

/// <summary>The form engine on a small form of its own: a visit with a day (buttons only) and a group size.</summary>
public sealed class FormRunnerTests
{
    private static readonly Localizer Localizer = new(Catalogs.Load(Catalogs.DefaultDirectory), NullLogger<Localizer>.Instance);

    private static readonly Form<VisitDraft> VisitForm = new("visit",
    [
        new Slot<VisitDraft>
        {
            Name = "day", PromptKey = "menu.title", LabelKey = "menu.about", ExampleKey = "menu.language",
            IsFilled = draft => draft.Day is not null,
            Choices = _ => [new Choice("Mo", "mon"), new Choice("Sa", "sat")],
            Apply = (_, draft, value) => draft.Day = value,
            Describe = (_, draft) => draft.Day ?? "",
        },
        new Slot<VisitDraft>
        {
            Name = "people", PromptKey = "onboarding.choose_language", LabelKey = "menu.offer", ExampleKey = "menu.request",
            IsFilled = draft => draft.People > 0,
            Choices = _ => [new Choice("1", "1"), new Choice("2", "2"), new Choice("3", "3")],
            Recognize = (turn, text) => RecognizeNumber(text, turn.Language),
            Validate = value => int.Parse(value, CultureInfo.InvariantCulture) is >= 1 and <= 10 ? null : "input.too_long",
            Apply = (_, draft, value) => draft.People = int.Parse(value, CultureInfo.InvariantCulture),
            Describe = (_, draft) => draft.People.ToString(CultureInfo.InvariantCulture),
        },
    ]);

    [Fact]
    public void Buttons_alone_fill_every_slot_and_the_summary_confirms()
    {
        var (draft, progress) = (new VisitDraft(), new FormProgress());
        var turn = NewTurn(InboundKind.Text);

        FormRunner.Ask(turn, VisitForm, draft, progress);
        Assert.Equal("day", progress.Slot);
        Assert.Equal(["form:day=mon", "form:day=sat"], LastButtons(turn));

        FormRunner.OnButton(NewTurn(InboundKind.Button), VisitForm, draft, progress, FormButton.TryDecode("day=sat")!);
        Assert.Equal(("sat", "people"), (draft.Day, progress.Slot));

        var summaryTurn = NewTurn(InboundKind.Button);
        FormRunner.OnButton(summaryTurn, VisitForm, draft, progress, FormButton.TryDecode("people=2")!);
        Assert.Null(progress.Slot);
        Assert.Equal(["form:confirm", "form:change=day", "form:change=people"], LastButtons(summaryTurn));

        Assert.Equal(FormOutcome.Confirmed, FormRunner.OnButton(NewTurn(InboundKind.Button), VisitForm, draft, progress, FormButton.TryDecode("confirm")!));
        Assert.Equal(2, draft.People);
    }

    [Theory]
    [InlineData("de", "drei", 3)]
    [InlineData("de", "Wir sind 4", 4)]
    [InlineData("en", "two of us", 2)]
    [InlineData("tr", "üç", 3)]
    public void Free_text_is_recognized_with_Microsoft_Recognizers(string language, string text, int expected)
    {
        var (draft, progress) = (new VisitDraft { Day = "mon" }, new FormProgress { Slot = "people" });
        FormRunner.OnText(NewTurn(InboundKind.Text, language), VisitForm, draft, progress, text);
        Assert.Equal(expected, draft.People);
    }

    [Fact]
    public void Misses_get_an_example_and_the_third_offers_the_buttons_again()
    {
        var (draft, progress) = (new VisitDraft { Day = "mon" }, new FormProgress { Slot = "people" });

        for (var miss = 1; miss <= 2; miss++)
        {
            var turn = NewTurn(InboundKind.Text);
            FormRunner.OnText(turn, VisitForm, draft, progress, "keine Ahnung");
            var reply = Assert.Single(turn.Result().Messages);
            Assert.Equal(Localizer.Text("de", "form.retry", ("example", Localizer.Text("de", "menu.request"))), reply.Text);
        }

        var third = NewTurn(InboundKind.Text);
        FormRunner.OnText(third, VisitForm, draft, progress, "???");
        Assert.Equal(["form:people=1", "form:people=2", "form:people=3"], LastButtons(third));
        Assert.Equal(0, draft.People);
    }

    [Fact]
    public void A_value_that_fails_validation_is_not_stored()
    {
        var (draft, progress) = (new VisitDraft { Day = "mon" }, new FormProgress { Slot = "people" });
        var turn = NewTurn(InboundKind.Text);
        FormRunner.OnText(turn, VisitForm, draft, progress, "40");
        Assert.Equal(0, draft.People);
        Assert.Equal("people", progress.Slot);
    }

    [Fact]
    public void Change_from_the_summary_asks_that_slot_and_returns_to_the_summary()
    {
        var (draft, progress) = (new VisitDraft { Day = "mon", People = 2 }, new FormProgress());
        FormRunner.Ask(NewTurn(InboundKind.Text), VisitForm, draft, progress);

        FormRunner.OnButton(NewTurn(InboundKind.Button), VisitForm, draft, progress, FormButton.TryDecode("change=day")!);
        Assert.Equal("day", progress.Slot);

        var back = NewTurn(InboundKind.Button);
        FormRunner.OnButton(back, VisitForm, draft, progress, FormButton.TryDecode("day=sat")!);
        Assert.Equal(("sat", (string?)null), (draft.Day, progress.Slot));
        Assert.Equal("form:confirm", LastButtons(back)[0]);
    }

    [Theory]
    [InlineData("day=sun")]
    [InlineData("people=2")]
    [InlineData("confirm")]
    [InlineData("change=nonsense")]
    public void Forged_form_buttons_change_nothing(string argument)
    {
        var (draft, progress) = (new VisitDraft(), new FormProgress { Slot = "day" });
        var outcome = FormRunner.OnButton(NewTurn(InboundKind.Button), VisitForm, draft, progress, FormButton.TryDecode(argument)!);
        Assert.Equal(FormOutcome.Asking, outcome);
        Assert.Equal((null, 0, "day"), (draft.Day, draft.People, progress.Slot));
    }

    private static string? RecognizeNumber(string text, string language)
    {
        var culture = language switch { "de" => Culture.German, "tr" => Culture.Turkish, _ => Culture.English };
        var found = NumberRecognizer.RecognizeNumber(text, culture).FirstOrDefault();
        // The recognizer formats its value in its own culture ("3,5" in German): parse it with that culture.
        return found?.Resolution["value"] is string value && decimal.TryParse(value, NumberStyles.Number, CultureInfo.GetCultureInfo(culture), out var number)
            ? ((int)number).ToString(CultureInfo.InvariantCulture)
            : null;
    }

    private static Turn NewTurn(InboundKind kind, string language = "de") => new(
        new Inbound { UpdateId = 1, ChatId = 5, UserId = 5, Kind = kind, CallbackQueryId = "cb", ButtonMessageId = 3 },
        new ChatState { ChatId = 5, Language = language },
        new Member { Id = 5, Language = language },
        Localizer,
        new KioskTime(new FakeClock(Instant.FromUtc(2026, 11, 25, 9, 0)), DateTimeZoneProviders.Tzdb["Europe/Berlin"]),
        Engine.ChatFlow.Recognizers);

    private static string[] LastButtons(Turn turn) =>
        turn.Result().Messages.Last(message => message.Buttons is { Count: > 0 }).Buttons!.SelectMany(row => row).Select(button => button.Data ?? "").ToArray();

    private sealed class VisitDraft
    {
        public string? Day { get; set; }

        public int People { get; set; }
    }
}
