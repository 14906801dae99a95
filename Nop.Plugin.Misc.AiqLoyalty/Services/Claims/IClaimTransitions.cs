using AiqLoyalty.Core.Redemption;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Claims;

/// <summary>
/// The one writer of reward claim rows after they are inserted. Every write is a conditional UPDATE
/// over the row version the caller read (exactly one row changes, or nothing does and the caller
/// stops), and a state change brings its fixed consequences with it: the reward's hold is let go when
/// the claim stops holding it, the order gets its note, and the store owner is told when a claim
/// needs attention.
/// </summary>
public interface IClaimTransitions
{
    /// <summary>
    /// Moves the claim by <paramref name="trigger"/> (as <see cref="ClaimStateMachine"/> allows) with
    /// the bookkeeping <paramref name="change"/> makes. False when the row changed since it was read:
    /// nothing was written, and the entity must be read again before it is used.
    /// </summary>
    Task<bool> TryFireAsync(AiqRewardClaim claim, ClaimTrigger trigger, Action<AiqRewardClaim> change = null);

    /// <summary>Writes bookkeeping that keeps the state (e.g. the next-attempt time), on the same terms.</summary>
    Task<bool> TryUpdateAsync(AiqRewardClaim claim, Action<AiqRewardClaim> change);

    /// <summary>
    /// Writes a claim the core's redemption processor moved (possibly more than one step) from
    /// <paramref name="from"/>, on the same terms.
    /// </summary>
    Task<bool> TryWriteProcessedAsync(AiqRewardClaim claim, ClaimState from, Action<AiqRewardClaim> change);

    /// <summary>
    /// Lets a reward go that no order will use (removed, expired, replaced): the claim moves by
    /// <paramref name="trigger"/>, the coupon leaves the customer and the plugin's discount is retired.
    /// </summary>
    Task<bool> TryReleaseAsync(AiqRewardClaim claim, ClaimTrigger trigger, Customer customer);

    /// <summary>
    /// Settles a cart's claim against a placed order: <paramref name="trigger"/> is OrderPlaced,
    /// OrderPlacedForPos or OrderDidNotUseDiscount; the discount is deactivated (kept for the order) or deleted.
    /// </summary>
    Task<bool> TrySettleWithOrderAsync(AiqRewardClaim claim, ClaimTrigger trigger, int? orderId, int redemptionModelId);

    /// <summary>
    /// Records that the claim's order was cancelled (the points go back once it is redeemed). A flag
    /// only, set without the row version: a worker in the middle of a PUT keeps its claim, and its
    /// next write of "Redeemed" schedules the refund because the flag is set.
    /// </summary>
    Task FlagRefundAsync(int claimId);
}
