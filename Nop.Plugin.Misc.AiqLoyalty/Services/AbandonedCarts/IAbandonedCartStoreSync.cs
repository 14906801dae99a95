using AiqLoyalty.Core.Client;
using Nop.Core.Domain.Stores;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>One store's part of an abandoned-cart run.</summary>
public interface IAbandonedCartStoreSync
{
    /// <summary>
    /// Recovered sweep, then batches (select, load, send with bounded concurrency) until no cart is
    /// left, the run is stopped or the deadline passes, then the purge.
    /// </summary>
    /// <param name="store">The store.</param>
    /// <param name="settings">The store's settings.</param>
    /// <param name="client">An AIQ client for the store.</param>
    /// <param name="deadlineUtc">No new send starts after this.</param>
    /// <param name="cancellationToken">Stops the run (rows of sends in flight stay Sending and are resent later).</param>
    Task<AbandonedCartSyncResult> SyncStoreAsync(Store store, AiqLoyaltySettings settings, IAiqClient client, DateTime deadlineUtc,
        CancellationToken cancellationToken = default);
}
