using AiqLoyalty.Core.Redemption;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;
using L = LinqToDB.LinqExtensions;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Claims;

/// <summary>
/// Conditional UPDATEs through the repository's linq2db table (<c>Set(...).Update()</c>, the same in
/// linq2db 5 and 6, on every database nopCommerce supports):
/// <c>UPDATE … SET …, RowVersion = v + 1 WHERE Id = @id AND RowVersion = v</c>. The database row lock
/// makes the compare and the write one step, so of two store instances writing over the same read,
/// exactly one changes the row.
/// </summary>
public class ClaimRowWriter : IClaimRowWriter
{
    private readonly IRepository<AiqRewardClaim> _claimRepository;

    /// <summary>Creates the writer.</summary>
    public ClaimRowWriter(IRepository<AiqRewardClaim> claimRepository)
    {
        _claimRepository = claimRepository;
    }

    /// <inheritdoc />
    public Task<int> UpdateIfVersionAsync(AiqRewardClaim claim, int expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var id = claim.Id;
        var row = _claimRepository.Table.Where(c => c.Id == id && c.RowVersion == expectedVersion);
        var update = L.Set(row, c => c.RowVersion, claim.RowVersion);
        update = L.Set(update, c => c.StateId, claim.StateId);
        update = L.Set(update, c => c.CustomerId, claim.CustomerId);
        update = L.Set(update, c => c.OrderId, claim.OrderId);
        update = L.Set(update, c => c.RedemptionModelId, claim.RedemptionModelId);
        update = L.Set(update, c => c.DiscountId, claim.DiscountId);
        update = L.Set(update, c => c.DiscountCreatedByPlugin, claim.DiscountCreatedByPlugin);
        update = L.Set(update, c => c.CouponCode, claim.CouponCode);
        // Contact and redemption URL change only when a GDPR erasure clears them (AiqCustomerDataService).
        update = L.Set(update, c => c.ContactId, claim.ContactId);
        update = L.Set(update, c => c.RedemptionUrl, claim.RedemptionUrl);
        update = L.Set(update, c => c.IdentityKindId, claim.IdentityKindId);
        update = L.Set(update, c => c.IdentityValue, claim.IdentityValue);
        update = L.Set(update, c => c.Attempts, claim.Attempts);
        update = L.Set(update, c => c.LastError, claim.LastError);
        update = L.Set(update, c => c.PointsBefore, claim.PointsBefore);
        update = L.Set(update, c => c.RedeemedOnUtc, claim.RedeemedOnUtc);
        update = L.Set(update, c => c.RefundedOnUtc, claim.RefundedOnUtc);
        update = L.Set(update, c => c.UpdatedOnUtc, claim.UpdatedOnUtc);
        if (claim.StateId == (int)ClaimState.Redeemed && claim.NextAttemptOnUtc is null)
        {
            // The order may have been cancelled while the PUT was in flight: the database knows.
            var now = claim.UpdatedOnUtc;
            update = L.Set(update, c => c.NextAttemptOnUtc, c => c.RefundRequested ? now : (DateTime?)null);
        }
        else
            update = L.Set(update, c => c.NextAttemptOnUtc, claim.NextAttemptOnUtc);

        return L.UpdateAsync(update);
    }

    /// <inheritdoc />
    public Task<int> FlagRefundAsync(int claimId) =>
        L.UpdateAsync(L.Set(_claimRepository.Table.Where(c => c.Id == claimId && !c.RefundRequested), c => c.RefundRequested, true));
}
