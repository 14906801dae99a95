using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>The sync log's filters (store, status, changed from/to), one rule for the log grid and the CSV export.</summary>
public static class SyncLogQuery
{
    /// <summary>The rows of <paramref name="query"/> that match the filters; null or 0 filters nothing.</summary>
    /// <param name="query">The sync rows.</param>
    /// <param name="storeId">A store, or 0 for all.</param>
    /// <param name="status">A status, or null for all.</param>
    /// <param name="fromUtc">Rows changed at or after this time.</param>
    /// <param name="toUtc">Rows changed before this time.</param>
    public static IQueryable<AiqCartSync> Filter(this IQueryable<AiqCartSync> query, int storeId, CartSyncStatus? status, DateTime? fromUtc, DateTime? toUtc)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (storeId > 0)
            query = query.Where(sync => sync.StoreId == storeId);
        if (status is { } wanted)
        {
            var statusId = (int)wanted;
            query = query.Where(sync => sync.StatusId == statusId);
        }

        if (fromUtc is { } from)
            query = query.Where(sync => sync.UpdatedOnUtc >= from);
        if (toUtc is { } to)
            query = query.Where(sync => sync.UpdatedOnUtc < to);
        return query;
    }
}
