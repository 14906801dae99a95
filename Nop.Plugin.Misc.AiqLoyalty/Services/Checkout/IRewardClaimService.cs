using AiqLoyalty.Core.Offers;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;

/// <summary>Rewards claimed for a shopper's order, each backed by a discount only that shopper can use.</summary>
public interface IRewardClaimService
{
    /// <summary>Claims that are applied to the customer's cart (not yet ordered).</summary>
    Task<IList<AiqRewardClaim>> GetCartClaimsAsync(int storeId, int customerId);

    /// <summary>Applies a reward from the shopper's fresh wallet, with the store's settings already loaded.</summary>
    Task<ApplyResult> ApplyAsync(Customer customer, int storeId, AiqLoyaltySettings settings, WalletView wallet, string templateId, int staffCustomerId = 0);

    /// <summary>Removes an applied reward ("Remove"): claim released, coupon and discount gone.</summary>
    Task<bool> RemoveAsync(Customer customer, int storeId, int claimId);

    /// <summary>Releases applied rewards that are no longer in the shopper's fresh wallet; returns their names.</summary>
    Task<IList<string>> ReleaseMissingAsync(Customer customer, int storeId, WalletView wallet);

    /// <summary>
    /// Releases the contact's rewards recorded for the POS (model B) that the fresh wallet no longer
    /// lists (the POS redeemed them); returns how many.
    /// </summary>
    Task<int> ReleasePosHeldGoneAsync(AiqLoyaltySettings settings, WalletView wallet);

    /// <summary>Staff releases a reward recorded for the POS (model B); false when the claim is not in that state.</summary>
    Task<bool> ReleaseHeldForPosAsync(int claimId);

    /// <summary>Rewards of the contact held by another cart, store or an order waiting for the POS (shown as in use).</summary>
    Task<ISet<string>> GetHeldElsewhereAsync(AiqLoyaltySettings settings, string contactId, int storeId, int customerId);

    /// <summary>The discount requirement check: true only for the claim's owner, in its store, while it is applied and its minimum is met.</summary>
    Task<bool> IsDiscountUsableAsync(int discountRequirementId, Customer customer, int storeId);

    /// <summary>
    /// Applied rewards older than their lifetime: settled against the claimant's own order that used
    /// their discount (when the placed-order handler did not), otherwise released with their
    /// discounts deleted. Returns how many were released.
    /// </summary>
    Task<int> ReleaseExpiredAsync(DateTime nowUtc);

    /// <summary>
    /// A guest logged in mid-checkout (nopCommerce moved the cart and its coupons): the guest's applied
    /// rewards move to the customer, or are released when the customer already has rewards applied.
    /// Returns the stores whose claims moved (none when released or there were none).
    /// </summary>
    Task<IReadOnlyCollection<int>> MoveCartClaimsAsync(Customer guest, Customer customer);
}
