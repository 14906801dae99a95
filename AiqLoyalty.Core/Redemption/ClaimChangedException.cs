namespace AiqLoyalty.Core.Redemption;

/// <summary>
/// The claim's row changed since it was read (another worker, store instance or staff member moved
/// it). Whoever gets this stops: nothing that follows the write may happen on a stale read.
/// </summary>
public sealed class ClaimChangedException : Exception
{
    /// <summary>Creates the exception for a claim.</summary>
    /// <param name="claimId">The claim.</param>
    /// <param name="expectedVersion">The version the writer read.</param>
    public ClaimChangedException(int claimId, int expectedVersion)
        : base($"AIQ reward claim {claimId} changed since it was read (version {expectedVersion}); this step stops.")
    {
        ClaimId = claimId;
        ExpectedVersion = expectedVersion;
    }

    /// <summary>The claim.</summary>
    public int ClaimId { get; }

    /// <summary>The version the writer read.</summary>
    public int ExpectedVersion { get; }
}
