using AiqLoyalty.Core.Checkout;
using AiqLoyalty.Core.Client;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;

/// <summary>What one shopper request needs for a store, loaded once: its settings, the AIQ client and the verification flow.</summary>
/// <param name="StoreId">The store.</param>
/// <param name="Settings">The store's settings.</param>
/// <param name="Client">The AIQ client built from them.</param>
/// <param name="Flow">The verification flow with the store's limits.</param>
public sealed record ShopperContext(int StoreId, AiqLoyaltySettings Settings, IAiqClient Client, ShopperVerification Flow);
