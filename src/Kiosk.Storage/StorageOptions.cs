using Microsoft.Extensions.Options;

namespace Kiosk.Storage;

/// <summary>Configuration section "Storage".</summary>
public sealed class StorageOptions
{
    /// <summary>The section name.</summary>
    public const string Section = "Storage";

    /// <summary>Path of the LiteDB file; its folder is created when missing.</summary>
    public string DatabasePath { get; set; } = "data/kiosk.db";

    /// <summary>When set, the file is encrypted with LiteDB's AES; never logged.</summary>
    public string? Password { get; set; }

    /// <summary>Days closed requests, sent messages and finished announcements are kept before the sweep deletes them.</summary>
    public int RetentionDays { get; set; } = 90;

    /// <summary>How often the retention sweep runs (after once at start).</summary>
    public TimeSpan RetentionSweepEvery { get; set; } = TimeSpan.FromHours(6);
}

/// <summary>Checks the storage options at start.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.DatabasePath))
        {
            return ValidateOptionsResult.Fail("Storage:DatabasePath (env Storage__DatabasePath) is empty: give a file path such as data/kiosk.db");
        }

        if (options.RetentionDays is < 1 or > 3650)
        {
            return ValidateOptionsResult.Fail($"Storage:RetentionDays (env Storage__RetentionDays) {options.RetentionDays} is out of range: give 1 to 3650 days");
        }

        return options.RetentionSweepEvery <= TimeSpan.Zero
            ? ValidateOptionsResult.Fail("Storage:RetentionSweepEvery (env Storage__RetentionSweepEvery) must be positive, such as 06:00:00")
            : ValidateOptionsResult.Success;
    }
}
