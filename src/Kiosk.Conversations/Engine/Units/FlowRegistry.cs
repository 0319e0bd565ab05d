using Kiosk.Conversations.Flows;
using Kiosk.Conversations.Flows.AtTheKiosk;
using Kiosk.Conversations.Flows.Feedback;
using Kiosk.Conversations.Flows.HelpRequests;
using Kiosk.Conversations.Flows.Offers;
using Kiosk.Conversations.Flows.Privacy;

namespace Kiosk.Conversations.Engine.Units;

/// <summary>The flows built as units; the engine's routers find them here. Adding a flow is one line.</summary>
public static class FlowRegistry
{
    /// <summary>Every registered flow.</summary>
    public static readonly IReadOnlyList<Flow> All =
    [
        new OnboardingFlow(),
        new LanguageFlow(),
        new PrivacyFlow(),
        new MenuFlow(),
        new FeedbackFlow(),
        new QuickIntentFlow(),
        new EventReminderFlow(),
        new RequestCancelFlow(),
        new OfferActionsFlow(),
        new DataDeletionFlow(),
        new PhrasesFlow(),
        new TimeProposalFlow(),
        new PlaceProposalFlow(),
        new InterpreterFlow(),
        new Flows.Wording.WordingFlow(),
        new SecondWordsFlow(),
        new Flows.Coordinators.Desk.DeskFlow(),
        new HandSuggestionFlow(),
        new MatchCommentFlow(),
        new PhoneFlow(),
        new Flows.AdviceDesk.AdviceQuestionFlow(),
        new Flows.AdviceDesk.AdviceAnswerFlow(),
        new Flows.Coordinators.AppointmentFlow(),
        new Flows.Coordinators.EventFormFlow(),
        new Flows.Coordinators.AnnouncementFlow(),
        new FormsFlow(),
        new MatchFlow(),
        new Flows.AdviceDesk.AdviceFlow(),
        new Flows.Coordinators.TeamFlow(),
    ];

    private static readonly Dictionary<string, Flow> ByName = All.ToDictionary(flow => flow.Name, StringComparer.Ordinal);

    private static readonly Dictionary<string, Flow> ByCommand = All.SelectMany(flow => flow.Commands.Select(command => (command, flow)))
        .ToDictionary(pair => pair.command, pair => pair.flow, StringComparer.Ordinal);

    /// <summary>The flow whose button verb is <paramref name="verb"/>.</summary>
    public static Flow? ForButton(string verb) => ByName.GetValueOrDefault(verb);

    /// <summary>The flow that owns the command.</summary>
    public static Flow? ForCommand(string command) => ByCommand.GetValueOrDefault(command);

    /// <summary>The flow <paramref name="state"/> belongs to.</summary>
    public static Flow? For(FlowState state) => All.FirstOrDefault(flow => flow.Owns(state));

    /// <summary>The commands of all flows, for the command menu.</summary>
    public static IEnumerable<string> Commands => All.Where(flow => !flow.TeamOnly).SelectMany(flow => flow.Commands);

    /// <summary>The commands of the team's flows (in coordinators' menus only).</summary>
    public static IEnumerable<string> TeamCommands => All.Where(flow => flow.TeamOnly).SelectMany(flow => flow.Commands);

    /// <summary>Every kind of record the flows store.</summary>
    public static IEnumerable<StoredKind> Stores => All.SelectMany(flow => flow.Stores);
}
