using System.Collections.Concurrent;
using AiqLoyalty.Core.Checkout;

namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Support;

/// <summary>A test double of the durable store (the plugin's is a database table).</summary>
public sealed class InMemoryVerificationStore : IVerificationStore
{
    public ConcurrentDictionary<VerificationScope, VerificationRecord> Records { get; } = new();

    public Task<VerificationRecord> GetAsync(VerificationScope scope, CancellationToken cancellationToken = default) =>
        Task.FromResult(Records.GetValueOrDefault(scope, VerificationRecord.Empty));

    public Task SaveAsync(VerificationScope scope, VerificationRecord record, CancellationToken cancellationToken = default)
    {
        Records[scope] = record;
        return Task.CompletedTask;
    }

    public Task RaiseFailedAttemptsAsync(VerificationScope scope, VerificationRecord record, CancellationToken cancellationToken = default)
    {
        Records.AddOrUpdate(scope, record, (_, stored) => stored.State.FailedAttempts < record.State.FailedAttempts
            ? stored with
            {
                State = stored.State with
                {
                    FailedAttempts = record.State.FailedAttempts, LockedUntil = record.State.LockedUntil, Lockouts = record.State.Lockouts
                }
            }
            : stored);
        return Task.CompletedTask;
    }
}
