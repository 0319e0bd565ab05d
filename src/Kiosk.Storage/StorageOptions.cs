using Microsoft.Extensions.Options;

namespace Kiosk.Storage;

/// <summary>Configuration section "Storage".</summary>
public sealed class StorageOptions
{
    /// <summary>The section name.</summary>
    public const string Section = "Storage";

    /// <summary>Path of the LiteDB file; its folder is created when missing.</summary>
    public string DatabasePath { get; set; } = "data/kiosk.db";
}

/// <summary>Checks the storage options at start.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, StorageOptions options) =>
        string.IsNullOrWhiteSpace(options.DatabasePath)
            ? ValidateOptionsResult.Fail("Storage:DatabasePath (env Storage__DatabasePath) is empty: give a file path such as data/kiosk.db")
            : ValidateOptionsResult.Success;
}
