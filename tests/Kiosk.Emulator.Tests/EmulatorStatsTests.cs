using Kiosk.Emulator.BotApi;

namespace Kiosk.Emulator.Tests;

public sealed class EmulatorStatsTests
{
    [Fact]
    public async Task Stats_can_be_read_while_new_chats_get_messages()
    {
        var stats = new EmulatorStats();
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(() =>
        {
            for (long chat = 1; !stop.IsCancellationRequested && chat < 2_000_000; chat++)
            {
                stats.Delivered(chat);
            }
        });

        // Read until the writer has added 200,000 chats: long enough to meet it between counting and copying.
        while (!writer.IsCompleted && stats.ToJson()["messages_delivered"]!.GetValue<int>() < 200_000)
        {
        }

        await stop.CancelAsync();
        await writer;
    }
}
