using System.Text.Json.Nodes;

namespace Kiosk.Emulator.Tests;

/// <summary>POST /emulator/updates: any update as it is, for storms of bad input.</summary>
public sealed class RawUpdateTests
{
    [Fact]
    public async Task Any_update_is_queued_as_given_with_an_id_assigned_and_only_wanted_types_are_delivered()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var post = await emulator.Http.PostAsync("/emulator/updates", EmulatorFixture.Json("""{"inline_query":{"id":"q","from":{"id":5,"is_bot":false,"first_name":"A"},"query":"x","offset":""}}"""));
        var edit = await emulator.Http.PostAsync("/emulator/updates", EmulatorFixture.Json("""{"edited_message":{"message_id":3,"chat":"not a chat","date":0,"text":"/start@OtherBot"}}"""));
        Assert.True(post.IsSuccessStatusCode && edit.IsSuccessStatusCode);

        var all = (await emulator.Bot("getUpdates")).Body["result"]!.AsArray();
        var edits = (await emulator.Bot("getUpdates", new { allowed_updates = new[] { "edited_message" } })).Body["result"]!.AsArray();

        Assert.Equal(2, all.Count);
        Assert.Equal("not a chat", Assert.Single(edits)!["edited_message"]!["chat"]!.GetValue<string>());
        Assert.True(all[0]!["update_id"]!.GetValue<int>() < all[1]!["update_id"]!.GetValue<int>());
    }

    [Fact]
    public async Task Lone_surrogates_reach_the_bot_as_they_were_sent_while_pairs_stay_intact()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        await emulator.Http.PostAsync("/emulator/updates", EmulatorFixture.Json("""{"message":{"message_id":1,"date":0,"chat":{"id":5,"type":"private"},"text":"a\ud83db \udc00 \ud83d\ude00"}}"""));

        var (_, body) = await emulator.Bot("getUpdates");
        var raw = await emulator.Http.GetStringAsync($"/bot{emulator.Token}/getUpdates");

        Assert.True(body.Count > 0);
        Assert.Contains(@"a\ud83db \udc00 ", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("lone-surrogate", raw, StringComparison.Ordinal);
    }
}
