namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Support.Plugin;

/// <summary>What a unique index says to a second row with the same key.</summary>
internal sealed class UniqueKeyViolationException(string table, string key)
    : InvalidOperationException($"Violation of UNIQUE KEY constraint on {table}: duplicate key ({key}).");
