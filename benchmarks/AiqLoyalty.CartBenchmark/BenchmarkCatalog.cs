using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

namespace AiqLoyalty.CartBenchmark;

/// <summary>The catalog stand-in: the benchmark has no Product table, so product facts are made up from the id.</summary>
public sealed class BenchmarkCatalog : IAbandonedCartCatalog
{
    /// <inheritdoc />
    public Task<IReadOnlyDictionary<int, AbandonedCartProduct>> GetProductsAsync(IReadOnlyCollection<int> productIds, Store store)
    {
        IReadOnlyDictionary<int, AbandonedCartProduct> products = productIds.ToDictionary(id => id, id => new AbandonedCartProduct
        {
            Id = id,
            Name = $"Product {id}",
            Sku = $"SKU-{id:D5}",
            Price = 5m + id % 50,
            Category = $"Category {id % 20}",
            ImageUrl = $"{store.Url}images/thumbs/{id:D7}_0.jpeg"
        });
        return Task.FromResult(products);
    }
}
