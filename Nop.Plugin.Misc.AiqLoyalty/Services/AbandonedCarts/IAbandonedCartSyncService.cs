namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>
/// The abandoned-cart work over the stores in scope (all stores, or one): which stores take part, with
/// their settings and AIQ client. Used by the scheduled task and the sync log page.
/// </summary>
public interface IAbandonedCartSyncService
{
    /// <summary>
    /// One run: every store (or the given one) with the plugin and abandoned carts enabled, within
    /// <see cref="AbandonedCartDefaults.RunBudget"/>; the next run resumes from the sync rows.
    /// </summary>
    /// <param name="storeId">A store id, or 0 for all stores.</param>
    /// <param name="cancellationToken">Stops the run (rows of sends in flight stay Sending and are resent later).</param>
    Task<AbandonedCartSyncResult> RunAsync(int storeId = 0, CancellationToken cancellationToken = default);

    /// <summary>Deletes sync log rows older than each store's SyncLogRetentionDays.</summary>
    /// <param name="storeId">A store id, or 0 for all stores.</param>
    /// <returns>Rows deleted.</returns>
    Task<int> PurgeAsync(int storeId = 0);
}
