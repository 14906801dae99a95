using System.Collections.Concurrent;
using AiqLoyalty.Core.Redemption;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Support;

/// <summary>
/// A test double of the durable claim table: keeps the latest row and every save in order, and
/// refuses a save over a version other than the stored one, as the database's conditional UPDATE does.
/// </summary>
public sealed class RecordingLedger : IRedemptionLedger
{
    private readonly object _gate = new();

    public ConcurrentDictionary<int, RedemptionClaim> Rows { get; } = new();

    public ConcurrentQueue<(int Id, ClaimState State)> Saves { get; } = new();

    public Task<RedemptionClaim> SaveAsync(RedemptionClaim claim, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (Rows.TryGetValue(claim.Id, out var stored) && stored.Version != claim.Version)
                throw new ClaimChangedException(claim.Id, claim.Version);

            var saved = claim with { Version = claim.Version + 1 };
            Rows[claim.Id] = saved;
            Saves.Enqueue((claim.Id, claim.State));
            return Task.FromResult(saved);
        }
    }

    /// <summary>Stores a row as if another writer had put it there (its version is taken as stored).</summary>
    public void Seed(RedemptionClaim claim) => Rows[claim.Id] = claim;
}
