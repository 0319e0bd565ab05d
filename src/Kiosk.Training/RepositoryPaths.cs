namespace Kiosk.Training;

/// <summary>Where the corpus and the shipped models are, found from the repository root (the folder with Bot.sln).</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root.</summary>
    public static string Root
    {
        get
        {
            foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            {
                for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
                {
                    if (File.Exists(Path.Combine(directory.FullName, "Bot.sln")))
                    {
                        return directory.FullName;
                    }
                }
            }

            throw new InvalidOperationException("Run this inside the repository (no Bot.sln above the current folder).");
        }
    }

    /// <summary>The corpus: train/ and test/.</summary>
    public static string Corpus => Path.Combine(Root, "src", "Kiosk.Training", "Corpus");

    /// <summary>The models the bot ships.</summary>
    public static string Models => Path.Combine(Root, "src", "Kiosk.Conversations", "Understanding", "Models");

    /// <summary>The catalogs.</summary>
    public static string Localization => Path.Combine(Root, "localization");
}
