namespace Kiosk.EndToEnd.Tests.Crash;

/// <summary>
/// What the simulated people of the crash test do. They come in pairs: a newcomer offers something in a category
/// and district that only this pair uses (so the neighbour's first card is their partner), the neighbour writes a
/// quick request, asks the partner, who says yes, and both talk through the bot until the neighbour ends the chat.
/// </summary>
public static class CrashPeople
{
    public static readonly string[] Categories =
        ["repairs", "bikes", "moving", "cleaning", "gardening", "childcare", "tutoring", "translation", "cooking", "sewing", "beauty", "computers", "paperwork", "arts", "errands", "pets"];

    public static readonly string[] Districts =
        ["altona-altstadt", "altona-nord", "ottensen", "bahrenfeld", "sternschanze", "st-pauli", "eimsbuettel", "othmarschen", "gross-flottbek", "lurup", "osdorf", "stellingen"];

    public static string Category(int pair) => Categories[pair % Categories.Length];

    public static string District(int pair) => Districts[pair / Categories.Length % Districts.Length];

    public static async Task OnboardAsync(Actor person)
    {
        await person.WriteAsync("/start");
        await person.PressAsync($"lang:{person.Language}");
        await person.PressAsync("privacy:yes");
        await person.WaitForAsync("menu.title");
    }

    public static async Task NewcomerAsync(Actor newcomer, Actor neighbour, int pair, TaskCompletionSource offered)
    {
        await OnboardAsync(newcomer);
        await newcomer.PressAsync("menu:offer");
        foreach (var data in new[] { $"form:category={Category(pair)}", "form:description=-", "form:when=always", $"form:district={District(pair)}", "form:languages=done", "form:price=free" })
        {
            await newcomer.PressAsync(data);
        }

        await newcomer.PressAsync("form:confirm");
        await newcomer.WaitForAsync("offer.saved");
        offered.SetResult();

        var card = await newcomer.WaitForStartAsync("match.request_for_you", fromStart: true, ("category", Actor.Unknown), ("when", Actor.Unknown), ("district", Actor.Unknown), ("details", Actor.Unknown));
        await newcomer.PressStartingWithAsync("match:yes:", on: message => message.MessageId == card.MessageId);
        await newcomer.WaitForStartAsync("match.accepted_newcomer", fromStart: false, ("name", neighbour.FirstName));
        await newcomer.WaitForStartAsync("match.relay_open", fromStart: true, ("name", neighbour.FirstName));
        await newcomer.WaitAsync(m => (m.Text ?? "").Contains(Relayed(Hello(neighbour, newcomer)), StringComparison.Ordinal), "the neighbour's words", fromStart: true);
        await newcomer.WriteAsync(Answer(newcomer));
        await newcomer.WaitForStartAsync("match.ended", fromStart: true, ("name", neighbour.FirstName));
    }

    public static async Task NeighbourAsync(Actor neighbour, Actor newcomer, int pair, Task offered)
    {
        await offered;
        await OnboardAsync(neighbour);
        await neighbour.PressAsync("menu:request");
        var summary = neighbour.T("form.summary");
        // A question seen again is a reply a crash repeated (the bot may send one twice): a person answers it once.
        var answered = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            // The request form, answered with buttons (quick messages are the conversation tests' and QuickRequestTests' business).
            string[] missing = ["form:when=flexible", $"form:district={District(pair)}", $"form:category={Category(pair)}", "form:details=-"];
            var next = await neighbour.WaitAsync(m => (m.Text ?? "").StartsWith(summary, StringComparison.Ordinal)
                || !answered.Contains(m.Text ?? "") && m.Buttons.Any(row => row.Any(b => missing.Contains(b.CallbackData))), "the next question of the request form");
            if ((next.Text ?? "").StartsWith(summary, StringComparison.Ordinal))
            {
                break;
            }

            answered.Add(next.Text ?? "");
            await neighbour.PressAsync(missing.First(data => next.Buttons.Any(row => row.Any(b => b.CallbackData == data))));
        }

        await neighbour.PressAsync("form:confirm");
        await neighbour.WaitForAsync("request.saved");
        await neighbour.PressStartingWithAsync("match:ask:", on: m => (m.Text ?? "").StartsWith($"👤 {newcomer.FirstName} –", StringComparison.Ordinal));
        await neighbour.WaitForStartAsync("match.accepted_neighbour", fromStart: true, ("name", newcomer.FirstName));
        await neighbour.PressStartingWithAsync("match:relay:");
        await neighbour.WaitForStartAsync("match.relay_open", fromStart: true, ("name", newcomer.FirstName));
        await neighbour.WriteAsync(Hello(neighbour, newcomer));
        await neighbour.WaitAsync(m => (m.Text ?? "").Contains(Relayed(Answer(newcomer)), StringComparison.Ordinal), "the newcomer's answer", fromStart: true);
        await neighbour.WriteAsync("/end");
        await neighbour.WaitForStartAsync("match.ended", fromStart: false, ("name", newcomer.FirstName));
    }

    // Relayed words arrive as written, isolated from the bot's own text (with or without a note on their language).
    private static string Relayed(string words) => $"\u2068{words}\u2069";

    public static string Hello(Actor from, Actor to) => $"Hallo {to.FirstName}, hier ist {from.FirstName}. Passt dir Samstag?";

    public static string Answer(Actor from) => $"Ja, Samstag passt. Liebe Grüße, {from.FirstName}";
}
