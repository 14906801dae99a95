namespace AiqLoyalty.Core.Checkout;

/// <summary>
/// Durable verification state (the adapter keeps it in the database, never in process memory).
/// </summary>
public interface IVerificationStore
{
    /// <summary>The record for a scope, or <see cref="VerificationRecord.Empty"/>.</summary>
    Task<VerificationRecord> GetAsync(VerificationScope scope, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces the record for a scope.</summary>
    Task SaveAsync(VerificationScope scope, VerificationRecord record, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the record's failed attempts (and the lockout they lead to) only if they are more than the
    /// stored count: one conditional UPDATE, so parallel wrong codes on several store instances can only
    /// raise the count, never write an older, lower one over it. A missing row is saved whole.
    /// </summary>
    Task RaiseFailedAttemptsAsync(VerificationScope scope, VerificationRecord record, CancellationToken cancellationToken = default);
}
