using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Exports;

/// <summary>One row of the sync log export: a cart's sync state and its store's name.</summary>
/// <param name="Sync">The sync row (its contact is already masked).</param>
/// <param name="StoreName">The store's name, or null when the store is gone.</param>
public sealed record SyncLogExportRow(AiqCartSync Sync, string StoreName);
