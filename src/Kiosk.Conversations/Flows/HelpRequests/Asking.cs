using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Conversations.Forms;
using Kiosk.Conversations.Understanding;
using Kiosk.Domain;
using NodaTime;
using NodaTime.Text;

namespace Kiosk.Conversations.Flows.HelpRequests;

/// <summary>A neighbour asks for help: the request form, the quick request that fills it, and saving.</summary>
public static class Asking
{
    /// <summary>Most open requests one person can have.</summary>
    public const int MaxOpenRequests = 10;

    private static readonly LocalDateTimePattern Local = LocalDateTimePattern.ExtendedIso;

    /// <summary>The help request form.</summary>
    public static readonly Form<HelpRequestDraft> Form = new("request",
    [
        CommonSlots.Category<HelpRequestDraft>("request", draft => draft.Category, (draft, value) => draft.Category = value,
            draft => draft.LikelyCategories, (draft, likely) => draft.LikelyCategories = likely),
        new Slot<HelpRequestDraft>
        {
            Name = "when", PromptKey = "request.ask_when", LabelKey = "request.label_when", ExampleKey = "request.example_when",
            IsFilled = draft => draft.When is not null,
            Choices = turn =>
            [
                new Choice(turn.T("when.today_label"), "today"), new Choice(turn.T("when.tomorrow_label"), "tomorrow"),
                new Choice(turn.T("when.weekend_label"), "weekend"), new Choice(turn.T("when.next_week_label"), "nextweek"),
                new Choice(turn.T("when.flexible_label"), "flexible"),
            ],
            Recognize = (turn, text) => Encode(turn.Recognizers.When.Recognize(text, turn.Language, turn.Time.LocalNow.LocalDateTime)),
            Apply = (turn, draft, value) => draft.When = Decode(value, turn.Time.LocalNow.LocalDateTime),
            Describe = (turn, draft) => Labels.When(turn, draft.When),
        },
        CommonSlots.District<HelpRequestDraft>("request", draft => draft.District, (draft, value) => draft.District = value),
        CommonSlots.OwnWords<HelpRequestDraft>("details", "request", "details", draft => draft.Details, (draft, value) => draft.Details = value, "request.no_details"),
    ]);

    /// <summary>Starts an empty request, or says there are too many open ones.</summary>
    public static void Start(Turn turn) => Open(turn, new HelpRequestDraft());

    /// <summary>
    /// A help request from a free message: it fills every slot it can (the category only when the classifier is
    /// sure; else its likely ones are asked first), the form asks for the rest.
    /// </summary>
    public static void StartQuick(Turn turn, string text, Understanding.Understanding understood) => Open(turn, new HelpRequestDraft
    {
        Category = understood.Category.IsSure ? understood.Category.Best : null,
        LikelyCategories = understood.Category.IsSure ? null : [.. understood.Category.TopThree],
        When = understood.When,
        District = understood.District,
        Details = CommonSlots.OwnWords(text),
    });

    /// <summary>Saves the confirmed draft as an open request.</summary>
    public static void Save(Turn turn, HelpRequestDraft draft)
    {
        var request = new HelpRequest
        {
            Id = Ids.New(), MemberId = turn.Member!.Id, Category = draft.Category!, When = draft.When!, District = draft.District!,
            Details = draft.Details ?? "", Language = turn.Language, Status = HelpRequestStatus.Open, CreatedAt = turn.Time.Now,
        };
        turn.Requests.Add(request);
        turn.State.LeaveForm();
        Proposing.Show(turn, request, justSaved: true);
    }

    /// <summary>The person's requests that are still open now.</summary>
    public static IEnumerable<HelpRequest> Open(Turn turn) => turn.Requests.Where(request => request.IsOpen(turn.Time.Now, turn.Time.Zone));

    private static void Open(Turn turn, HelpRequestDraft draft)
    {
        if (Open(turn).Count() >= MaxOpenRequests)
        {
            turn.Say("request.too_many", ("max", MaxOpenRequests));
            MainMenu.Show(turn);
            return;
        }

        var filling = new FillingRequest { Draft = draft };
        Flow.Enter(turn, filling);
        FormRunner.Ask(turn, Form, draft, filling.Progress);
    }

    private static string? Encode(HelpTime? when) => when switch
    {
        null => null,
        { IsFlexible: true } => "flexible",
        _ => $"{Local.Format(when.Start!.Value)}|{Local.Format(when.End!.Value)}",
    };

    private static HelpTime Decode(string value, LocalDateTime now)
    {
        var today = now.Date;
        var clues = value switch
        {
            "today" => new TimeClues { Day = today },
            "tomorrow" => new TimeClues { Day = today.PlusDays(1) },
            "weekend" => new TimeClues { Day = LexiconTime.Next(today, IsoDayOfWeek.Saturday), LastDay = LexiconTime.Next(today, IsoDayOfWeek.Saturday).PlusDays(1) },
            "nextweek" => new TimeClues { Day = today.Next(IsoDayOfWeek.Monday), LastDay = today.Next(IsoDayOfWeek.Monday).PlusDays(6) },
            "flexible" => new TimeClues { Flexible = true },
            _ => null,
        };
        if (clues is not null)
        {
            return WhenRecognizer.Window(clues, now) ?? HelpTime.Flexible;
        }

        var parts = value.Split('|');
        return HelpTime.Between(Local.Parse(parts[0]).GetValueOrThrow(), Local.Parse(parts[1]).GetValueOrThrow());
    }
}
