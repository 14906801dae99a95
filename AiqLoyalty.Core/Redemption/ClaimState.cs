namespace AiqLoyalty.Core.Redemption;

/// <summary>Where one claimed reward stands. See <see cref="ClaimStateMachine"/> for the transitions.</summary>
public enum ClaimState
{
    /// <summary>The shopper applied the reward to a cart; no order yet.</summary>
    Claimed,

    /// <summary>An order used the reward; waiting for the redemption PUT (model A).</summary>
    Placed,

    /// <summary>The redemption PUT is in flight. Written before the call.</summary>
    Redeeming,

    /// <summary>AIQ confirmed the redemption; points are deducted.</summary>
    Redeemed,

    /// <summary>The PUT failed in a way that did not redeem; it will be retried.</summary>
    FailedRetryable,

    /// <summary>The PUT was refused for good, or retries ran out.</summary>
    FailedFinal,

    /// <summary>The PUT may or may not have redeemed (timeout, dropped connection, crash); a wallet check decides.</summary>
    OutcomeUnknown,

    /// <summary>Giving the points back after a cancelled order. Written before the adjust call.</summary>
    Refunding,

    /// <summary>The points were given back.</summary>
    Refunded,

    /// <summary>The reward was let go without being redeemed (removed, expired, unused, cancelled before the PUT).</summary>
    Released,

    /// <summary>Model B: the selection was passed to the POS, which redeems it; the plugin never PUTs.</summary>
    RecordedForPos,

    /// <summary>
    /// A redemption whose outcome AIQ's answers could not settle (the wallet and balance could not
    /// tell): the worker leaves it alone and staff mark it redeemed, release it or retry the PUT.
    /// The reward stays held until they do.
    /// </summary>
    NeedsAttention,

    /// <summary>
    /// A refund (points given back for a cancelled order) that could not be settled: the adjustment's
    /// answer was lost and the balance does not tell, or retries ran out. Staff record the points as
    /// returned or retry the adjustment. The redemption itself is done, so it can never be redeemed again.
    /// </summary>
    RefundNeedsAttention
}
