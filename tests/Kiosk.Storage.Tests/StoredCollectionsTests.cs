using System.Reflection;
using Kiosk.Conversations.Engine.Units;
using Kiosk.Conversations.Flows.Privacy;
using LiteDB;

namespace Kiosk.Storage.Tests;

/// <summary>Every stored type is declared once, with what /mydata shows, what /delete does and what retention removes.</summary>
public sealed class StoredCollectionsTests : IDisposable
{
    private static readonly string[] PersonFields = ["MemberId", "ChatId", "UserId", "NeighbourId", "NewcomerId", "AuthorId", "CreatedBy", "ReporterId"];
    private readonly TemporaryDatabase file = new();

    public static TheoryData<string> Collections => [.. StoredCollections.All.Select(collection => collection.Name)];

    [Theory]
    [MemberData(nameof(Collections))]
    public void Every_collection_says_what_mydata_shows_what_delete_does_and_what_retention_removes(string name)
    {
        var collection = StoredCollections.All.Single(candidate => candidate.Name == name);
        var policy = collection.Privacy;

        var section = typeof(MyData).GetProperty(policy.Shown);
        Assert.True(section is not null || Reason(policy.Shown, "not shown: "), $"{name}: /mydata section '{policy.Shown}' is neither a MyData property nor 'not shown: <why>'");
        var rule = typeof(RetentionRules).GetMethod(policy.Kept, BindingFlags.Public | BindingFlags.Static);
        Assert.True(rule is not null || Reason(policy.Kept, "kept: "), $"{name}: retention '{policy.Kept}' is neither a RetentionRules rule nor 'kept: <why>'");
        Assert.True(Enum.IsDefined(policy.Erased), $"{name}: no erasure");
        if (policy.Erased == Erasure.NothingPersonal)
        {
            // "Nothing personal" must be true of the document type itself.
            Assert.Empty(collection.Document.GetProperties().Select(property => property.Name).Intersect(PersonFields));
            Assert.Null(section);
        }
    }

    [Fact]
    public void Names_and_document_types_are_declared_once_and_flow_records_do_not_share_them()
    {
        var names = StoredCollections.All.Select(collection => collection.Name).Concat(FlowRegistry.Stores.Select(kind => kind.Collection)).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(StoredCollections.All.Count, StoredCollections.All.Select(collection => collection.Document).Distinct().Count());
    }

    [Fact]
    public void Every_collection_the_database_hands_out_is_declared()
    {
        using var database = file.Open();
        var declared = StoredCollections.All.Select(collection => collection.Name).ToHashSet();
        var handedOut = typeof(KioskDatabase).GetProperties()
            .Where(property => property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(ILiteCollection<>))
            .Select(property => database.Run(() => (string)property.PropertyType.GetProperty(nameof(ILiteCollection<object>.Name))!.GetValue(property.GetValue(database))!))
            .ToList();

        Assert.Equal(StoredCollections.All.Count, handedOut.Count);
        Assert.All(handedOut, name => Assert.Contains(name, declared));
    }

    [Fact]
    public void Every_collection_in_a_file_written_by_an_older_version_is_declared()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file.Path)!);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "kiosk-97e4f3f.db"), file.Path);
        using var database = file.Open();
        var declared = StoredCollections.All.Select(collection => collection.Name).Concat(FlowRegistry.Stores.Select(kind => kind.Collection)).ToHashSet();

        var inFile = database.Run(() => database.Database.GetCollectionNames().ToList());

        Assert.Contains("matches", inFile);
        Assert.All(inFile, name => Assert.Contains(name, declared));
    }

    public void Dispose() => file.Dispose();

    private static bool Reason(string text, string prefix) => text.StartsWith(prefix, StringComparison.Ordinal) && text.Length > prefix.Length + 10;
}
