using System.Collections.Concurrent;
using Kiosk.Conversations.Delivery;
using Kiosk.Conversations.Engine;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using QRCoder;
using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;

namespace Kiosk.Telegram.Tests;

public sealed class FileSendingTests
{
    private const string PosterLink = "https://t.me/NaaKioskBot?start=ar_offer";
    private readonly Mock<ITelegramBotClient> client = new();
    private readonly InMemoryOutbox outbox = new();
    private readonly ConcurrentQueue<(string Name, byte[] Bytes, string? Caption, long ChatId)> uploads = new();

    public FileSendingTests()
    {
        client.Setup(c => c.SendRequest(It.IsAny<SendDocumentRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((SendDocumentRequest request, CancellationToken _) => Upload(request.Document, request.Caption, request.ChatId));
        client.Setup(c => c.SendRequest(It.IsAny<SendPhotoRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((SendPhotoRequest request, CancellationToken _) => Upload(request.Photo, request.Caption, request.ChatId));
    }

    [Fact]
    public async Task A_document_is_uploaded_with_its_name_bytes_and_caption_and_marked_sent()
    {
        var bytes = "figure,value\nmembers,3\n"u8.ToArray();
        var id = outbox.Add(new Outbound { ChatId = 7, Kind = OutboundKind.Document, File = bytes, FileName = "kiosk-figures.csv", Text = "Zahlen" });

        await RunUntil(() => outbox[id].Status == OutboxStatus.Sent);

        var upload = Assert.Single(uploads);
        Assert.Equal(("kiosk-figures.csv", "Zahlen", 7L), (upload.Name, upload.Caption, upload.ChatId));
        Assert.Equal(bytes, upload.Bytes);
    }

    [Fact]
    public async Task A_qr_code_is_sent_as_a_png_photo_of_the_link_with_its_caption()
    {
        var id = outbox.Add(new Outbound { ChatId = 8, Kind = OutboundKind.QrCode, Link = PosterLink, Text = "امسحني!" });

        await RunUntil(() => outbox[id].Status == OutboxStatus.Sent);

        var upload = Assert.Single(uploads);
        Assert.Equal("امسحني!", upload.Caption);
        Assert.EndsWith(".png", upload.Name, StringComparison.Ordinal);
        AssertShowsQrOf(upload.Bytes, PosterLink);
    }

    [Fact]
    public async Task A_relayed_photo_is_copied_from_the_senders_chat_with_its_buttons()
    {
        CopyMessageRequest? copied = null;
        client.Setup(c => c.SendRequest(It.IsAny<CopyMessageRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((CopyMessageRequest request, CancellationToken _) =>
            {
                copied = request;
                return new MessageId { Id = 77 };
            });
        var id = outbox.Add(new Outbound
        {
            ChatId = 2002, Kind = OutboundKind.Copy, FromChatId = 3003, MessageId = 41,
            Buttons = [[Button.Press("💬", "phrase:open:m1")]],
        });

        await RunUntil(() => outbox[id].Status == OutboxStatus.Sent);

        Assert.Equal((2002L, 3003L, 41), (copied!.ChatId.Identifier, copied.FromChatId.Identifier, copied.MessageId));
        Assert.Equal("phrase:open:m1", Assert.IsType<global::Telegram.Bot.Types.ReplyMarkups.InlineKeyboardMarkup>(copied.ReplyMarkup).InlineKeyboard.Single().Single().CallbackData);
        Assert.Equal(77, outbox[id].TelegramMessageId);
    }

    [Fact]
    public void The_poster_png_is_printable_and_shows_exactly_the_modules_of_the_link()
    {
        var png = QrPosters.Png(PosterLink);

        var image = PngImage.Read(png);
        Assert.InRange(image.Width, 600, 2000);
        Assert.Equal(image.Width, image.Height);
        AssertShowsQrOf(png, PosterLink);
        Assert.NotEqual(png, QrPosters.Png("https://t.me/NaaKioskBot?start=de_offer"));
    }

    // Independent of the code under test: the expected modules come from QRCoder's generator for the expected
    // link, and the image's pixels are read back from the PNG at each module's centre.
    private static void AssertShowsQrOf(byte[] png, string link)
    {
        using var expected = QRCodeGenerator.GenerateQrCode(link, QRCodeGenerator.ECCLevel.Q);
        var image = PngImage.Read(png);
        var modules = expected.ModuleMatrix.Count;
        Assert.Equal(0, image.Width % modules);
        var size = image.Width / modules;
        for (var y = 0; y < modules; y++)
        {
            for (var x = 0; x < modules; x++)
            {
                Assert.True(expected.ModuleMatrix[y][x] == image.IsDark(x * size + size / 2, y * size + size / 2), $"Module ({x},{y}) differs");
            }
        }
    }

    private Message Upload(InputFile file, string? caption, ChatId chatId)
    {
        var stream = Assert.IsType<InputFileStream>(file);
        using var copy = new MemoryStream();
        stream.Content.CopyTo(copy);
        uploads.Enqueue((stream.FileName ?? "", copy.ToArray(), caption, chatId.Identifier ?? 0));
        return new Message { Id = 100 + uploads.Count, Chat = new Chat { Id = chatId.Identifier ?? 0 } };
    }

    private Task RunUntil(Func<bool> done) => SenderRun.UntilAsync(client.Object, outbox, done, "the file to be sent");
}
