using System.Collections.Concurrent;
using AiqLoyalty.Core.Redemption;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Support;

/// <summary>A test double of the durable claim table: keeps the latest row and every save in order.</summary>
public sealed class RecordingLedger : IRedemptionLedger
{
    public ConcurrentDictionary<int, RedemptionClaim> Rows { get; } = new();

    public ConcurrentQueue<(int Id, ClaimState State)> Saves { get; } = new();

    public Task SaveAsync(RedemptionClaim claim, CancellationToken cancellationToken = default)
    {
        Rows[claim.Id] = claim;
        Saves.Enqueue((claim.Id, claim.State));
        return Task.CompletedTask;
    }
}
