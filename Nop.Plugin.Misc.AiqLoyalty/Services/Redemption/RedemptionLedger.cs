using AiqLoyalty.Core.Checkout;
using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Redemption;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Services.Orders;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Redemption;

/// <summary>
/// The core's redemption ledger over the claim table. Each state the processor reaches is written
/// before its side effect; redeemed, refunded and failed claims also get an order note, and a claim
/// that no longer holds its reward gives up its lock row.
/// </summary>
public class RedemptionLedger : IRedemptionLedger
{
    #region Fields

    private readonly IOrderService _orderService;
    private readonly IRepository<AiqRewardClaim> _claimRepository;
    private readonly IRepository<AiqRewardClaimLock> _lockRepository;
    private readonly IVerificationStore _verificationStore;
    private readonly TimeProvider _clock;

    #endregion

    #region Ctor

    /// <summary>Creates the ledger.</summary>
    public RedemptionLedger(IOrderService orderService,
        IRepository<AiqRewardClaim> claimRepository,
        IRepository<AiqRewardClaimLock> lockRepository,
        IVerificationStore verificationStore,
        TimeProvider clock)
    {
        _orderService = orderService;
        _claimRepository = claimRepository;
        _lockRepository = lockRepository;
        _verificationStore = verificationStore;
        _clock = clock;
    }

    #endregion

    #region Methods

    /// <summary>The core's view of a stored claim; the identity comes from the claim or, for older claims, the shopper's verification.</summary>
    public async Task<RedemptionClaim> ToRedemptionClaimAsync(AiqRewardClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var identity = string.IsNullOrEmpty(claim.IdentityValue) ? null : new ContactIdentity((ContactKind)claim.IdentityKindId, claim.IdentityValue);
        if (identity is null)
        {
            var verification = await _verificationStore.GetAsync(VerificationScope.ForCustomer(claim.StoreId, claim.CustomerId));
            if (verification.ContactId == claim.ContactId)
                identity = verification.Identity;
        }

        return new RedemptionClaim
        {
            Id = claim.Id,
            State = (ClaimState)claim.StateId,
            ContactId = claim.ContactId,
            Identity = identity,
            TemplateId = claim.TemplateId,
            RedemptionUrl = claim.RedemptionUrl,
            PointsDeduction = claim.PointsDeduction,
            Reusable = claim.Reusable,
            Attempts = claim.Attempts,
            NextAttemptAt = Utc(claim.NextAttemptOnUtc),
            RefundRequested = claim.RefundRequested,
            IdempotencyKey = claim.IdempotencyKey,
            LastError = claim.LastError,
            RedeemedAt = Utc(claim.RedeemedOnUtc),
            RefundedAt = Utc(claim.RefundedOnUtc)
        };
    }

    /// <inheritdoc />
    public async Task SaveAsync(RedemptionClaim claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var row = await _claimRepository.GetByIdAsync(claim.Id)
            ?? throw new InvalidOperationException($"AIQ reward claim {claim.Id} no longer exists.");
        var before = (ClaimState)row.StateId;

        row.StateId = (int)claim.State;
        row.IdentityKindId = (int)(claim.Identity?.Kind ?? ContactKind.Phone);
        row.IdentityValue = claim.Identity?.Value;
        row.Attempts = claim.Attempts;
        row.NextAttemptOnUtc = claim.NextAttemptAt?.UtcDateTime;
        row.RefundRequested = claim.RefundRequested;
        row.LastError = StoredText.Fit(claim.LastError, AiqLoyaltyDefaults.Columns.LastErrorLength);
        row.RedeemedOnUtc = claim.RedeemedAt?.UtcDateTime;
        row.RefundedOnUtc = claim.RefundedAt?.UtcDateTime;
        row.UpdatedOnUtc = _clock.GetUtcNow().UtcDateTime;
        await _claimRepository.UpdateAsync(row, publishEvent: false);

        if (!ClaimStateMachine.IsLive(claim.State))
            await _lockRepository.DeleteAsync(l => l.ClaimId == row.Id);

        if (before != claim.State && row.OrderId is { } orderId && Note(row, claim.State) is { } note)
            await _orderService.InsertOrderNoteAsync(new OrderNote { OrderId = orderId, Note = note, DisplayToCustomer = false, CreatedOnUtc = _clock.GetUtcNow().UtcDateTime });
    }

    #endregion

    #region Utilities

    private static string Note(AiqRewardClaim row, ClaimState state) => state switch
    {
        ClaimState.Redeemed => $"AIQ loyalty: reward \"{row.RewardName}\" (template {row.TemplateId}) redeemed; pointsDeduction {row.PointsDeduction}.",
        ClaimState.Refunded => $"AIQ loyalty: {row.PointsDeduction} points for \"{row.RewardName}\" returned to the shopper (key {row.IdempotencyKey}).",
        ClaimState.FailedFinal => $"AIQ loyalty: redeeming \"{row.RewardName}\" failed: {row.LastError}",
        ClaimState.Released => $"AIQ loyalty: reward \"{row.RewardName}\" released; no points were taken.",
        _ => null
    };

    private static DateTimeOffset? Utc(DateTime? value) =>
        value is null ? null : new DateTimeOffset(DateTime.SpecifyKind(value.Value, DateTimeKind.Utc));

    #endregion
}
