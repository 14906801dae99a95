using AiqLoyalty.Core.Redemption;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;
using Nop.Plugin.Misc.AiqLoyalty.Services.Redemption;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Claims;

/// <summary>
/// Staff decisions, each one conditional write through <see cref="IClaimTransitions"/>:
/// <list type="bullet">
/// <item>Retry on a claim waiting for the worker changes only its next-attempt time (to now) and runs
/// the step; never on a call in flight (its lease has not run out), so a retry cannot send a second PUT.</item>
/// <item>On a claim that needs attention (a redemption): mark redeemed, release (no points taken) or
/// retry the PUT. On a refund that needs attention: release (the points are back) or retry the adjustment.</item>
/// <item>Release of a reward recorded for the POS (model B).</item>
/// </list>
/// </summary>
public class StaffClaimActions : IStaffClaimActions
{
    #region Fields

    private readonly IClaimTransitions _transitions;
    private readonly IRedemptionWorker _worker;
    private readonly IRepository<AiqRewardClaim> _claimRepository;
    private readonly IRewardClaimService _claimService;
    private readonly TimeProvider _clock;

    #endregion

    #region Ctor

    /// <summary>Creates the actions.</summary>
    public StaffClaimActions(IClaimTransitions transitions,
        IRedemptionWorker worker,
        IRepository<AiqRewardClaim> claimRepository,
        IRewardClaimService claimService,
        TimeProvider clock)
    {
        _transitions = transitions;
        _worker = worker;
        _claimRepository = claimRepository;
        _claimService = claimService;
        _clock = clock;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public async Task<StaffClaimOutcome> ApplyAsync(int claimId, int orderId, StaffClaimAction action)
    {
        var claim = await _claimRepository.GetByIdAsync(claimId);
        if (claim is null || claim.OrderId != orderId)
            return StaffClaimOutcome.NotFound;

        var now = _clock.GetUtcNow().UtcDateTime;
        if (!Allowed(claim, now).Contains(action))
            return StaffClaimOutcome.NotAllowed;

        var state = (ClaimState)claim.StateId;
        if (state == ClaimState.RecordedForPos)
            return await _claimService.ReleaseHeldForPosAsync(claimId) ? StaffClaimOutcome.Done : StaffClaimOutcome.Changed;

        if (!ClaimStateMachine.NeedsStaff(state))
        {
            // Retry of a claim waiting for the worker: only its next-attempt time changes; the step then runs here.
            if (!await _transitions.TryUpdateAsync(claim, c => c.NextAttemptOnUtc = now))
                return StaffClaimOutcome.Changed;
            await _worker.ProcessClaimAsync(claimId);
            return StaffClaimOutcome.Done;
        }

        var refund = state == ClaimState.RefundNeedsAttention;
        var (trigger, change) = (action, refund) switch
        {
            (StaffClaimAction.Retry, true) => (ClaimTrigger.StaffRetriedRefund, (Action<AiqRewardClaim>)(c => c.NextAttemptOnUtc = now)),
            (StaffClaimAction.Retry, false) => (ClaimTrigger.StaffRetriedRedemption, c => { c.NextAttemptOnUtc = now; c.PointsBefore = null; }),
            (StaffClaimAction.Release, true) => (ClaimTrigger.StaffMarkedRefunded, c => { c.RefundedOnUtc = now; c.NextAttemptOnUtc = null; }),
            (StaffClaimAction.Release, false) => (ClaimTrigger.StaffReleased, c => c.NextAttemptOnUtc = null),
            _ => (ClaimTrigger.StaffMarkedRedeemed, c => { c.RedeemedOnUtc ??= now; c.NextAttemptOnUtc = null; })
        };

        var written = await _transitions.TryFireAsync(claim, trigger, c =>
        {
            change(c);
            c.LastError = $"Staff: {action}.";
        });
        if (!written)
            return StaffClaimOutcome.Changed;
        if (action == StaffClaimAction.Retry)
            await _worker.ProcessClaimAsync(claimId);
        return StaffClaimOutcome.Done;
    }

    /// <inheritdoc />
    public IReadOnlyList<StaffClaimAction> Allowed(AiqRewardClaim claim, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var state = (ClaimState)claim.StateId;
        var leaseOver = claim.NextAttemptOnUtc is { } next && next <= nowUtc;
        return state switch
        {
            ClaimState.RefundNeedsAttention => [StaffClaimAction.Release, StaffClaimAction.Retry],
            ClaimState.NeedsAttention => [StaffClaimAction.MarkRedeemed, StaffClaimAction.Release, StaffClaimAction.Retry],
            ClaimState.RecordedForPos => [StaffClaimAction.Release],
            ClaimState.Placed or ClaimState.FailedRetryable or ClaimState.OutcomeUnknown => [StaffClaimAction.Retry],
            ClaimState.Redeemed when claim.RefundRequested => [StaffClaimAction.Retry],
            // A PUT or adjustment in flight owns the claim until its lease runs out (its worker died).
            ClaimState.Redeeming or ClaimState.Refunding when leaseOver => [StaffClaimAction.Retry],
            _ => []
        };
    }

    #endregion
}
