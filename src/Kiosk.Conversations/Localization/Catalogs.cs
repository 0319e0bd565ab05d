using System.Text.Json;

namespace Kiosk.Conversations.Localization;

/// <summary>
/// The message catalogs from <c>localization/*.json</c>, one per language, flattened to dotted keys
/// ("menu.title"). Loaded once at start.
/// </summary>
public sealed class Catalogs
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> byLanguage;

    private Catalogs(Dictionary<string, IReadOnlyDictionary<string, string>> byLanguage)
    {
        this.byLanguage = byLanguage;
        Languages = byLanguage.Keys
            .OrderBy(code => code switch { "de" => 0, "en" => 1, _ => 2 })
            .ThenBy(code => code, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Supported language codes: German and English first, then the others by code.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>The default folder: <c>localization/</c> next to the running program.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "localization");

    /// <summary>Reads every <c>*.json</c> file of <paramref name="directory"/>; the file name is the language code.</summary>
    public static Catalogs Load(string directory)
    {
        var files = Directory.GetFiles(directory, "*.json");
        if (files.Length == 0)
        {
            throw new InvalidOperationException($"No message catalogs (*.json) found in '{directory}'.");
        }

        var catalogs = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var entries = new Dictionary<string, string>(StringComparer.Ordinal);
            Flatten(json.RootElement, "", entries);
            catalogs[Path.GetFileNameWithoutExtension(file)] = entries;
        }

        return new Catalogs(catalogs);
    }

    /// <summary>The flattened entries of one language, or null if it has no catalog.</summary>
    public IReadOnlyDictionary<string, string>? For(string language) =>
        byLanguage.TryGetValue(language, out var entries) ? entries : null;

    private static void Flatten(JsonElement element, string prefix, Dictionary<string, string> into)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                Flatten(property.Value, prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}", into);
            }
        }
        else
        {
            into[prefix] = element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
        }
    }
}
