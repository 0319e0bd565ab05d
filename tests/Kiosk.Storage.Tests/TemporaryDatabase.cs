namespace Kiosk.Storage.Tests;

/// <summary>A real LiteDB file in a fresh temporary folder, deleted afterwards.</summary>
public sealed class TemporaryDatabase : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("kiosk-db-").FullName;

    public string Path => System.IO.Path.Combine(directory, "data", "kiosk.db");

    public KioskDatabase Open(string? password = null) => new(Path, password);

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
