using Nop.Core.Domain.Stores;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>Asks nopCommerce what discounts the carts about to be sent get.</summary>
public interface IAbandonedCartPricing
{
    /// <summary>The discounts of each customer's cart in the store.</summary>
    /// <param name="store">The store.</param>
    /// <param name="customerIds">The carts' owners (only carts that will be sent).</param>
    /// <returns>Per customer id; a cart whose discounts could not be computed is left out (and logged).</returns>
    Task<IReadOnlyDictionary<int, AbandonedCartDiscounts>> GetDiscountsAsync(Store store, IReadOnlyCollection<int> customerIds);
}
