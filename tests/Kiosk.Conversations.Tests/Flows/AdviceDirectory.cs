using Kiosk.Conversations.Engine;
using Kiosk.Domain;
using Kiosk.Domain.Advice;
using Moq;

namespace Kiosk.Conversations.Tests.Flows;

/// <summary>A directory that knows some members and advice requests, and keeps what a turn stored, the way storage would.</summary>
internal sealed class AdviceDirectory
{
    public AdviceDirectory()
    {
        var mock = new Mock<IKioskDirectory>();
        mock.Setup(d => d.Advice(It.IsAny<string>())).Returns((string id) => Requests.GetValueOrDefault(id));
        mock.Setup(d => d.AdviceOf(It.IsAny<long>())).Returns((long id) => Requests.Values.Where(r => r.MemberId == id).ToList());
        mock.Setup(d => d.OpenAdvice()).Returns(() => Requests.Values.Where(r => r.Status == AdviceStatus.Open).OrderBy(r => r.CreatedAt).ToList());
        mock.Setup(d => d.Coordinators()).Returns(() => Members.Values.Where(m => m.Coordinator).ToList());
        mock.Setup(d => d.Member(It.IsAny<long>())).Returns((long id) => Members.GetValueOrDefault(id));
        mock.Setup(d => d.MatchesOf(It.IsAny<long>())).Returns((long id) => Matches.Where(m => m.Involves(id)).ToList());
        mock.Setup(d => d.InterpretedBy(It.IsAny<long>())).Returns([]);
        mock.Setup(d => d.WaitingOffers()).Returns([]);
        mock.Setup(d => d.OpenReports()).Returns([]);
        mock.Setup(d => d.ReportsBy(It.IsAny<long>())).Returns([]);
        mock.Setup(d => d.DeliveriesTo(It.IsAny<long>())).Returns([]);
        mock.Setup(d => d.EventsRemindingOf(It.IsAny<long>())).Returns([]);
        Object = mock.Object;
    }

    public Dictionary<string, AdviceRequest> Requests { get; } = [];

    public Dictionary<long, Member> Members { get; } = [];

    public List<Kiosk.Domain.Matching.Match> Matches { get; } = [];

    public IKioskDirectory Object { get; }

    /// <summary>Stores the advice requests and members the last turn changed.</summary>
    public void Keep(TurnResult? result)
    {
        foreach (var (id, request) in result?.Changes.AdviceRequests ?? [])
        {
            Requests[id] = request;
        }

        if (result?.Member is { } member)
        {
            Members[member.Id] = member;
        }
    }

    /// <summary>A request of member 3001 (Sara, Farsi) waiting in the queue.</summary>
    public AdviceRequest Waiting(string question = "چطور فاکتور بنویسم؟", long memberId = 3001)
    {
        Members.TryAdd(memberId, new Member { Id = memberId, FirstName = "Sara", Language = "fa" });
        var request = new AdviceRequest
        {
            Id = $"adv{Requests.Count}", MemberId = memberId, Topic = "invoicing", Language = "fa", Question = question,
            CreatedAt = Engine.ChatFlow.Now - NodaTime.Duration.FromHours(5),
        };
        Requests[request.Id] = request;
        return request;
    }
}
