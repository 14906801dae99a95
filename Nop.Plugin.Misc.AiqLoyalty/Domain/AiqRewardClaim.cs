using Nop.Core;

namespace Nop.Plugin.Misc.AiqLoyalty.Domain;

/// <summary>
/// One AIQ reward claimed by a shopper, from "applied to the cart" to "redeemed" or "released".
/// </summary>
public class AiqRewardClaim : BaseEntity
{
    /// <summary>The store.</summary>
    public int StoreId { get; set; }

    /// <summary>The shopper's customer id.</summary>
    public int CustomerId { get; set; }

    /// <summary>The staff member who applied it for the shopper (staff-assisted), or 0.</summary>
    public int StaffCustomerId { get; set; }

    /// <summary>AIQ's contact id.</summary>
    public string ContactId { get; set; }

    /// <summary>0 phone, 1 email: the identity the shopper verified (for the wallet check).</summary>
    public int IdentityKindId { get; set; }

    /// <summary>The normalised phone or email the shopper verified.</summary>
    public string IdentityValue { get; set; }

    /// <summary>Whether AIQ marks the reward reusable.</summary>
    public bool Reusable { get; set; }

    /// <summary>The order was cancelled (or fully refunded): give the points back / never redeem.</summary>
    public bool RefundRequested { get; set; }

    /// <summary>AIQ's template id.</summary>
    public string TemplateId { get; set; }

    /// <summary>The merchant's POS discount id, if any.</summary>
    public string PosDiscountId { get; set; }

    /// <summary>The reward name as shown to the shopper.</summary>
    public string RewardName { get; set; }

    /// <summary>Points taken when redeemed (recorded for auditors).</summary>
    public long PointsDeduction { get; set; }

    /// <summary>The order subtotal the reward requires (legacy priceCap with min=true), if any.</summary>
    public decimal? MinimumOrderTotal { get; set; }

    /// <summary>The nopCommerce discount applied for this claim.</summary>
    public int DiscountId { get; set; }

    /// <summary>Whether the discount was created by the plugin (deleted when done) or a mapped store discount.</summary>
    public bool DiscountCreatedByPlugin { get; set; }

    /// <summary>The unguessable one-time coupon code.</summary>
    public string CouponCode { get; set; }

    /// <summary>AIQ's redemption URL (a capability: never shown or logged in full).</summary>
    public string RedemptionUrl { get; set; }

    /// <summary>The claim state (AiqLoyalty.Core.Redemption.ClaimState).</summary>
    public int StateId { get; set; }

    /// <summary>The redemption model at order time: 1 A, 2 B.</summary>
    public int RedemptionModelId { get; set; }

    /// <summary>The order that used the claim.</summary>
    public int? OrderId { get; set; }

    /// <summary>Redemption (or refund) attempts made.</summary>
    public int Attempts { get; set; }

    /// <summary>The last error, for the admin.</summary>
    public string LastError { get; set; }

    /// <summary>When the worker may try again.</summary>
    public DateTime? NextAttemptOnUtc { get; set; }

    /// <summary>The plugin's idempotency key, written into AIQ notes.</summary>
    public string IdempotencyKey { get; set; }

    /// <summary>Created.</summary>
    public DateTime CreatedOnUtc { get; set; }

    /// <summary>Last change.</summary>
    public DateTime UpdatedOnUtc { get; set; }

    /// <summary>When AIQ confirmed the redemption.</summary>
    public DateTime? RedeemedOnUtc { get; set; }

    /// <summary>When the points went back.</summary>
    public DateTime? RefundedOnUtc { get; set; }

    /// <summary>
    /// Bumped by every write of the claim: a write names the version it read and changes the row only
    /// if it is still that version, so two store instances can never both act on one read.
    /// </summary>
    public int RowVersion { get; set; }

    /// <summary>The contact's points read just before the last redemption PUT or points adjustment.</summary>
    public long? PointsBefore { get; set; }
}
