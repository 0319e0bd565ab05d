using Kiosk.Conversations.Delivery;
using Kiosk.Conversations.Engine;
using Kiosk.Domain;
using Kiosk.Domain.Broadcasts;
using Kiosk.Domain.Figures;
using Kiosk.Domain.Matching;
using NodaTime;

namespace Kiosk.Storage.Tests;

public sealed class FiguresStorageTests : IDisposable
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 9, 0);
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private readonly TemporaryDatabase file = new();

    [Fact]
    public void The_directory_reads_the_facts_of_everything_stored_and_only_sent_announcements()
    {
        using var database = file.Open();
        database.Run(() => database.Members.Insert([new Member { Id = 1, Language = "ar", FirstName = "Amina" }, new Member { Id = 2, Language = "de" }]));
        database.Run(() => database.Offers.Insert(new Offer { Id = "o1", MemberId = 1, Category = "sewing", District = "ottensen", Status = OfferStatus.Paused, CreatedAt = Now }));
        database.Run(() => database.Requests.Insert(new HelpRequest { Id = "r1", MemberId = 2, Category = "sewing", District = "altona-nord", CreatedAt = Now }));
        database.Run(() => database.Matches.Insert(new Match { Id = "m1", RequestId = "r1", OfferId = "o1", Status = MatchStatus.Ended, AskedAt = Now + Duration.FromMinutes(20) }));
        database.Run(() => database.Broadcasts.Insert(
        [
            new Broadcast { Id = "b1", Status = BroadcastStatus.Done, Sent = 12 },
            new Broadcast { Id = "b2", Status = BroadcastStatus.Sending, Sent = 3 },
            new Broadcast { Id = "b3", Status = BroadcastStatus.Draft },
        ]));

        var facts = database.Run(() => new LiteDirectory(database).Facts(Berlin));

        Assert.Equal([new MemberFact(1, "ar"), new MemberFact(2, "de")], facts.Members.OrderBy(member => member.Id));
        Assert.Equal(new OfferFact("o1", 1, "sewing", "ottensen", OfferStatus.Paused, Now), Assert.Single(facts.Offers));
        Assert.Equal(Now + HelpRequest.FlexibleLifetime, Assert.Single(facts.Requests).ClosesAt);
        Assert.Equal(new MatchFact("r1", MatchStatus.Ended, Now + Duration.FromMinutes(20), false), Assert.Single(facts.Matches));
        var figures = KioskFigures.Of(facts, Now);
        Assert.Equal((2, 15, 1.0, Duration.FromMinutes(20)), (figures.Announcements, figures.AnnouncementsDelivered, figures.MatchRate, figures.MedianTimeToProposal));
    }

    [Fact]
    public void A_document_and_a_qr_code_keep_their_bytes_name_and_link_in_the_outbox()
    {
        var bytes = new byte[] { 1, 2, 3, 0, 255 };
        using (var database = file.Open())
        {
            database.Run(() => database.Outbox.Insert(new OutboxEntry { ChatId = 5, Message = new Outbound { ChatId = 5, Kind = OutboundKind.Document, File = bytes, FileName = "a.csv", Text = "caption" } }));
            database.Run(() => database.Outbox.Insert(new OutboxEntry { ChatId = 5, Message = new Outbound { ChatId = 5, Kind = OutboundKind.QrCode, Link = "https://t.me/Bot?start=de_offer" } }));
        }

        using var reopened = file.Open();
        var pending = new Outbox(reopened).Pending(10);

        Assert.Equal((OutboundKind.Document, "a.csv", "caption"), (pending[0].Message.Kind, pending[0].Message.FileName, pending[0].Message.Text));
        Assert.Equal(bytes, pending[0].Message.File);
        Assert.Equal("https://t.me/Bot?start=de_offer", pending[1].Message.Link);
        Assert.True(pending[1].Message.IsNewMessage);
    }

    public void Dispose() => file.Dispose();
}
