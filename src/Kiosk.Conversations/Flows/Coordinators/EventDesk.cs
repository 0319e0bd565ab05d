using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Conversations.Flows.AtTheKiosk;
using Kiosk.Domain.Info;
using NodaTime.Text;

namespace Kiosk.Conversations.Flows.Coordinators;

/// <summary>The coordinators' event buttons: adding (see <see cref="EventForm"/>) and deleting, after which subscribers are told.</summary>
public static class EventDesk
{
    /// <summary>Button data "coord:ev:...".</summary>
    public static string Data(params string[] parts) => CoordinatorCommands.Data([Area, .. parts]);

    /// <summary>The button area: "coord:ev:...".</summary>
    public const string Area = "ev";

    /// <summary>A pressed "coord:ev:..." button of a coordinator; ids and dates are checked here.</summary>
    public static void OnButton(Turn turn, string[] parts)
    {
        var adding = turn.State.Active as AddingEvent;
        switch (parts)
        {
            case ["add"]:
                EventForm.Start(turn);
                break;
            case ["day", var text] when adding is { Stage: EventStage.Timing }
                && LocalDatePattern.Iso.Parse(text) is { Success: true } day && day.Value >= turn.Time.LocalNow.Date:
                adding.Draft.Day = day.Value;
                turn.Say("kiosk.ask_time", ("day", KioskInfo.Date(turn, day.Value)));
                break;
            case ["save"] when adding is { Stage: EventStage.Confirming, Draft.Start: { } start }:
                EventForm.Save(turn, adding, start);
                break;
            case ["drop"]:
                Flow.LeaveOthers(turn);
                turn.RemovePressedButtons();
                turn.Say("kiosk.dropped");
                MainMenu.Show(turn);
                break;
            case ["del", var id] when Planned(turn, id) is { } kioskEvent:
                turn.SayText(turn.T("kiosk.delete_ask", ("event", KioskEvents.Describe(turn, kioskEvent))),
                    [[Button.Press(turn.T("kiosk.delete_yes"), Data("delyes", id))], [Button.Press(turn.T("kiosk.delete_no"), Data("keep"))]]);
                break;
            case ["delyes", var id] when Planned(turn, id) is { } kioskEvent:
                Delete(turn, kioskEvent);
                break;
            case ["keep"]:
                turn.RemovePressedButtons();
                KioskEvents.Show(turn);
                break;
            case ["del" or "delyes", _]:
                turn.Say("kiosk.event_gone");
                break;
            default:
                turn.Say("input.old_button");
                break;
        }
    }

    private static void Delete(Turn turn, KioskEvent kioskEvent)
    {
        kioskEvent.Cancelled = true;
        turn.Changes.Events[kioskEvent.Id] = kioskEvent;
        turn.RemovePressedButtons();
        foreach (var member in kioskEvent.Subscribers.Select(turn.Directory.Member).OfType<Domain.Member>())
        {
            var voice = new Voice(turn.Localizer, member.Language);
            turn.SayTo(member.Id, member.Language, "kiosk.cancelled", null, ("event", KioskEvents.Describe(voice, kioskEvent)));
        }

        turn.Say("kiosk.deleted");
    }

    private static KioskEvent? Planned(Turn turn, string id) =>
        turn.Directory.Event(id) is { } kioskEvent && kioskEvent.IsUpcoming(turn.Time.LocalNow.LocalDateTime) ? kioskEvent : null;
}
