using Kiosk.Storage;

namespace Kiosk.EndToEnd.Tests;

public sealed class BlockedPersonTests
{
    [Fact]
    public async Task A_person_who_blocks_the_bot_is_marked_unreachable_others_are_not_affected_and_unblocking_works()
    {
        await using var kiosk = await KioskUnderTest.StartAsync();
        var olena = kiosk.Person(5001, "Olena", "uk");
        var jens = kiosk.Person(5002, "Jens", "de");
        await olena.OnboardAsync();
        await jens.OnboardAsync();

        // Olena blocks the bot while her last message is still on its way: the reply meets the block.
        await olena.BlockAsync();
        await olena.WriteAsync("/help");
        await jens.WriteAsync("/help");
        await jens.WaitForAsync("help.text");
        await Eventually.True(() => kiosk.StatsAsync().Result.GetProperty("refusals").TryGetProperty("403", out _), "the bot to meet the block");
        await Eventually.True(() => kiosk.Service<KioskDatabase>().Run(() => kiosk.Service<KioskDatabase>().Members.FindById(5001L).Unreachable), "Olena marked unreachable");
        Assert.False(kiosk.Service<KioskDatabase>().Run(() => kiosk.Service<KioskDatabase>().Members.FindById(5002L).Unreachable));

        await olena.BlockAsync(false);
        await olena.WriteAsync("/menu");
        await olena.WaitForAsync("menu.title");
        Assert.False(kiosk.Service<KioskDatabase>().Run(() => kiosk.Service<KioskDatabase>().Members.FindById(5001L).Unreachable));
    }
}
