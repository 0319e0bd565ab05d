using Kiosk.Conversations.Engine;
using Kiosk.Domain;
using Kiosk.Domain.Advice;
using Kiosk.Domain.Broadcasts;
using Kiosk.Domain.Matching;

namespace Kiosk.Conversations.Flows.Privacy;

/// <summary>The whole /mydata document.</summary>
public sealed record MyData(string CreatedAt, MyMember Member, MyChat Chat, List<MyOffer> Offers, List<MyRequest> HelpRequests,
    List<MyMatch> Matches, List<MyAdvice> AdviceRequests, List<MyEvent> EventReminders, List<MyAnnouncement> Announcements, List<MyReport> Reports,
    Dictionary<string, List<object>> Other);

/// <summary>The member record.</summary>
public sealed record MyMember(long TelegramId, string FirstName, string Language, string PrivacyAcceptedAt, bool Muted, bool Unreachable,
    bool Coordinator, int Warnings, bool Banned);

/// <summary>Where the chat with the bot is.</summary>
public sealed record MyChat(string? Language, string? InProgress);

/// <summary>One offer.</summary>
public sealed record MyOffer(string Id, string Category, string Description, string SecondDescription, string District, List<string> Languages, List<string> Availability,
    PriceKind PriceKind, decimal? PriceAmount, string Language, OfferStatus Status, string CreatedAt);

/// <summary>One help request.</summary>
public sealed record MyRequest(string Id, string Category, string Details, string District, bool Flexible, string? From, string? Until,
    string Language, HelpRequestStatus Status, string CreatedAt);

/// <summary>One match: the person's own side, and only the first name of the other side.</summary>
public sealed record MyMatch(string Id, string MyRole, string RequestId, string OfferId, MatchStatus Status, List<MatchReason> Reasons,
    string AskedAt, string? AnsweredAt, bool ChatThroughBotOpen, bool ISharedMyContact, string? MyUsername, string? MyPhone, int? MyRating,
    string? MyComment, string? OtherFirstName);

/// <summary>One advice request.</summary>
public sealed record MyAdvice(string Id, string Topic, string Question, string Language, AdviceStatus Status, string CreatedAt, string? TakenAt,
    string? Appointment, AppointmentAnswer AppointmentAnswer);

/// <summary>One kiosk event the person asked to be reminded of.</summary>
public sealed record MyEvent(string Id, string Title, string? Start, bool Reminded);

/// <summary>One announcement that went to the person.</summary>
public sealed record MyAnnouncement(string Id, DeliveryStatus Status, string? SentAt);

/// <summary>One report the person made.</summary>
public sealed record MyReport(string Id, string MatchId, string At, bool Handled);
