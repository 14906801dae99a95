using AiqLoyalty.Core.Carts;
using Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

namespace AiqLoyalty.CartBenchmark;

/// <summary>
/// The consent stand-in: the benchmark has no newsletter or GDPR tables and runs with the audience
/// "everyone with a contact", which needs no consent, so this reader is never asked for any.
/// </summary>
public sealed class BenchmarkConsentReader : IAbandonedCartConsentReader
{
    /// <inheritdoc />
    public Task<IReadOnlyDictionary<int, CartContactFacts>> GetConsentsAsync(int storeId, AbandonedCartOptions options, IReadOnlyDictionary<int, string> emails) =>
        Task.FromResult<IReadOnlyDictionary<int, CartContactFacts>>(new Dictionary<int, CartContactFacts>());
}
