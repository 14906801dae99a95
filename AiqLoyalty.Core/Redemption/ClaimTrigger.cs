namespace AiqLoyalty.Core.Redemption;

/// <summary>An event that may move a claim to another <see cref="ClaimState"/>.</summary>
public enum ClaimTrigger
{
    /// <summary>Model A: an order was placed with the reward's discount.</summary>
    OrderPlaced,

    /// <summary>Model B: an order was placed with the reward; the POS will redeem it.</summary>
    OrderPlacedForPos,

    /// <summary>An order was placed without using the reward's discount.</summary>
    OrderDidNotUseDiscount,

    /// <summary>The shopper removed the reward, or it left the wallet; for a reward held for the POS (model B), also staff releasing it.</summary>
    Removed,

    /// <summary>The claim or the reward expired before an order used it.</summary>
    Expired,

    /// <summary>The redemption PUT is about to be sent.</summary>
    RedeemStarted,

    /// <summary>AIQ answered the PUT with success.</summary>
    RedeemSucceeded,

    /// <summary>The PUT failed without redeeming (e.g. 429, connection refused); retry later.</summary>
    RedeemFailedRetryable,

    /// <summary>The PUT was refused for good, or retries ran out.</summary>
    RedeemFailedFinal,

    /// <summary>The PUT's outcome is unknown (timeout, dropped connection, found in flight after a crash).</summary>
    RedeemOutcomeUnknown,

    /// <summary>A wallet check shows the reward was redeemed.</summary>
    WalletShowsRedeemed,

    /// <summary>A wallet check shows the reward was not redeemed.</summary>
    WalletShowsNotRedeemed,

    /// <summary>The order was cancelled.</summary>
    OrderCancelled,

    /// <summary>A refund of the points is about to be sent (other than through a cancellation).</summary>
    RefundStarted,

    /// <summary>AIQ confirmed the refund.</summary>
    RefundSucceeded,

    /// <summary>The refund call failed; the claim goes back to redeemed so it can be tried again.</summary>
    RefundFailed,

    /// <summary>The retry schedule says it is time to try the PUT again.</summary>
    RetryRequested,

    /// <summary>The worker cannot settle the claim (the wallet and balance do not tell, or retries ran out): staff must decide.</summary>
    NeedsStaff,

    /// <summary>Staff checked AIQ: the points were taken (and, for a refund, not given back).</summary>
    StaffMarkedRedeemed,

    /// <summary>Staff checked AIQ: no points were taken; the reward is let go.</summary>
    StaffReleased,

    /// <summary>Staff checked AIQ: the points were given back.</summary>
    StaffMarkedRefunded,

    /// <summary>Staff asked for the redemption PUT to be tried again.</summary>
    StaffRetriedRedemption,

    /// <summary>Staff asked for the points adjustment to be tried again.</summary>
    StaffRetriedRefund
}
