using Kiosk.Domain;
using LiteDB;

namespace Kiosk.Storage.Tests;

public sealed class EncryptionTests : IDisposable
{
    private const string Password = "kiosk-altona-secret";
    private const string Details = "Brauche Samstag Hilfe beim Umzug in die Max-Brauer-Allee";
    private readonly TemporaryDatabase file = new();

    [Fact]
    public void A_file_written_with_a_password_hides_its_texts_and_opens_only_with_that_password()
    {
        using (var database = file.Open(Password))
        {
            database.Run(() => database.Requests.Insert(new HelpRequest { Id = "r1", MemberId = 42, Category = "moving", Details = Details }));
        }

        var raw = File.ReadAllBytes(file.Path);
        Assert.Equal(-1, raw.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes("Max-Brauer-Allee")));

        // LiteDB itself refuses the file without the password.
        Assert.ThrowsAny<LiteException>(() =>
        {
            using var plain = new LiteDatabase(new ConnectionString { Filename = file.Path, Connection = ConnectionType.Direct });
            plain.GetCollection("requests").FindAll().ToList();
        });
        Assert.Throws<StorageOpenException>(() => file.Open());
        Assert.Throws<StorageOpenException>(() => file.Open("wrong-password"));

        using var reopened = file.Open(Password);
        Assert.Equal(Details, reopened.Run(() => reopened.Requests.FindById("r1").Details));
    }

    [Fact]
    public void A_wrong_password_is_one_line_that_names_the_setting_and_never_the_password()
    {
        file.Open(Password).Dispose();

        var exception = Assert.Throws<StorageOpenException>(() => file.Open("wrong-password"));

        Assert.StartsWith("Storage:Password (env Storage__Password)", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', exception.Message);
        Assert.DoesNotContain("wrong-password", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_password_the_file_stays_plain_as_before()
    {
        using (var database = file.Open())
        {
            database.Run(() => database.Requests.Insert(new HelpRequest { Id = "r1", MemberId = 42, Details = Details }));
        }

        Assert.NotEqual(-1, File.ReadAllBytes(file.Path).AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes("Max-Brauer-Allee")));
    }

    public void Dispose() => file.Dispose();
}
