using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Forms;
using Kiosk.Domain;

namespace Kiosk.Conversations.Flows.Coordinators;

/// <summary>What /broadcast asks and shows: the text, the audience, languages to add, the overview and the preview.</summary>
internal static class BroadcastQuestions
{
    internal static void AskText(Turn turn, WritingAnnouncement writing)
    {
        writing.Stage = AnnouncementStage.Writing;
        turn.Say("broadcast.ask_text", ("language", turn.Localizer.LanguageName(writing.Draft.Writing)));
    }

    internal static void AskAudience(Turn turn, WritingAnnouncement writing)
    {
        writing.Stage = AnnouncementStage.Composing;
        turn.SayText(turn.T("broadcast.ask_audience"),
            Broadcasting.ChosenAudiences.Concat(Broadcasting.NarrowAudiences).Select(kind => new[] { Button.Press(turn.T($"broadcast.audience_{kind}"), Broadcasting.Data("aud", kind)) }));
    }

    internal static void AskAudienceValue(Turn turn, string kind)
    {
        var choices = kind switch
        {
            "language" => turn.Localizer.Languages.Select(code => (Label: turn.Localizer.LanguageName(code), Value: code)),
            "district" => Districts.All.Select(district => (Label: Labels.District(turn, district.Id), Value: district.Id)),
            _ => Categories.All.Select(id => (Label: Labels.Category(turn, id), Value: id)),
        };
        turn.SayText(turn.T($"broadcast.ask_{kind}"), choices.Chunk(2).Select(pair => pair.Select(choice => Button.Press(choice.Label, Broadcasting.Data("to", kind, choice.Value)))));
    }

    internal static void AskVersionLanguage(Turn turn, BroadcastDraft draft)
    {
        var missing = turn.Localizer.Languages.Where(code => !draft.Versions.ContainsKey(code)).ToList();
        turn.SayText(turn.T("broadcast.ask_version"),
            missing.Chunk(2).Select(pair => pair.Select(code => Button.Press(turn.Localizer.LanguageName(code), Broadcasting.Data("ver", code)))));
    }

    internal static void ShowOverview(Turn turn, WritingAnnouncement writing)
    {
        writing.Stage = AnnouncementStage.Composing;
        var draft = writing.Draft;
        var plan = BroadcastPlan.Lines(turn, Broadcasting.Draft(turn, draft), turn.Directory.AudienceLanguages(draft.Audience!));
        turn.SayText(turn.T("broadcast.overview",
                ("audience", BroadcastPlan.AudienceLabel(turn, draft.Audience!)),
                ("versions", string.Join(", ", draft.Versions.Keys.Select(turn.Localizer.LanguageName))),
                ("plan", plan.Count == 0 ? turn.T("broadcast.nobody") : string.Join("\n", plan))),
        [
            [Button.Press(turn.T("broadcast.add_version"), Broadcasting.Data("add")), Button.Press(turn.T("broadcast.preview"), Broadcasting.Data("preview"))],
            [Button.Press(turn.T("broadcast.send_now"), Broadcasting.Data("now")), Button.Press(turn.T("broadcast.send_later"), Broadcasting.Data("later"))],
            [Button.Press(turn.T("broadcast.drop"), Broadcasting.Data("drop"))],
        ]);
    }

    // Each version exactly as its readers will get it (framed in the version's own language).
    internal static void Preview(Turn turn, WritingAnnouncement writing)
    {
        var draft = writing.Draft;
        foreach (var (language, text) in draft.Versions)
        {
            turn.Say("broadcast.preview_intro", ("language", turn.Localizer.LanguageName(language)));
            turn.SayText(BroadcastNews.Copy(turn.Localizer, language, language, text));
        }

        ShowOverview(turn, writing);
    }
}
