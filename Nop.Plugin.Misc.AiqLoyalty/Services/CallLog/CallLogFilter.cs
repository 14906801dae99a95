using AiqLoyalty.Core.Client;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.CallLog;

/// <summary>The call log's filters: store, operation, outcome, start time; null or 0 filters nothing.</summary>
/// <param name="StoreId">A store, or 0 for all.</param>
/// <param name="Operation">An operation, or null for all.</param>
/// <param name="Outcome">An outcome, or null for all.</param>
/// <param name="FromUtc">Calls started at or after this time.</param>
/// <param name="ToUtc">Calls started before this time.</param>
public sealed record CallLogFilter(int StoreId = 0, AiqCall? Operation = null, AiqCallOutcome? Outcome = null, DateTime? FromUtc = null, DateTime? ToUtc = null);
