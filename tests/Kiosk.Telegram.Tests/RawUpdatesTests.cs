using System.Net;
using System.Text;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;

namespace Kiosk.Telegram.Tests;

/// <summary>One update Telegram.Bot cannot read must not block every later one (found by the storm of bad updates).</summary>
public sealed class RawUpdatesTests
{
    // A message without a chat, between two good ones.
    private const string Batch = """
        {"ok":true,"result":[
          {"update_id":10,"message":{"message_id":1,"date":0,"chat":{"id":5,"type":"private"},"from":{"id":5,"is_bot":false,"first_name":"A"},"text":"hi"}},
          {"update_id":11,"message":{"message_id":2,"date":0,"from":{"id":6,"is_bot":false,"first_name":"B"},"text":"no chat"}},
          {"update_id":12,"callback_query":{"id":"q","from":{"id":"abc"},"chat_instance":"x","data":"lang:de"}},
          {"update_id":13,"message":{"message_id":3,"date":0,"chat":{"id":7,"type":"private"},"from":{"id":7,"is_bot":false,"first_name":"C"},"text":"\ud83d lone"}}
        ]}
        """;

    [Fact]
    public async Task A_batch_with_an_unreadable_update_fails_as_a_whole_and_is_recognized_as_unreadable()
    {
        var client = Client();
        var failure = await Assert.ThrowsAnyAsync<RequestException>(() => client.SendRequest(new GetUpdatesRequest()));
        Assert.True(RawUpdatesRequest.IsUnreadableBatch(failure));
    }

    [Fact]
    public async Task Read_one_by_one_only_the_unreadable_updates_are_skipped()
    {
        var raw = await Client().SendRequest(new RawUpdatesRequest { Offset = 10 });
        var read = RawUpdatesRequest.Read(raw).ToList();
        Assert.Equal([10, 11, 12, 13], read.Select(update => update.Id));
        Assert.Equal("hi", read[0].Update!.Message!.Text);
        Assert.Null(read[2].Update);
        Assert.Equal("JsonException at $.callback_query.from.id", read[2].Problem);
    }

    [Fact]
    public void Refusals_and_network_failures_are_not_unreadable_batches()
    {
        Assert.False(RawUpdatesRequest.IsUnreadableBatch(new ApiRequestException("Conflict", 409)));
        Assert.False(RawUpdatesRequest.IsUnreadableBatch(new RequestException("network", new HttpRequestException("down"))));
    }

    private static TelegramBotClient Client() =>
        new(new TelegramBotClientOptions("1:test", "http://telegram.test"), new HttpClient(new CannedAnswer()));

    private sealed class CannedAnswer : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Batch, Encoding.UTF8, "application/json") });
    }
}
