using AiqLoyalty.Core.Offers;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;

/// <summary>
/// The shopper's last wallet, kept in nopCommerce's cache (distributed in a web farm) so pages render
/// the rewards box without calling AIQ.
/// </summary>
public interface IWalletSnapshotCache
{
    /// <summary>The last wallet, or null.</summary>
    Task<WalletView> GetAsync(int storeId, int customerId);

    /// <summary>Keeps the wallet for <paramref name="lifetime"/>.</summary>
    Task SetAsync(int storeId, int customerId, WalletView wallet, TimeSpan lifetime);

    /// <summary>Forgets the wallet.</summary>
    Task RemoveAsync(int storeId, int customerId);
}
