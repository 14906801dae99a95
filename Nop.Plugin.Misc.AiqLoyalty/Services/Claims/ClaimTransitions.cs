using AiqLoyalty.Core.Redemption;
using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;
using Nop.Services.Customers;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Claims;

/// <summary>
/// Claim writes as conditional UPDATEs (<see cref="IClaimRowWriter"/>:
/// <c>UPDATE … SET …, RowVersion = v + 1 WHERE Id = @id AND RowVersion = v</c>).
/// The database, not a lock, decides which of two store instances acting on one read wins; the loser
/// changes nothing and stops. nopCommerce's <c>ILocker</c> may still keep two workers from doing the
/// same reads; correctness never depends on it.
/// </summary>
public class ClaimTransitions : IClaimTransitions
{
    #region Fields

    private readonly IClaimAttentionNotifier _attentionNotifier;
    private readonly IClaimOrderNotes _orderNotes;
    private readonly ICustomerService _customerService;
    private readonly IClaimRowWriter _rowWriter;
    private readonly IRepository<AiqRewardClaimLock> _lockRepository;
    private readonly IRewardDiscountGateway _discountGateway;
    private readonly TimeProvider _clock;

    #endregion

    #region Ctor

    /// <summary>Creates the writer.</summary>
    public ClaimTransitions(IClaimAttentionNotifier attentionNotifier,
        IClaimOrderNotes orderNotes,
        ICustomerService customerService,
        IClaimRowWriter rowWriter,
        IRepository<AiqRewardClaimLock> lockRepository,
        IRewardDiscountGateway discountGateway,
        TimeProvider clock)
    {
        _attentionNotifier = attentionNotifier;
        _orderNotes = orderNotes;
        _customerService = customerService;
        _rowWriter = rowWriter;
        _lockRepository = lockRepository;
        _discountGateway = discountGateway;
        _clock = clock;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public Task<bool> TryFireAsync(AiqRewardClaim claim, ClaimTrigger trigger, Action<AiqRewardClaim> change = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var from = (ClaimState)claim.StateId;
        var to = ClaimStateMachine.Fire(from, trigger);
        return TryWriteAsync(claim, from, row =>
        {
            change?.Invoke(row);
            row.StateId = (int)to;
        });
    }

    /// <inheritdoc />
    public Task<bool> TryUpdateAsync(AiqRewardClaim claim, Action<AiqRewardClaim> change)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(change);
        var state = claim.StateId;
        return TryWriteAsync(claim, (ClaimState)state, row =>
        {
            change(row);
            if (row.StateId != state)
                throw new InvalidOperationException("A state change goes through TryFireAsync, which checks it is allowed.");
        });
    }

    /// <inheritdoc />
    public Task<bool> TryWriteProcessedAsync(AiqRewardClaim claim, ClaimState from, Action<AiqRewardClaim> change)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(change);
        return TryWriteAsync(claim, from, change);
    }

    /// <inheritdoc />
    public async Task<bool> TryReleaseAsync(AiqRewardClaim claim, ClaimTrigger trigger, Customer customer)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (!await TryFireAsync(claim, trigger))
            return false;

        if (customer is not null && !string.IsNullOrEmpty(claim.CouponCode))
            await _customerService.RemoveDiscountCouponCodeAsync(customer, claim.CouponCode);
        // A claim recorded for the POS keeps its (deactivated) discount for the order's history.
        await _discountGateway.RetireAsync(claim, usedByOrder: claim.OrderId is not null);
        return true;
    }

    /// <inheritdoc />
    public async Task<bool> TrySettleWithOrderAsync(AiqRewardClaim claim, ClaimTrigger trigger, int? orderId, int redemptionModelId)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var now = _clock.GetUtcNow().UtcDateTime;
        var settled = await TryFireAsync(claim, trigger, row =>
        {
            row.OrderId = orderId;
            row.RedemptionModelId = redemptionModelId;
            // Due at once: the worker takes placed claims whose next-attempt time has come.
            row.NextAttemptOnUtc = trigger == ClaimTrigger.OrderPlaced ? now : null;
        });
        if (settled)
            await _discountGateway.RetireAsync(claim, usedByOrder: orderId is not null);
        return settled;
    }

    /// <inheritdoc />
    public Task FlagRefundAsync(int claimId) => _rowWriter.FlagRefundAsync(claimId);

    #endregion

    #region Utilities

    /// <summary>
    /// Applies <paramref name="change"/> to the entity and writes every column that may change after
    /// insert, only over the version read. On success the entity carries the new version and the
    /// consequences of the state change have happened.
    /// </summary>
    private async Task<bool> TryWriteAsync(AiqRewardClaim claim, ClaimState from, Action<AiqRewardClaim> change)
    {
        var expected = claim.RowVersion;
        change(claim);
        claim.RowVersion = expected + 1;
        claim.UpdatedOnUtc = _clock.GetUtcNow().UtcDateTime;
        claim.LastError = StoredText.Fit(claim.LastError, AiqLoyaltyDefaults.Columns.LastErrorLength);

        if (await _rowWriter.UpdateIfVersionAsync(claim, expected) != 1)
            return false;

        await AfterWriteAsync(claim, from);
        return true;
    }

    /// <summary>The fixed consequences of a state change.</summary>
    private async Task AfterWriteAsync(AiqRewardClaim claim, ClaimState from)
    {
        var to = (ClaimState)claim.StateId;
        if (to == from)
            return;

        if (!ClaimStateMachine.IsLive(to))
            await _lockRepository.DeleteAsync(l => l.ClaimId == claim.Id);

        await _orderNotes.AddAsync(claim, to);

        if (ClaimStateMachine.NeedsStaff(to))
            await _attentionNotifier.NotifyAsync(claim);
    }

    #endregion
}
