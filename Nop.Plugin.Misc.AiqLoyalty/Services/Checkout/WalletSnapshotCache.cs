using System.Text.Json;
using AiqLoyalty.Core.Offers;
using Nop.Core.Caching;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;

/// <summary>Keeps wallets as JSON in nopCommerce's static cache.</summary>
public class WalletSnapshotCache : IWalletSnapshotCache
{
    private readonly IStaticCacheManager _cacheManager;

    /// <summary>Creates the cache.</summary>
    public WalletSnapshotCache(IStaticCacheManager cacheManager)
    {
        _cacheManager = cacheManager;
    }

    /// <inheritdoc />
    public async Task<WalletView> GetAsync(int storeId, int customerId)
    {
        var json = await _cacheManager.GetAsync(Key(storeId, customerId, TimeSpan.FromMinutes(1)), () => (string)null);
        return string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<WalletView>(json);
    }

    /// <inheritdoc />
    public Task SetAsync(int storeId, int customerId, WalletView wallet, TimeSpan lifetime) =>
        _cacheManager.SetAsync(Key(storeId, customerId, lifetime), JsonSerializer.Serialize(wallet));

    /// <inheritdoc />
    public Task RemoveAsync(int storeId, int customerId) =>
        _cacheManager.RemoveAsync(AiqLoyaltyDefaults.WalletCacheKey, storeId, customerId);

    private CacheKey Key(int storeId, int customerId, TimeSpan lifetime)
    {
        var key = _cacheManager.PrepareKeyForDefaultCache(AiqLoyaltyDefaults.WalletCacheKey, storeId, customerId);
        key.CacheTime = Math.Max(1, (int)Math.Ceiling(lifetime.TotalMinutes));
        return key;
    }
}
