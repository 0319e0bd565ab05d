using Kiosk.Conversations.Localization;
using Kiosk.Conversations.Understanding;
using Kiosk.Training;
using Xunit.Abstractions;

namespace Kiosk.Conversations.Tests.Understanding;

/// <summary>
/// The held-out messages (src/Kiosk.Training/Corpus/test, never trained on) read by the models the bot ships.
/// Prints the table of <c>evaluate</c>; fails below the floors per language. The targets and the figures are
/// in docs/understanding.md.
/// </summary>
public sealed class UnderstandingAccuracyTests(ITestOutputHelper output)
{
    private static readonly Lazy<EvaluationReport> HeldOut = new(() => EvaluateCommand.Evaluate(
        new KioskRecognizers(Catalogs.Load(Catalogs.DefaultDirectory), RepositoryPaths.Models), Corpus.Read(RepositoryPaths.Corpus, "test")));

    public static TheoryData<string> Languages() => new(Corpus.Languages);

    [Theory]
    [MemberData(nameof(Languages))]
    public void Held_out_messages_are_understood_in_every_language(string language)
    {
        var report = HeldOut.Value;
        output.WriteLine(report.Table());
        // The five languages of session 8 have one round of examples and 51 held-out messages (one request is 3 points,
        // one offer 6): lower floors until a second round; see docs/understanding.md.
        var floors = language is "ps" or "ku" or "ti" or "so" or "fr"
            ? new[] { ("request_category", 0.65), ("request_top3", 0.85), ("offer_category", 0.65), ("offer_top3", 0.80), ("intent", 0.85), ("day", 0.75) }
            : new[] { ("request_category", 0.76), ("request_top3", 0.88), ("offer_category", 0.80), ("offer_top3", 0.85), ("intent", 0.88), ("day", 0.90) };
        foreach (var (measure, floor) in floors)
        {
            var share = report.Share(language, measure);
            Assert.True(share is not null, $"{language}: nothing counted for {measure}");
            Assert.True(share >= floor, $"{language}: {measure} {share:P1} is below {floor:P0}");
        }
    }

    [Fact]
    public void The_shipped_models_were_trained_on_the_current_corpus()
    {
        var trainedOn = File.ReadAllText(Path.Combine(RepositoryPaths.Models, "models.sha256")).Trim();
        var corpus = TrainCommand.Fingerprint(RepositoryPaths.Corpus, Catalogs.Load(RepositoryPaths.Localization));
        Assert.True(trainedOn == corpus, "The corpus or the catalogs' category words changed: run `dotnet run --project src/Kiosk.Training -- train` and commit the models.");
    }

    [Theory]
    [InlineData("test")]
    [InlineData("fresh")]
    public void A_held_out_set_shares_no_message_with_the_training_set(string set)
    {
        static string Key(string text) => MessageFolding.Fold(text);
        var training = Corpus.Read(RepositoryPaths.Corpus, "train").Select(line => Key(line.Text)).ToHashSet();
        var heldOut = Corpus.Read(RepositoryPaths.Corpus, set);
        Assert.True(heldOut.Count >= 400, $"{set}: only {heldOut.Count} messages");
        var shared = heldOut.Where(line => training.Contains(Key(line.Text))).Select(line => line.Text).ToList();
        Assert.True(shared.Count == 0, "In both sets: " + string.Join(" | ", shared));
    }

    [Fact]
    public void The_held_out_chat_lines_share_no_line_with_the_training_chat_lines()
    {
        static string Key(string text) => MessageFolding.Fold(text);
        var training = Corpus.ReadChat(RepositoryPaths.Corpus, "train").Concat(Corpus.ReadNothing(RepositoryPaths.Corpus)).Select(line => Key(line.Text))
            .Concat(Corpus.Read(RepositoryPaths.Corpus, "train").Select(line => Key(line.Text))).ToHashSet();
        var heldOut = Corpus.ReadChat(RepositoryPaths.Corpus, "test");
        Assert.True(heldOut.Count >= 400, $"only {heldOut.Count} held-out chat lines");
        var shared = heldOut.Where(line => training.Contains(Key(line.Text))).Select(line => line.Text).ToList();
        Assert.True(shared.Count == 0, "In both sets: " + string.Join(" | ", shared));
    }

    [Fact]
    public void The_language_note_on_held_out_chat_lines_is_rarely_wrong_and_mostly_there()
    {
        var lines = Corpus.ReadChat(RepositoryPaths.Corpus, "test");
        var report = ChatLanguageCommand.Evaluate(new KioskRecognizers(Catalogs.Load(Catalogs.DefaultDirectory), RepositoryPaths.Models), lines);
        var (right, wrong) = (report.Overall(ChatLanguageCommand.NamedRight) ?? 0, report.Overall(ChatLanguageCommand.NamedWrong) ?? 1);
        output.WriteLine($"{lines.Count} chat lines: {right:P1} named right, {wrong:P1} wrong");
        // Session 12: 80.6 % named right, 0.7 % wrong (docs/understanding.md); floors below, so that a worse model fails here.
        Assert.True(wrong <= 0.03, $"{wrong:P1} of {lines.Count} chat lines got a wrong language note");
        Assert.True(right >= 0.70, $"only {right:P1} of {lines.Count} chat lines got the right language note");
    }

    [Fact]
    public void The_catalog_hints_have_one_feature_per_category_and_find_a_category_word_in_any_language()
    {
        Assert.Equal(CatalogHints.CategoryCount, Kiosk.Domain.Categories.All.Count);
        var hints = new CatalogHints(new Lexicons(Catalogs.Load(Catalogs.DefaultDirectory)));
        var bikes = Kiosk.Domain.Categories.All.ToList().IndexOf("bikes");

        Assert.Equal(1, hints.For("mein Fahrrad hat einen Platten")[bikes]);
        Assert.Equal(1, hints.For("دراجتي خربانة")[bikes]);
        Assert.Equal(0, hints.For("Hallo, wie geht's?").Sum());
        Assert.Equal((1f, 0f), (hints.For("بقدر صلّح بسكليتات")[CatalogHints.CategoryCount], hints.For("بقدر صلّح بسكليتات")[CatalogHints.CategoryCount + 1]));
        Assert.Equal(1, hints.For("Suche jemanden für den Umzug")[CatalogHints.CategoryCount + 1]);
    }
}
