namespace AiqLoyalty.Core.Checkout;

/// <summary>Why a reward cannot be applied to the shopper's order.</summary>
public enum ApplyRefusal
{
    /// <summary>Nothing stops it.</summary>
    None,

    /// <summary>The shopper has not verified (or the verification expired).</summary>
    NotVerified,

    /// <summary>The reward is not in the shopper's current wallet (used, expired or withdrawn).</summary>
    NotOffered,

    /// <summary>The reward is already applied to this order.</summary>
    AlreadyApplied,

    /// <summary>The order already has the most rewards the store allows.</summary>
    MaxRewardsReached,

    /// <summary>The shopper's balance is below the reward's cost.</summary>
    NotEnoughPoints,

    /// <summary>The order subtotal is below the reward's minimum.</summary>
    BelowMinimum,

    /// <summary>The reward is a store discount (e.g. BOGO) that this store has not mapped.</summary>
    NotAvailableOnline,

    /// <summary>The same reward is held by another cart or session of this shopper.</summary>
    ClaimedElsewhere,

    /// <summary>The reward is on an earlier order waiting for the store's POS to redeem it (model B).</summary>
    HeldForPos,

    /// <summary>AIQ could not be asked; try again.</summary>
    Unavailable
}
