using System.Collections.Frozen;

namespace AiqLoyalty.Core.Redemption;

/// <summary>
/// The life of one claimed reward. Every legal move is in <see cref="Transitions"/>; anything else is
/// refused. The plugin writes the new state before the side effect it triggers (e.g. Redeeming
/// before the PUT), so a crash leaves a state that says what may have happened.
/// </summary>
public static class ClaimStateMachine
{
    private static readonly FrozenDictionary<(ClaimState State, ClaimTrigger Trigger), ClaimState> Transitions =
        new Dictionary<(ClaimState, ClaimTrigger), ClaimState>
        {
            [(ClaimState.Claimed, ClaimTrigger.OrderPlaced)] = ClaimState.Placed,
            [(ClaimState.Claimed, ClaimTrigger.OrderPlacedForPos)] = ClaimState.RecordedForPos,
            [(ClaimState.Claimed, ClaimTrigger.OrderDidNotUseDiscount)] = ClaimState.Released,
            [(ClaimState.Claimed, ClaimTrigger.Removed)] = ClaimState.Released,
            [(ClaimState.Claimed, ClaimTrigger.Expired)] = ClaimState.Released,
            [(ClaimState.Claimed, ClaimTrigger.OrderCancelled)] = ClaimState.Released,

            [(ClaimState.Placed, ClaimTrigger.RedeemStarted)] = ClaimState.Redeeming,
            [(ClaimState.Placed, ClaimTrigger.OrderCancelled)] = ClaimState.Released,

            [(ClaimState.Redeeming, ClaimTrigger.RedeemSucceeded)] = ClaimState.Redeemed,
            [(ClaimState.Redeeming, ClaimTrigger.RedeemFailedRetryable)] = ClaimState.FailedRetryable,
            [(ClaimState.Redeeming, ClaimTrigger.RedeemFailedFinal)] = ClaimState.FailedFinal,
            [(ClaimState.Redeeming, ClaimTrigger.RedeemOutcomeUnknown)] = ClaimState.OutcomeUnknown,

            [(ClaimState.FailedRetryable, ClaimTrigger.RetryRequested)] = ClaimState.Placed,
            [(ClaimState.FailedRetryable, ClaimTrigger.RedeemFailedFinal)] = ClaimState.FailedFinal,
            [(ClaimState.FailedRetryable, ClaimTrigger.OrderCancelled)] = ClaimState.Released,

            // "Not redeemed" goes through the retry schedule, never straight into another PUT.
            [(ClaimState.OutcomeUnknown, ClaimTrigger.WalletShowsRedeemed)] = ClaimState.Redeemed,
            [(ClaimState.OutcomeUnknown, ClaimTrigger.WalletShowsNotRedeemed)] = ClaimState.FailedRetryable,
            [(ClaimState.OutcomeUnknown, ClaimTrigger.NeedsStaff)] = ClaimState.NeedsAttention,

            [(ClaimState.Redeemed, ClaimTrigger.OrderCancelled)] = ClaimState.Refunding,
            [(ClaimState.Redeemed, ClaimTrigger.RefundStarted)] = ClaimState.Refunding,

            [(ClaimState.Refunding, ClaimTrigger.RefundSucceeded)] = ClaimState.Refunded,
            [(ClaimState.Refunding, ClaimTrigger.RefundFailed)] = ClaimState.Redeemed,
            [(ClaimState.Refunding, ClaimTrigger.NeedsStaff)] = ClaimState.RefundNeedsAttention,

            // Staff decide after checking the shopper in AIQ; every decision is logged. A refund in
            // doubt has its own state, so nothing that was redeemed can ever be redeemed again.
            [(ClaimState.NeedsAttention, ClaimTrigger.StaffMarkedRedeemed)] = ClaimState.Redeemed,
            [(ClaimState.NeedsAttention, ClaimTrigger.StaffReleased)] = ClaimState.Released,
            [(ClaimState.NeedsAttention, ClaimTrigger.StaffRetriedRedemption)] = ClaimState.Placed,
            [(ClaimState.RefundNeedsAttention, ClaimTrigger.StaffMarkedRefunded)] = ClaimState.Refunded,
            [(ClaimState.RefundNeedsAttention, ClaimTrigger.StaffRetriedRefund)] = ClaimState.Redeemed,

            [(ClaimState.RecordedForPos, ClaimTrigger.OrderCancelled)] = ClaimState.Released,
            [(ClaimState.RecordedForPos, ClaimTrigger.Removed)] = ClaimState.Released
        }.ToFrozenDictionary();

    private static readonly FrozenSet<ClaimState> LiveStates = new[]
    {
        ClaimState.Claimed, ClaimState.Placed, ClaimState.Redeeming, ClaimState.FailedRetryable, ClaimState.OutcomeUnknown,
        // Staff have not decided yet whether the points were taken: the reward stays held.
        ClaimState.NeedsAttention,
        // Model B: the POS has not redeemed it yet, so the wallet still offers it; it stays held until
        // the wallet no longer lists it or staff release it (Removed), never applied online twice.
        ClaimState.RecordedForPos
    }.ToFrozenSet();

    /// <summary>True when <paramref name="trigger"/> is allowed in <paramref name="state"/>.</summary>
    /// <param name="state">The claim's state.</param>
    /// <param name="trigger">The event.</param>
    public static bool CanFire(ClaimState state, ClaimTrigger trigger) => Transitions.ContainsKey((state, trigger));

    /// <summary>The state after <paramref name="trigger"/>, or false when it is not allowed.</summary>
    /// <param name="state">The claim's state.</param>
    /// <param name="trigger">The event.</param>
    /// <param name="next">The next state when allowed.</param>
    public static bool TryFire(ClaimState state, ClaimTrigger trigger, out ClaimState next) =>
        Transitions.TryGetValue((state, trigger), out next);

    /// <summary>The state after <paramref name="trigger"/>.</summary>
    /// <param name="state">The claim's state.</param>
    /// <param name="trigger">The event.</param>
    /// <exception cref="InvalidClaimTransitionException">The trigger is not allowed in this state.</exception>
    public static ClaimState Fire(ClaimState state, ClaimTrigger trigger) =>
        TryFire(state, trigger, out var next) ? next : throw new InvalidClaimTransitionException(state, trigger);

    /// <summary>The triggers allowed in <paramref name="state"/>.</summary>
    /// <param name="state">The claim's state.</param>
    public static IReadOnlyList<ClaimTrigger> PermittedTriggers(ClaimState state) =>
        Enum.GetValues<ClaimTrigger>().Where(trigger => CanFire(state, trigger)).ToList();

    /// <summary>True while staff must decide (the worker leaves the claim alone): NeedsAttention, RefundNeedsAttention.</summary>
    /// <param name="state">The claim's state.</param>
    public static bool NeedsStaff(ClaimState state) => state is ClaimState.NeedsAttention or ClaimState.RefundNeedsAttention;

    /// <summary>True when no trigger can move the claim on (Released, Refunded, FailedFinal).</summary>
    /// <param name="state">The claim's state.</param>
    public static bool IsTerminal(ClaimState state) => PermittedTriggers(state).Count == 0;

    /// <summary>
    /// True while the claim holds the reward, so no second live claim for the same reward may exist:
    /// Claimed, Placed, Redeeming, FailedRetryable, OutcomeUnknown, NeedsAttention, RecordedForPos.
    /// </summary>
    /// <param name="state">The claim's state.</param>
    public static bool IsLive(ClaimState state) => LiveStates.Contains(state);
}
