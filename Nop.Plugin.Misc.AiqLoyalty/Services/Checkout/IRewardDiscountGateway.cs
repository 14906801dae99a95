using AiqLoyalty.Core.Offers;
using Nop.Core.Domain.Discounts;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;

/// <summary>Turns a claimed reward into a nopCommerce discount only the claiming shopper's order can use.</summary>
public interface IRewardDiscountGateway
{
    /// <summary>
    /// The store discount mapped to the reward's POS discount id (by coupon code or name), guarded so
    /// it never applies on its own (it gets the owner requirement), or null when there is none or it
    /// cannot be guarded.
    /// </summary>
    Task<Discount> FindStoreDiscountAsync(string posDiscountId);

    /// <summary>
    /// Creates the claim's own copy of a mapped store discount: the template's type, amounts, cap and
    /// the products, categories and manufacturers it applies to, with an unguessable one-time coupon
    /// and the owner requirement. Returns it.
    /// </summary>
    Task<Discount> CreateCopyAsync(AiqRewardClaim claim, RewardOffer offer, Discount template, DateTime expiresOnUtc);

    /// <summary>
    /// Creates the discount for a claim: the reward's amount or percentage (with cap), an unguessable
    /// one-time coupon, the plugin's owner requirement, a validity window. Returns it.
    /// </summary>
    Task<Discount> CreateAsync(AiqRewardClaim claim, RewardOffer offer, bool cumulative, DateTime expiresOnUtc);

    /// <summary>
    /// Takes a plugin-created discount out of the active list once it is no longer needed: deleted
    /// when unused, deactivated when an order used it (its usage history stays for audit).
    /// </summary>
    Task RetireAsync(AiqRewardClaim claim, bool usedByOrder);

    /// <summary>
    /// Deletes a discount with its requirements in an order every database nopCommerce supports
    /// accepts: each requirement before the group that holds it, then the discount.
    /// </summary>
    Task DeleteAsync(Discount discount);
}
