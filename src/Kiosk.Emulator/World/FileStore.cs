using System.Collections.Concurrent;

namespace Kiosk.Emulator.World;

/// <summary>Photos and documents the bot sent, served to the web chat at /emulator/files/{id}.</summary>
public sealed class FileStore
{
    private readonly ConcurrentDictionary<string, (byte[] Content, string ContentType)> files = new();
    private int nextId;

    /// <summary>Stores a file and returns its URL path.</summary>
    public string Add(byte[] content, string contentType)
    {
        var id = $"file{Interlocked.Increment(ref nextId)}";
        files[id] = (content, contentType);
        return $"/emulator/files/{id}";
    }

    /// <summary>A stored file, if any.</summary>
    public (byte[] Content, string ContentType)? Get(string id) => files.TryGetValue(id, out var file) ? file : null;
}
