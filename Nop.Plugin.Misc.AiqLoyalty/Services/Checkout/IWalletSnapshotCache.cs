using AiqLoyalty.Core.Offers;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;

/// <summary>
/// The shopper's last wallet, kept in nopCommerce's cache (distributed in a web farm) so pages render
/// the rewards box without calling AIQ, with when it was read from AIQ.
/// </summary>
public interface IWalletSnapshotCache
{
    /// <summary>The last wallet, or null.</summary>
    Task<WalletView> GetAsync(int storeId, int customerId);

    /// <summary>The last wallet when it was read from AIQ at most <paramref name="maxAge"/> ago, else null.</summary>
    Task<WalletView> GetFreshAsync(int storeId, int customerId, TimeSpan maxAge);

    /// <summary>Keeps the wallet (read from AIQ now) for <paramref name="lifetime"/>.</summary>
    Task SetAsync(int storeId, int customerId, WalletView wallet, TimeSpan lifetime);

    /// <summary>Forgets the wallet.</summary>
    Task RemoveAsync(int storeId, int customerId);
}
