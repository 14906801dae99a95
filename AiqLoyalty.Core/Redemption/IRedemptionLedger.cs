namespace AiqLoyalty.Core.Redemption;

/// <summary>
/// The durable record of claims (the adapter's database table). The processor writes every state
/// change here before the side effect it leads to, and again after it.
/// </summary>
public interface IRedemptionLedger
{
    /// <summary>
    /// Writes the claim's state and bookkeeping over exactly the version it was read at, and returns
    /// it with its new version.
    /// </summary>
    /// <exception cref="ClaimChangedException">The row is no longer at <see cref="RedemptionClaim.Version"/>: nothing was written.</exception>
    Task<RedemptionClaim> SaveAsync(RedemptionClaim claim, CancellationToken cancellationToken = default);
}
