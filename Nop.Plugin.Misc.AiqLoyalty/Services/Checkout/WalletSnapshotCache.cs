using System.Text.Json;
using AiqLoyalty.Core.Offers;
using Nop.Core.Caching;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;

/// <summary>Keeps wallets as JSON in nopCommerce's static cache, with the time they were read from AIQ.</summary>
public class WalletSnapshotCache : IWalletSnapshotCache
{
    private readonly IStaticCacheManager _cacheManager;
    private readonly TimeProvider _clock;

    /// <summary>Creates the cache.</summary>
    public WalletSnapshotCache(IStaticCacheManager cacheManager, TimeProvider clock)
    {
        _cacheManager = cacheManager;
        _clock = clock;
    }

    /// <inheritdoc />
    public async Task<WalletView> GetAsync(int storeId, int customerId) => (await ReadAsync(storeId, customerId))?.Wallet;

    /// <inheritdoc />
    public async Task<WalletView> GetFreshAsync(int storeId, int customerId, TimeSpan maxAge) =>
        await ReadAsync(storeId, customerId) is { } snapshot && _clock.GetUtcNow() - snapshot.ReadAt <= maxAge ? snapshot.Wallet : null;

    /// <inheritdoc />
    public Task SetAsync(int storeId, int customerId, WalletView wallet, TimeSpan lifetime) =>
        _cacheManager.SetAsync(Key(storeId, customerId, lifetime), JsonSerializer.Serialize(new Snapshot(wallet, _clock.GetUtcNow())));

    /// <inheritdoc />
    public Task RemoveAsync(int storeId, int customerId) =>
        _cacheManager.RemoveAsync(AiqLoyaltyDefaults.WalletCacheKey, storeId, customerId);

    private async Task<Snapshot> ReadAsync(int storeId, int customerId)
    {
        var json = await _cacheManager.GetAsync(Key(storeId, customerId, TimeSpan.FromMinutes(1)), () => (string)null);
        return string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<Snapshot>(json);
    }

    private CacheKey Key(int storeId, int customerId, TimeSpan lifetime)
    {
        var key = _cacheManager.PrepareKeyForDefaultCache(AiqLoyaltyDefaults.WalletCacheKey, storeId, customerId);
        key.CacheTime = Math.Max(1, (int)Math.Ceiling(lifetime.TotalMinutes));
        return key;
    }

    /// <summary>What is cached: the wallet and when it was read from AIQ.</summary>
    private sealed record Snapshot(WalletView Wallet, DateTimeOffset ReadAt);
}
