using AiqLoyalty.Core.Checkout;
using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Redemption;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using Nop.Plugin.Misc.AiqLoyalty.Services.Claims;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Redemption;

/// <summary>
/// The core's redemption ledger over the claim table. Each state the processor reaches is written
/// through <see cref="IClaimTransitions"/> over the exact row version the processor read, before the
/// side effect it leads to; a claim that changed meanwhile stops the processor.
/// </summary>
public class RedemptionLedger : IRedemptionLedger
{
    #region Fields

    private readonly IClaimTransitions _transitions;
    private readonly IRepository<AiqRewardClaim> _claimRepository;
    private readonly IVerificationStore _verificationStore;

    #endregion

    #region Ctor

    /// <summary>Creates the ledger.</summary>
    public RedemptionLedger(IClaimTransitions transitions,
        IRepository<AiqRewardClaim> claimRepository,
        IVerificationStore verificationStore)
    {
        _transitions = transitions;
        _claimRepository = claimRepository;
        _verificationStore = verificationStore;
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
            Version = claim.RowVersion,
            State = (ClaimState)claim.StateId,
            ContactId = claim.ContactId,
            Identity = identity,
            TemplateId = claim.TemplateId,
            RedemptionUrl = claim.RedemptionUrl,
            PointsDeduction = claim.PointsDeduction,
            PointsBefore = claim.PointsBefore,
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
    public async Task<RedemptionClaim> SaveAsync(RedemptionClaim claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var row = await _claimRepository.GetByIdAsync(claim.Id)
            ?? throw new InvalidOperationException($"AIQ reward claim {claim.Id} no longer exists.");
        if (row.RowVersion != claim.Version)
            throw new ClaimChangedException(claim.Id, claim.Version);

        var written = await _transitions.TryWriteProcessedAsync(row, (ClaimState)row.StateId, r =>
        {
            r.StateId = (int)claim.State;
            r.IdentityKindId = (int)(claim.Identity?.Kind ?? ContactKind.Phone);
            r.IdentityValue = claim.Identity?.Value;
            r.Attempts = claim.Attempts;
            r.NextAttemptOnUtc = claim.NextAttemptAt?.UtcDateTime;
            r.PointsBefore = claim.PointsBefore;
            r.LastError = claim.LastError;
            r.RedeemedOnUtc = claim.RedeemedAt?.UtcDateTime;
            r.RefundedOnUtc = claim.RefundedAt?.UtcDateTime;
        });
        if (!written)
            throw new ClaimChangedException(claim.Id, claim.Version);

        return claim with { Version = row.RowVersion };
    }

    #endregion

    #region Utilities

    private static DateTimeOffset? Utc(DateTime? value) =>
        value is null ? null : new DateTimeOffset(DateTime.SpecifyKind(value.Value, DateTimeKind.Utc));

    #endregion
}
