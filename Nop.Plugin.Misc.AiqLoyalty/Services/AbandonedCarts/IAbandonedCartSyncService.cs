using AiqLoyalty.Core.Client;
using Nop.Core;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>Sends abandoned carts to AIQ and keeps the sync log.</summary>
public interface IAbandonedCartSyncService
{
    /// <summary>
    /// One run: every store (or the given one) with the plugin and abandoned carts enabled, within
    /// <see cref="AbandonedCartDefaults.RunBudget"/>; the next run resumes from the sync rows.
    /// </summary>
    /// <param name="storeId">A store id, or 0 for all stores.</param>
    /// <param name="cancellationToken">Stops the run (rows of sends in flight stay Sending and are resent later).</param>
    Task<AbandonedCartSyncResult> RunAsync(int storeId = 0, CancellationToken cancellationToken = default);

    /// <summary>One store's part of a run: recovered sweep, selection in batches, sends, purge.</summary>
    /// <param name="store">The store.</param>
    /// <param name="settings">The store's settings.</param>
    /// <param name="client">An AIQ client for the store.</param>
    /// <param name="deadlineUtc">No new send starts after this.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    Task<AbandonedCartSyncResult> SyncStoreAsync(Store store, AiqLoyaltySettings settings, IAiqClient client, DateTime deadlineUtc,
        CancellationToken cancellationToken = default);

    /// <summary>Marks the customer's sent carts recovered when the order follows the send.</summary>
    /// <param name="order">The placed order.</param>
    /// <returns>Rows marked.</returns>
    Task<int> MarkRecoveredAsync(Order order);

    /// <summary>Sync log rows, newest change first.</summary>
    Task<IPagedList<AiqCartSync>> SearchSyncLogAsync(int storeId = 0, CartSyncStatus? status = null, DateTime? fromUtc = null, DateTime? toUtc = null,
        int pageIndex = 0, int pageSize = int.MaxValue);

    /// <summary>Sets failed (or waiting) rows to Retrying, due now, with the attempt count reset.</summary>
    /// <returns>Rows changed.</returns>
    Task<int> RetryAsync(IEnumerable<int> ids);

    /// <summary>Deletes rows older than each store's SyncLogRetentionDays.</summary>
    /// <param name="storeId">A store id, or 0 for all stores.</param>
    /// <returns>Rows deleted.</returns>
    Task<int> PurgeAsync(int storeId = 0);
}
