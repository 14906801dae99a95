using Nop.Core.Domain.Stores;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>Reads the product facts of a batch of carts in as few calls as the catalog allows.</summary>
public interface IAbandonedCartCatalog
{
    /// <summary>The products (missing and deleted ones left out), by id.</summary>
    /// <param name="productIds">Distinct product ids of the batch.</param>
    /// <param name="store">The store (its URL makes the image URLs absolute).</param>
    Task<IReadOnlyDictionary<int, AbandonedCartProduct>> GetProductsAsync(IReadOnlyCollection<int> productIds, Store store);
}
