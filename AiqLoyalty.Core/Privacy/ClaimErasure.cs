using AiqLoyalty.Core.Redemption;

namespace AiqLoyalty.Core.Privacy;

/// <summary>
/// What erasing a shopper (a GDPR "delete permanently") does to each of their reward claims. The
/// claim keeps what auditors need (order, template, reward name, pointsDeduction, states, dates);
/// its contact, identity and capabilities (redemption URL, coupon) go. A claim AIQ still has to
/// settle keeps them until it settles, because the settlement needs them.
/// </summary>
public static class ClaimErasure
{
    /// <summary>What to do with a claim of an erased shopper.</summary>
    /// <param name="state">The claim's state.</param>
    public static ClaimErasureAction ActionFor(ClaimState state) => state switch
    {
        // Applied to a cart but never ordered: released (its discount and hold go), then anonymised.
        ClaimState.Claimed => ClaimErasureAction.ReleaseThenAnonymise,

        // Settled with AIQ (or never sent): nothing more needs the contact. A redeemed reward whose
        // order is cancelled later cannot get its points back any more: the shopper asked to be forgotten.
        ClaimState.Redeemed or ClaimState.Released or ClaimState.Refunded or ClaimState.FailedFinal => ClaimErasureAction.Anonymise,

        // Placed, Redeeming, FailedRetryable, OutcomeUnknown, Refunding, RecordedForPos, NeedsAttention,
        // RefundNeedsAttention and any state added later: AIQ's side is not settled; anonymised once it is.
        _ => ClaimErasureAction.WaitUntilSettled
    };
}
