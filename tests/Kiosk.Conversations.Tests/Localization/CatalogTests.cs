using System.Text;
using System.Text.RegularExpressions;
using Kiosk.Conversations.Flows;
using Kiosk.Conversations.Localization;

namespace Kiosk.Conversations.Tests.Localization;

public sealed partial class CatalogTests
{
    private static readonly Catalogs Catalogs = Catalogs.Load(Catalogs.DefaultDirectory);
    private static readonly IReadOnlyDictionary<string, string> English = Catalogs.For("en")!;

    public static TheoryData<string> Languages() => new(Catalogs.Languages);

    [Fact]
    public void At_least_the_twelve_languages_of_the_kiosk_are_there()
    {
        Assert.Superset(new HashSet<string>(["de", "en", "ar", "fa", "uk", "ru", "tr", "ps", "ku", "ti", "so", "fr"]), Catalogs.Languages.ToHashSet());
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_catalog_has_every_key_with_the_same_placeholders(string language)
    {
        var catalog = Catalogs.For(language)!;
        var allKeys = Catalogs.Languages.SelectMany(code => Catalogs.For(code)!.Keys).Where(key => PluralGroup(key) is null).ToHashSet();
        Assert.Empty(allKeys.Except(catalog.Keys));
        foreach (var (key, text) in catalog)
        {
            Assert.False(string.IsNullOrWhiteSpace(text), $"{language}: {key} is empty");
            if (PluralGroup(key) is { } group)
            {
                // A plural form may leave out the number ("يومان", "once"), never add a placeholder.
                Assert.Subset(Placeholders(English[group + ".other"]).ToHashSet(), Placeholders(text).ToHashSet());
                continue;
            }

            Assert.Equal(Placeholders(English.GetValueOrDefault(key, text)), Placeholders(text));
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_plural_text_has_exactly_the_forms_ICU_s_rules_give_the_language(string language)
    {
        Assert.True(PluralRules.FromIcu, "ICU's plural rules were not found");
        var catalog = Catalogs.For(language)!;
        var groups = English.Keys.Select(PluralGroup).OfType<string>().Distinct().ToList();
        Assert.NotEmpty(groups);
        foreach (var group in groups)
        {
            var forms = catalog.Keys.Where(key => PluralGroup(key) == group).Select(key => key[(group.Length + 1)..]).ToHashSet();
            // The forms whole numbers take, and "other" (fractions, and the fallback).
            Assert.True(PluralRules.CategoriesOf(language).Append("other").ToHashSet().SetEquals(forms), $"{language}: {group} has {string.Join("/", forms)}");
            Assert.Equal(Placeholders(English[group + ".other"]), Placeholders(catalog[group + ".other"]));
        }
    }

    [Fact]
    public void In_Arabic_a_person_s_name_is_never_the_subject_of_a_masculine_verb()
    {
        var offending = Catalogs.For("ar")!
            .SelectMany(entry => NameNeighbours().Matches(entry.Value).Select(match => (entry.Key, Word: match.Groups["before"].Success ? match.Groups["before"].Value : match.Groups["after"].Value)))
            .Where(found => ArabicGrammar.MasculineVerbs.Contains(found.Word))
            .Select(found => $"{found.Key}: {found.Word}").ToList();
        Assert.True(offending.Count == 0, string.Join("\n", offending));
    }

    // The word right before or right after {name} / {next}.
    [GeneratedRegex(@"(?<before>[\p{L}\p{M}]+)\s+\{(?:name|next)\}|\{(?:name|next)\}\s+(?<after>[\p{L}\p{M}]+)")]
    private static partial Regex NameNeighbours();

    // "advice.age_days" for "advice.age_days.few" when English has "advice.age_days.other"; null for other keys.
    private static string? PluralGroup(string key) =>
        key.LastIndexOf('.') is var dot and > 0 && PluralRules.AllCategories.Contains(key[(dot + 1)..]) && English.ContainsKey(key[..dot] + ".other") ? key[..dot] : null;

    [Theory]
    [MemberData(nameof(Languages))]
    public void Direction_is_declared_and_right_to_left_only_for_Arabic_Farsi_and_Pashto(string language)
    {
        var direction = Catalogs.For(language)!["meta.direction"];
        Assert.Equal(language is "ar" or "fa" or "ps" ? "rtl" : "ltr", direction);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Texts_fit_Telegram_s_limits(string language)
    {
        var catalog = Catalogs.For(language)!;
        Assert.InRange(catalog["bot.description"].Length, 1, 512);
        Assert.InRange(catalog["bot.short_description"].Length, 1, 120);
        foreach (var command in Commands.Public)
        {
            Assert.InRange(catalog[$"commands.{command}"].Length, 1, 256);
        }

        Assert.All(catalog.Values, text => Assert.InRange(text.Length, 1, 4096));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Slash_commands_inside_texts_stay_the_real_commands(string language)
    {
        var catalog = Catalogs.For(language)!;
        foreach (var (key, text) in English.Where(entry => catalog.ContainsKey(entry.Key)))
        {
            var expected = SlashCommand().Matches(text).Select(match => match.Value).Order();
            Assert.Equal(expected, SlashCommand().Matches(catalog[key]).Select(match => match.Value).Order());
        }
    }

    [Fact]
    public void Persian_uses_Persian_letters_not_Arabic_ones()
    {
        Assert.All(Catalogs.For("fa")!.Values, text => Assert.DoesNotMatch("[\u064A\u0643]", text));
    }

    [Fact]
    public void Catalog_files_are_valid_UTF8_without_byte_order_mark()
    {
        foreach (var file in Directory.GetFiles(Catalogs.DefaultDirectory, "*.json"))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB, $"{file} has a BOM");
            _ = new UTF8Encoding(false, true).GetString(bytes);
        }
    }

    private static string[] Placeholders(string text) => Placeholder().Matches(text).Select(match => match.Value).Order().ToArray();

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?<![\w/])/(start|menu|myoffers|myrequests|myreferences|end|report|help|language|cancel|privacy|delete)\b")]
    private static partial Regex SlashCommand();

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_status_an_offer_can_have_has_a_name_in_the_figures(string language)
    {
        // Built from the enum at run time ("figures.offer_" + status), so the key check above cannot see them.
        var missing = Enum.GetValues<Kiosk.Domain.OfferStatus>()
            .Select(status => "figures.offer_" + status.ToString().ToLowerInvariant())
            .Where(key => !Catalogs.For(language)!.ContainsKey(key));
        Assert.Empty(missing);
    }
}
