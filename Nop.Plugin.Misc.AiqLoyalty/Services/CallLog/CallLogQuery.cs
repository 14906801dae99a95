using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.CallLog;

/// <summary>The call log's filters as one rule for the grid and the CSV export.</summary>
public static class CallLogQuery
{
    /// <summary>The rows of <paramref name="query"/> that match <paramref name="filter"/>.</summary>
    public static IQueryable<AiqCallLogEntry> Filter(this IQueryable<AiqCallLogEntry> query, CallLogFilter filter)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.StoreId > 0)
            query = query.Where(entry => entry.StoreId == filter.StoreId);
        if (filter.Operation is { } operation)
        {
            var operationId = (int)operation;
            query = query.Where(entry => entry.OperationId == operationId);
        }

        if (filter.Outcome is { } outcome)
        {
            var outcomeId = (int)outcome;
            query = query.Where(entry => entry.OutcomeId == outcomeId);
        }

        if (filter.FromUtc is { } from)
            query = query.Where(entry => entry.StartedOnUtc >= from);
        if (filter.ToUtc is { } to)
            query = query.Where(entry => entry.StartedOnUtc < to);
        return query;
    }
}
