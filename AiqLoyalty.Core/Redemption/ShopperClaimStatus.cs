namespace AiqLoyalty.Core.Redemption;

/// <summary>
/// What a shopper is told about a reward used on one of their orders: the claim states in the words
/// that matter to them (were points taken, are they coming back). See <see cref="ShopperClaimStatuses.Of"/>.
/// </summary>
public enum ShopperClaimStatus
{
    /// <summary>Not settled yet: the redemption is on its way, being retried, or waits for staff.</summary>
    Processing,

    /// <summary>AIQ deducted the points.</summary>
    Redeemed,

    /// <summary>Model B: the reward was passed to the store's POS, which redeems it.</summary>
    WaitingForStore,

    /// <summary>The order was cancelled or refunded after the points were taken: they are on their way back.</summary>
    PointsReturning,

    /// <summary>The points were given back.</summary>
    PointsReturned,

    /// <summary>The reward ended without taking points (the order was cancelled first, or AIQ refused the redemption).</summary>
    NoPointsTaken
}
