using AiqLoyalty.Core.Checkout;
using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Verification;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.Checkout;

/// <summary>
/// Keeps verification state in the plugin's table, one row per store and scope (unique index), so
/// every store instance of a web farm sees the same attempts, lockouts and verifications.
/// </summary>
public class VerificationStore : IVerificationStore
{
    #region Fields

    private readonly IRepository<AiqVerification> _repository;
    private readonly TimeProvider _clock;

    #endregion

    #region Ctor

    /// <summary>Creates the store.</summary>
    public VerificationStore(IRepository<AiqVerification> repository, TimeProvider clock)
    {
        _repository = repository;
        _clock = clock;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public async Task<VerificationRecord> GetAsync(VerificationScope scope, CancellationToken cancellationToken = default)
    {
        var row = await FindAsync(scope);
        return row is null ? VerificationRecord.Empty : ToRecord(row);
    }

    /// <inheritdoc />
    public async Task SaveAsync(VerificationScope scope, VerificationRecord record, CancellationToken cancellationToken = default)
    {
        var row = await FindAsync(scope);
        if (row is not null)
        {
            Fill(row, record);
            await _repository.UpdateAsync(row, publishEvent: false);
            return;
        }

        row = new AiqVerification
        {
            StoreId = scope.StoreId,
            ScopeKey = scope.Key,
            CustomerId = scope.Key.StartsWith("c:", StringComparison.Ordinal) && int.TryParse(scope.Key[2..], out var customerId) ? customerId : 0
        };
        Fill(row, record);
        try
        {
            await _repository.InsertAsync(row, publishEvent: false);
        }
        catch (Exception)
        {
            // Another request may have created the row first (unique store + scope): update that one.
            var inserted = await FindAsync(scope);
            if (inserted is null)
                throw;
            Fill(inserted, record);
            await _repository.UpdateAsync(inserted, publishEvent: false);
        }
    }

    /// <inheritdoc />
    public async Task RaiseFailedAttemptsAsync(VerificationScope scope, VerificationRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(record);
        var storeId = scope.StoreId;
        var key = scope.Key;
        var failed = record.State.FailedAttempts;
        var lockedUntil = record.State.LockedUntil?.UtcDateTime;
        var lockouts = record.State.Lockouts;
        var now = _clock.GetUtcNow().UtcDateTime;
        // The compare and the write are one statement (row-locked): a lower count never overwrites a higher one.
        var update = LinqToDB.LinqExtensions.Set(
            _repository.Table.Where(v => v.StoreId == storeId && v.ScopeKey == key && v.FailedAttempts < failed), v => v.FailedAttempts, failed);
        update = LinqToDB.LinqExtensions.Set(update, v => v.LockedUntilUtc, lockedUntil);
        update = LinqToDB.LinqExtensions.Set(update, v => v.LockoutCount, lockouts);
        update = LinqToDB.LinqExtensions.Set(update, v => v.UpdatedOnUtc, now);
        if (await LinqToDB.LinqExtensions.UpdateAsync(update, cancellationToken) == 0 && await FindAsync(scope) is null)
            await SaveAsync(scope, record, cancellationToken);
    }

    #endregion

    #region Utilities

    private Task<AiqVerification> FindAsync(VerificationScope scope) =>
        _repository.Table.FirstOrDefaultAsync(v => v.StoreId == scope.StoreId && v.ScopeKey == scope.Key);

    private static VerificationRecord ToRecord(AiqVerification row) => new()
    {
        State = new VerificationState
        {
            CodeSentAt = Utc(row.CodeSentOnUtc),
            LastSentAt = Utc(row.LastSentOnUtc),
            SendWindowStartedAt = Utc(row.SendWindowStartOnUtc),
            SendsInWindow = row.SendsInWindow,
            FailedAttempts = row.FailedAttempts,
            LockedUntil = Utc(row.LockedUntilUtc),
            Lockouts = row.LockoutCount,
            VerifiedAt = Utc(row.VerifiedOnUtc)
        },
        Identity = string.IsNullOrEmpty(row.IdentityValue) ? null : new ContactIdentity((ContactKind)row.IdentityKindId, row.IdentityValue),
        ContactId = row.ContactId,
        NotMemberAt = Utc(row.NotMemberOnUtc)
    };

    private void Fill(AiqVerification row, VerificationRecord record)
    {
        row.CodeSentOnUtc = record.State.CodeSentAt?.UtcDateTime;
        row.LastSentOnUtc = record.State.LastSentAt?.UtcDateTime;
        row.SendWindowStartOnUtc = record.State.SendWindowStartedAt?.UtcDateTime;
        row.SendsInWindow = record.State.SendsInWindow;
        row.FailedAttempts = record.State.FailedAttempts;
        row.LockedUntilUtc = record.State.LockedUntil?.UtcDateTime;
        row.LockoutCount = record.State.Lockouts;
        row.VerifiedOnUtc = record.State.VerifiedAt?.UtcDateTime;
        row.IdentityKindId = (int)(record.Identity?.Kind ?? ContactKind.Phone);
        row.IdentityValue = record.Identity?.Value;
        row.ContactId = record.ContactId;
        row.NotMemberOnUtc = record.NotMemberAt?.UtcDateTime;
        row.UpdatedOnUtc = _clock.GetUtcNow().UtcDateTime;
    }

    private static DateTimeOffset? Utc(DateTime? value) =>
        value is null ? null : new DateTimeOffset(DateTime.SpecifyKind(value.Value, DateTimeKind.Utc));

    #endregion
}
