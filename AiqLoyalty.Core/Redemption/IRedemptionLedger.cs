namespace AiqLoyalty.Core.Redemption;

/// <summary>
/// The durable record of claims (the adapter's database table). The processor writes every state
/// change here before the side effect it leads to, and again after it.
/// </summary>
public interface IRedemptionLedger
{
    /// <summary>Writes the claim's state and bookkeeping.</summary>
    Task SaveAsync(RedemptionClaim claim, CancellationToken cancellationToken = default);
}
