namespace AiqLoyalty.Core.Redemption;

/// <summary>The one place a claim's state becomes what the shopper is told about it.</summary>
public static class ShopperClaimStatuses
{
    /// <summary>
    /// The shopper's status of a claim in <paramref name="state"/>; <paramref name="refundRequested"/>:
    /// the order was cancelled (or refunded), so points already taken are due back.
    /// </summary>
    public static ShopperClaimStatus Of(ClaimState state, bool refundRequested) => state switch
    {
        // Taken, and the order was cancelled since: the worker's adjustment is due.
        ClaimState.Redeemed when refundRequested => ShopperClaimStatus.PointsReturning,
        ClaimState.Redeemed => ShopperClaimStatus.Redeemed,
        ClaimState.Refunding or ClaimState.RefundNeedsAttention => ShopperClaimStatus.PointsReturning,
        ClaimState.Refunded => ShopperClaimStatus.PointsReturned,
        ClaimState.RecordedForPos => ShopperClaimStatus.WaitingForStore,
        // Let go before the PUT, or refused for good by AIQ: no points left the wallet.
        ClaimState.Released or ClaimState.FailedFinal => ShopperClaimStatus.NoPointsTaken,
        // Claimed, Placed, Redeeming, FailedRetryable, OutcomeUnknown, NeedsAttention: not settled; a
        // state added later reads as not settled too until it is given its own words.
        _ => ShopperClaimStatus.Processing
    };
}
