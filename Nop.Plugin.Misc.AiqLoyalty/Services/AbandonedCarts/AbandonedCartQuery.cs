using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>
/// The set-based selection of abandoned carts, as one LINQ expression over nopCommerce's tables that
/// linq2db turns into one SQL statement per store and batch (no loop over customers). It is public and
/// static so the benchmark runs exactly this expression against its own PostgreSQL database.
/// </summary>
/// <remarks>
/// A cart is the customer's ShoppingCart items (not the wishlist) in the store. It is selected when:
/// its newest change lies in (now - max age, now - idle]; the customer is not deleted and has an email
/// or phone on the customer row or the billing address, or a verified loyalty identity in the store;
/// no order of the customer (in the store, unless carts are shared) was placed at or after the newest
/// change; and the plugin has not already handled that change (a sync row for the same change exists,
/// other than a Retrying row that is due or a Sending row left by a crash). With shared carts, the cart
/// belongs to the store holding its newest item, so two stores never send the same cart.
/// </remarks>
public static class AbandonedCartQuery
{
    /// <summary>Builds the next batch's query, ordered by customer id.</summary>
    /// <param name="sources">The tables.</param>
    /// <param name="parameters">Store, window and keyset.</param>
    public static IQueryable<AbandonedCartCandidate> Candidates(AbandonedCartSources sources, AbandonedCartQueryParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(parameters);

        var cartTypeId = (int)ShoppingCartType.ShoppingCart;
        var storeId = parameters.StoreId;
        var changedAfter = parameters.NowUtc - parameters.MaxAge;
        var changedUpTo = parameters.NowUtc - parameters.IdleThreshold;
        var now = parameters.NowUtc;
        var staleSendingBefore = parameters.NowUtc - parameters.StaleSendingAfter;
        var afterCustomerId = parameters.AfterCustomerId;
        var sendingId = (int)CartSyncStatus.Sending;
        var retryingId = (int)CartSyncStatus.Retrying;
        var scopePrefix = AbandonedCartDefaults.CustomerScopePrefix;

        // Items older than the window cannot be the newest change of a cart inside it: filter first so
        // an index on the change time (or the keyset on CustomerId) can narrow the scan.
        var carts = sources.Items
            .Where(item => item.ShoppingCartTypeId == cartTypeId
                && item.StoreId == storeId
                && item.CustomerId > afterCustomerId
                && item.UpdatedOnUtc > changedAfter)
            .GroupBy(item => item.CustomerId)
            .Select(group => new { CustomerId = group.Key, LastChangeUtc = group.Max(item => item.UpdatedOnUtc) })
            .Where(cart => cart.LastChangeUtc <= changedUpTo);

        if (parameters.CartsSharedBetweenStores)
        {
            carts = carts.Where(cart => !sources.Items.Any(item => item.CustomerId == cart.CustomerId
                && item.ShoppingCartTypeId == cartTypeId
                && item.StoreId != storeId
                && item.UpdatedOnUtc > cart.LastChangeUtc));
        }

        var orders = parameters.CartsSharedBetweenStores
            ? sources.Orders.Where(order => !order.Deleted)
            : sources.Orders.Where(order => !order.Deleted && order.StoreId == storeId);

        var query =
            from cart in carts
            join customer in sources.Customers on cart.CustomerId equals customer.Id
            where !customer.Deleted
                && ((customer.Email != null && customer.Email != string.Empty)
                    || (customer.Phone != null && customer.Phone != string.Empty)
                    || sources.Addresses.Any(address => address.Id == customer.BillingAddressId
                        && ((address.Email != null && address.Email != string.Empty)
                            || (address.PhoneNumber != null && address.PhoneNumber != string.Empty)))
                    || sources.Verifications.Any(verification => verification.StoreId == storeId
                        && verification.ScopeKey == scopePrefix + customer.Id.ToString()
                        && verification.VerifiedOnUtc != null
                        && (verification.ContactId != null || verification.IdentityValue != null)))
                && !orders.Any(order => order.CustomerId == cart.CustomerId && order.CreatedOnUtc >= cart.LastChangeUtc)
                && !sources.Syncs.Any(sync => sync.StoreId == storeId
                    && sync.CustomerId == cart.CustomerId
                    && sync.CartUpdatedOnUtc == cart.LastChangeUtc
                    && !(sync.StatusId == retryingId && sync.NextAttemptOnUtc <= now)
                    && !(sync.StatusId == sendingId && sync.UpdatedOnUtc < staleSendingBefore))
            orderby cart.CustomerId
            select new AbandonedCartCandidate { CustomerId = cart.CustomerId, LastChangeUtc = cart.LastChangeUtc };

        return query.Take(parameters.BatchSize);
    }
}
