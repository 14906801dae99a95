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
}
