using System.Globalization;
using System.Text;
using Kiosk.Conversations.Engine;

namespace Kiosk.Conversations.Tests.Engine;

public sealed class WrittenTextTests
{
    // A strict encoder, as LiteDB's: half an emoji throws.
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Emoji (surrogate pairs), a family joined with ZWJ, a flag, a letter with a combining mark, Arabic with harakat.
    private const string Mixed = "Fahrrad 🚲 kaputt 👨‍👩‍👧 🇩🇪 é مَرْحَبًا ok 🙂";

    [Fact]
    public void A_cut_at_every_position_leaves_whole_text_elements_that_a_strict_encoder_accepts()
    {
        var elements = TextElements(Mixed);
        for (var max = 0; max <= Mixed.Length + 1; max++)
        {
            var cut = WrittenText.Cut(Mixed, max);
            Strict.GetBytes(cut); // throws on a lone surrogate
            var kept = max >= Mixed.Length ? cut : cut[..^WrittenText.Ellipsis.Length];
            Assert.True(kept.Length <= max, $"max {max}: {kept.Length} units kept");
            Assert.StartsWith(kept, Mixed, StringComparison.Ordinal);
            // Every element kept is one of the original's, whole.
            Assert.Equal(TextElements(kept), elements.Take(TextElements(kept).Count));
        }
    }

    [Fact]
    public void A_short_text_is_not_touched_and_a_long_one_ends_with_the_ellipsis()
    {
        Assert.Same(Mixed, WrittenText.Cut(Mixed, Mixed.Length));
        Assert.Equal("Fahrrad…", WrittenText.Cut("Fahrrad 🚲", 9));
        Assert.Equal("Fahrrad 🚲…", WrittenText.Cut("Fahrrad 🚲 kaputt", 10));
    }

    // Attribute strings are stored as UTF-8, which cannot hold a lone surrogate: these are built in code.
    public static TheoryData<string, string> LoneSurrogates => new()
    {
        { "a\uD83Db", "a\uFFFDb" },
        { "\uDE00start", "\uFFFDstart" },
        { "end\uD83D", "end\uFFFD" },
        { "🙂\uDE00🙂", "🙂\uFFFD🙂" },
    };

    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public void Lone_surrogates_are_replaced_and_pairs_kept(string written, string repaired)
    {
        Assert.Equal(repaired, WrittenText.Repair(written));
        Strict.GetBytes(WrittenText.Repair(written));
    }

    [Fact]
    public void A_text_without_lone_surrogates_is_returned_as_it_is()
    {
        Assert.Same(Mixed, WrittenText.Repair(Mixed));
    }

    [Theory]
    [InlineData("\u202EanimA", "animA")]
    [InlineData("Jo\u200Bnas\u2066", "Jonas")]
    [InlineData("\u200F\u200E\u061C", "")]
    [InlineData("  Olena\n ", "Olena")]
    [InlineData("مهر\u200Cانگیز", "مهر\u200Cانگیز")] // Persian spelling keeps its zero-width non-joiner
    [InlineData("👨‍👩‍👧", "👨‍👩‍👧")]
    public void Names_lose_bidi_controls_and_invisible_characters_but_keep_their_spelling(string written, string shown)
    {
        Assert.Equal(shown, WrittenText.CleanName(written));
    }

    [Fact]
    public void A_very_long_name_is_cut_between_letters()
    {
        var name = string.Concat(Enumerable.Repeat("🙂", 40));
        var clean = WrittenText.CleanName(name);
        Assert.Equal(64, clean.Length);
        Strict.GetBytes(clean);
    }

    private static List<string> TextElements(string text)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            elements.Add((string)enumerator.Current);
        }

        return elements;
    }
}
