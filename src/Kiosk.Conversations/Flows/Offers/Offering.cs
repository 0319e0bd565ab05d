using System.Globalization;
using Kiosk.Conversations.Engine;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Conversations.Flows.Coordinators;
using Kiosk.Conversations.Flows.HelpRequests;
using Kiosk.Conversations.Forms;
using Kiosk.Domain;

namespace Kiosk.Conversations.Flows.Offers;

/// <summary>A newcomer offers something: the offer form, and saving a new or changed offer.</summary>
public static class Offering
{
    /// <summary>Most offers one person can have.</summary>
    public const int MaxOffers = 10;

    /// <summary>Languages a newcomer can say they speak.</summary>
    public static readonly IReadOnlyList<string> SpokenLanguages = ["de", "en", "ar", "fa", "uk", "ru", "tr", "ku", "ps", "ti", "so", "fr", "es"];

    /// <summary>The offer form.</summary>
    public static readonly Form<OfferDraft> Form = new("offer",
    [
        CommonSlots.Category<OfferDraft>("offer", draft => draft.Category, (draft, value) => draft.Category = value,
            draft => draft.LikelyCategories, (draft, likely) => draft.LikelyCategories = likely),
        CommonSlots.OwnWords<OfferDraft>("description", "offer", "description", draft => draft.Description, (draft, value) => draft.Description = value, "offer.no_description"),
        new Slot<OfferDraft>
        {
            Name = "when", PromptKey = "offer.ask_when", LabelKey = "offer.label_when", ExampleKey = "offer.example_when",
            IsFilled = draft => !draft.Availability.IsEmpty,
            Choices = turn =>
            [
                new Choice(turn.T("when.weekday_daytime_label"), "daytime"), new Choice(turn.T("when.weekday_evening_label"), "evenings"),
                new Choice(turn.T("when.weekends_label"), "weekends"), new Choice(turn.T("when.anytime_label"), "always"),
            ],
            Recognize = (turn, text) => turn.Recognizers.Availability.Recognize(text, turn.Language) is { } found
                ? found.Slots.ToString(CultureInfo.InvariantCulture)
                : null,
            Apply = (_, draft, value) => draft.Availability = value switch
            {
                "daytime" => WeeklyAvailability.WeekdayDaytime,
                "evenings" => WeeklyAvailability.WeekdayEvenings,
                "weekends" => WeeklyAvailability.Weekends,
                "always" => WeeklyAvailability.Always,
                _ => new WeeklyAvailability(int.Parse(value, CultureInfo.InvariantCulture)),
            },
            Describe = (turn, draft) => Labels.Availability(turn, draft.Availability),
        },
        CommonSlots.District<OfferDraft>("offer", draft => draft.District, (draft, value) => draft.District = value),
        new Slot<OfferDraft>
        {
            Name = "languages", PromptKey = "offer.ask_languages", LabelKey = "offer.label_languages", ExampleKey = "offer.example_languages",
            IsFilled = draft => draft.LanguagesDone && draft.Languages.Count > 0,
            Choices = turn => SpokenLanguages.Select(code => new Choice(turn.T($"spoken.{code}"), code)).ToList(),
            IsTicked = (draft, code) => draft.Languages.Contains(code),
            Toggle = (draft, code) =>
            {
                if (!draft.Languages.Remove(code))
                {
                    draft.Languages.Add(code);
                }
            },
            Apply = (turn, draft, _) =>
            {
                if (draft.Languages.Count == 0)
                {
                    draft.Languages.Add(turn.Language);
                }

                draft.LanguagesDone = true;
            },
            Describe = (turn, draft) => Labels.Spoken(turn, draft.Languages),
        },
        new Slot<OfferDraft>
        {
            Name = "price", PromptKey = "offer.ask_price", LabelKey = "offer.label_price", ExampleKey = "offer.example_price",
            IsFilled = draft => draft.Price is not null,
            Choices = turn =>
            [
                new Choice(turn.T("price.free"), "free"), new Choice(turn.T("price.exchange"), "exchange"),
                new Choice(turn.T("price.per_hour", ("amount", 10)), "h10"), new Choice(turn.T("price.per_hour", ("amount", 15)), "h15"),
                new Choice(turn.T("price.per_hour", ("amount", 20)), "h20"),
            ],
            Recognize = (turn, text) => Encode(turn.Recognizers.Price.Recognize(text, turn.Language, needsCurrency: false)),
            Validate = value => Decode(value) is null ? "form.retry" : null,
            Apply = (_, draft, value) => draft.Price = Decode(value),
            Describe = (turn, draft) => Labels.Price(turn, draft.Price),
        },
    ]);

