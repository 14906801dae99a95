namespace Nop.Plugin.Misc.AiqLoyalty.Services.Redemption;

/// <summary>Redeems placed rewards, settles unknown outcomes and returns points for cancelled orders.</summary>
public interface IRedemptionWorker
{
    /// <summary>One bounded run over the claims that have work due. Returns how many were processed.</summary>
    Task<int> RunAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The claim's order was cancelled: release it if nothing was redeemed, or schedule the return of
    /// its points. Database writes only (no AIQ call), so cancelling an order never waits for AIQ; the
    /// worker returns the points on its next run.
    /// </summary>
    Task CancelClaimAsync(int claimId, CancellationToken cancellationToken = default);

    /// <summary>Processes one claim now if it has work due (the admin's retry). False when nothing was due or another worker had it.</summary>
    Task<bool> ProcessClaimAsync(int claimId, CancellationToken cancellationToken = default);
}
