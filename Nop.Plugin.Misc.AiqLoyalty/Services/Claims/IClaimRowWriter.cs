using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Claims;

/// <summary>The conditional UPDATEs of the claim table (the database half of <see cref="IClaimTransitions"/>).</summary>
public interface IClaimRowWriter
{
    /// <summary>
    /// Writes every column that may change after insert (not <see cref="AiqRewardClaim.RefundRequested"/>)
    /// where the row's id matches and its version is still <paramref name="expectedVersion"/>. A redeemed
    /// claim written without a next-attempt time gets one (now) when its RefundRequested flag is set in
    /// the database. Returns the number of rows changed: 1, or 0 when the row moved on.
    /// </summary>
    Task<int> UpdateIfVersionAsync(AiqRewardClaim claim, int expectedVersion);

    /// <summary>Sets RefundRequested on the claim, whatever its version (a flag only; the version is kept).</summary>
    Task<int> FlagRefundAsync(int claimId);
}