    /// <summary>Starts a new offer, or says there are too many.</summary>
    public static void Start(Turn turn)
    {
        if (turn.Offers.Count >= MaxOffers)
        {
            turn.Say("offer.too_many", ("max", MaxOffers));
            MainMenu.Show(turn);
            return;
        }

        Open(turn, new OfferDraft { Languages = [turn.Language] });
    }

    /// <summary>
    /// An offer from a free message ("I can cook Syrian food for parties"): the message becomes the description
    /// and fills what else it names; the category only when the classifier is sure, else its likely ones are asked first.
    /// </summary>
    public static void StartQuick(Turn turn, string text, Understanding.Understanding understood)
    {
        if (turn.Offers.Count >= MaxOffers)
        {
            turn.Say("offer.too_many", ("max", MaxOffers));
            MainMenu.Show(turn);
            return;
        }

        Open(turn, new OfferDraft
        {
            Category = understood.Category.IsSure ? understood.Category.Best : null,
            LikelyCategories = understood.Category.IsSure ? null : [.. understood.Category.TopThree],
            Description = CommonSlots.OwnWords(text),
            Availability = turn.Recognizers.Availability.Recognize(text, understood.Language) ?? default,
            District = understood.District,
            Price = understood.Price,
            Languages = [.. new[] { turn.Language, understood.Language }.Distinct()],
        });
    }

    /// <summary>Opens the form on a draft (a new one, or an offer to change).</summary>
    public static void Open(Turn turn, OfferDraft draft)
    {
        var filling = new FillingOffer { Draft = draft, Progress = new FormProgress { Reviewing = draft.EditingOfferId is not null } };
        Flow.Enter(turn, filling);
        FormRunner.Ask(turn, Form, draft, filling.Progress);
    }

    /// <summary>
    /// Saves the confirmed draft as a new offer or over the one it changes. Under moderation a new offer,
    /// or a rejected one changed, waits for the kiosk team before it is matched.
    /// </summary>
    public static void Save(Turn turn, OfferDraft draft)
    {
        var existing = turn.Offers.FirstOrDefault(offer => offer.Id == draft.EditingOfferId);
        // Without anyone in the team nobody could approve it: then the offer goes online at once.
        var review = turn.Options.Moderation && (existing is null || existing.Status == OfferStatus.Rejected) && Moderation.Team(turn).Count > 0;
        var offer = existing ?? new Offer
        {
            Id = Ids.New(), MemberId = turn.Member!.Id, Language = turn.Language, CreatedAt = turn.Time.Now, Status = OfferStatus.Active,
        };
        offer.Category = draft.Category!;
        offer.Description = draft.Description ?? "";
        offer.Availability = draft.Availability;
        offer.District = draft.District!;
        offer.Languages = [.. draft.Languages];
        offer.Price = draft.Price!;
        if (existing is null)
        {
            turn.Offers.Add(offer);
        }

        turn.State.LeaveForm();
        if (review)
        {
            OfferReview.Submit(turn, offer);
        }
        else
        {
            offer.Status = offer.Status == OfferStatus.Rejected ? OfferStatus.Active : offer.Status;
            turn.Say(existing is null ? "offer.saved" : "offer.updated");
        }

        if (existing is null)
        {
            SecondWordsFlow.Offer(turn, offer);
        }

        MainMenu.Show(turn);
        Proposing.OfferToWaiting(turn, offer);
    }

    /// <summary>A draft holding an existing offer's values, for changing it.</summary>
    public static OfferDraft DraftOf(Offer offer) => new()
    {
        EditingOfferId = offer.Id, Category = offer.Category, Description = offer.Description, Availability = offer.Availability,
        District = offer.District, Languages = [.. offer.Languages], LanguagesDone = true, Price = offer.Price,
    };

    private static string? Encode(Price? price) => price?.Kind switch
    {
        PriceKind.Free => "free",
        PriceKind.Exchange => "exchange",
        PriceKind.PerHour => "h" + price.Amount!.Value.ToString(CultureInfo.InvariantCulture),
        PriceKind.PerJob => "j" + price.Amount!.Value.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    private static Price? Decode(string value) => value switch
    {
        "free" => Price.Free,
        "exchange" => Price.Exchange,
        ['h' or 'j', .. var amount] when decimal.TryParse(amount, NumberStyles.Number, CultureInfo.InvariantCulture, out var euros) && euros is > 0 and < 10_000
            => Price.Paid(euros, value[0] == 'h'),
        _ => null,
    };
}
