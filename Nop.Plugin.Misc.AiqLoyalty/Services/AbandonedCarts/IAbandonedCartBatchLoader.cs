using AiqLoyalty.Core.Carts;
using Nop.Core.Domain.Stores;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>Finds the next batch of abandoned carts of a store and loads what sending them needs.</summary>
public interface IAbandonedCartBatchLoader
{
    /// <summary>
    /// The next batch of carts <see cref="AbandonedCartQuery"/> selects (one query), ordered by
    /// customer id, at most <see cref="AbandonedCartDefaults.BatchSize"/>.
    /// </summary>
    /// <param name="storeId">The store.</param>
    /// <param name="options">The store's idle threshold and maximum age.</param>
    /// <param name="nowUtc">The run's clock.</param>
    /// <param name="afterCustomerId">Keyset: the last customer id of the previous batch, 0 for the first.</param>
    Task<IReadOnlyList<AbandonedCartCandidate>> SelectAsync(int storeId, AbandonedCartOptions options, DateTime nowUtc, int afterCustomerId);

    /// <summary>
    /// Loads the batch's contacts, lines, sync rows and products (one query per table, one catalog
    /// call) and prepares each cart: its payload, or why it is skipped.
    /// </summary>
    /// <param name="store">The store.</param>
    /// <param name="candidates">The batch.</param>
    /// <param name="options">The store's idle threshold and maximum age.</param>
    /// <param name="nowUtc">The run's clock.</param>
    /// <returns>One entry per candidate, in the batch's order.</returns>
    Task<IReadOnlyList<AbandonedCartWork>> LoadAsync(Store store, IReadOnlyList<AbandonedCartCandidate> candidates, AbandonedCartOptions options,
        DateTime nowUtc);
}
