namespace Nop.Plugin.Misc.AiqLoyalty.Services.Redemption;

/// <summary>Redeems placed rewards, settles unknown outcomes and returns points for cancelled orders.</summary>
public interface IRedemptionWorker
{
    /// <summary>One bounded run over the claims that have work due. Returns how many were processed.</summary>
    Task<int> RunAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The claim's order was cancelled: release it if nothing was redeemed, or flag it so the points go
    /// back once. Runs under the same lock as redemption, so the two never race.
    /// </summary>
    Task CancelClaimAsync(int claimId, CancellationToken cancellationToken = default);

    /// <summary>Processes one claim now (the admin's retry).</summary>
    Task<bool> ProcessClaimAsync(int claimId, CancellationToken cancellationToken = default);
}
