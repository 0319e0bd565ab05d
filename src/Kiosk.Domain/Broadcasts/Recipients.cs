namespace Kiosk.Domain.Broadcasts;

/// <summary>What the audience rules need to know about one person.</summary>
/// <param name="Member">The member.</param>
/// <param name="OfferCategories">Categories of their offers.</param>
/// <param name="OfferDistricts">Districts of their offers.</param>
/// <param name="RequestDistricts">Districts of their help requests (empty when they have none).</param>
/// <param name="HasRequests">True when they asked for help at least once.</param>
public sealed record Person(Member Member, IReadOnlySet<string> OfferCategories, IReadOnlySet<string> OfferDistricts, IReadOnlySet<string> RequestDistricts, bool HasRequests);

/// <summary>Who gets an announcement: the audience, minus people who muted announcements, blocked the bot or were banned.</summary>
public static class Recipients
{
    /// <summary>True when <paramref name="person"/> gets an announcement for <paramref name="audience"/>.</summary>
    public static bool Includes(Audience audience, Person person) =>
        !person.Member.Muted && !person.Member.Unreachable && !person.Member.Banned && audience.Kind switch
        {
            AudienceKind.Everyone => true,
            AudienceKind.Newcomers => person.OfferCategories.Count > 0,
            AudienceKind.Neighbours => person.HasRequests,
            AudienceKind.Language => person.Member.Language == audience.Value,
            AudienceKind.District => person.OfferDistricts.Contains(audience.Value) || person.RequestDistricts.Contains(audience.Value),
            AudienceKind.Category => person.OfferCategories.Contains(audience.Value),
            _ => false,
        };
}
