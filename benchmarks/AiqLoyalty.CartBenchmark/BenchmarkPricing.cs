using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

namespace AiqLoyalty.CartBenchmark;

/// <summary>The pricing stand-in: the benchmark has no catalog or discounts, so every cart is undiscounted.</summary>
public sealed class BenchmarkPricing : IAbandonedCartPricing
{
    /// <inheritdoc />
    public Task<IReadOnlyDictionary<int, AbandonedCartDiscounts>> GetDiscountsAsync(Store store, IReadOnlyCollection<int> customerIds) =>
        Task.FromResult<IReadOnlyDictionary<int, AbandonedCartDiscounts>>(new Dictionary<int, AbandonedCartDiscounts>());
}
