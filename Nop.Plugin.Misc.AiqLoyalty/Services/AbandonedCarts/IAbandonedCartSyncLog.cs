using Nop.Core;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>
/// The sync log's own operations: the admin grid's search and retry, marking sent carts recovered
/// when an order follows, and deleting rows past their retention.
/// </summary>
public interface IAbandonedCartSyncLog
{
    /// <summary>Sync log rows, newest change first.</summary>
    /// <param name="storeId">A store id, or 0 for all stores.</param>
    /// <param name="status">Only rows in this status, or null for all.</param>
    /// <param name="fromUtc">Only rows changed at or after this.</param>
    /// <param name="toUtc">Only rows changed before this.</param>
    /// <param name="pageIndex">Page index (0-based).</param>
    /// <param name="pageSize">Page size.</param>
    Task<IPagedList<AiqCartSync>> SearchAsync(int storeId = 0, CartSyncStatus? status = null, DateTime? fromUtc = null, DateTime? toUtc = null,
        int pageIndex = 0, int pageSize = int.MaxValue);

    /// <summary>Sets failed (or waiting) rows to Retrying, due now, with the attempt count reset.</summary>
    /// <param name="ids">Row ids; rows in another status are left alone.</param>
    /// <returns>Rows changed.</returns>
    Task<int> RetryAsync(IEnumerable<int> ids);

    /// <summary>Marks the customer's sent carts recovered when the order follows the send.</summary>
    /// <param name="order">The placed order.</param>
    /// <returns>Rows marked.</returns>
    Task<int> MarkRecoveredAsync(Order order);

    /// <summary>
    /// Marks a store's sent rows recovered when their customer ordered at or after the send (catches
    /// orders whose event was missed); at most <see cref="AbandonedCartDefaults.RecoveredSweepBatchSize"/> per call.
    /// </summary>
    /// <param name="storeId">The store.</param>
    /// <returns>Rows marked.</returns>
    Task<int> SweepRecoveredAsync(int storeId);

    /// <summary>Deletes a store's rows unchanged for longer than the retention, in bounded batches (the retention task and the cart run call it).</summary>
    /// <param name="storeId">The store.</param>
    /// <param name="retentionDays">The store's SyncLogRetentionDays; 0 or less keeps every row.</param>
    /// <returns>Rows deleted.</returns>
    Task<int> PurgeAsync(int storeId, int retentionDays);
}
