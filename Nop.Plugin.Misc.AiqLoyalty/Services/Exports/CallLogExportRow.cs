using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Exports;

/// <summary>One row of the call log export: a call and its store's name.</summary>
/// <param name="Call">The call log row (its contact is already masked).</param>
/// <param name="StoreName">The store's name, or null for the all-stores configuration or a store that is gone.</param>
public sealed record CallLogExportRow(AiqCallLogEntry Call, string StoreName);
