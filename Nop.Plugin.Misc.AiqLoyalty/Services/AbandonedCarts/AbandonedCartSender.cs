using AiqLoyalty.Core.Carts;
using AiqLoyalty.Core.Client;
using AiqLoyalty.Core.Redemption;
using Nop.Data;
using Nop.Plugin.Misc.AiqLoyalty.Domain;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>
/// Sends prepared carts and records them. Each cart's row is taken (Sending, by an insert the unique
/// index guards or a conditional update, <see cref="ICartSyncRowWriter"/>) before its send and
/// updated with AIQ's answer after it; a crash between the two leaves Sending, which a later run
/// resends once the row is stale. Transient failures back off; a 429 pauses the store.
/// </summary>
public class AbandonedCartSender : IAbandonedCartSender
{
    #region Fields

    private static readonly int SentId = (int)CartSyncStatus.Sent;
    private static readonly int RecoveredId = (int)CartSyncStatus.Recovered;

    private readonly IRepository<AiqCartSync> _syncRepository;
    private readonly ICartSyncRowWriter _rowWriter;
    private readonly RetrySchedule _retrySchedule;
    private readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    /// <summary>Creates the sender.</summary>
    public AbandonedCartSender(IRepository<AiqCartSync> syncRepository,
        ICartSyncRowWriter rowWriter,
        TimeProvider timeProvider)
    {
        _syncRepository = syncRepository;
        _rowWriter = rowWriter;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _retrySchedule = new RetrySchedule(AbandonedCartDefaults.Backoff, Random.Shared);
    }

    #endregion

    #region Utilities

    private DateTime UtcNow => _timeProvider.GetUtcNow().UtcDateTime;

    private static string Truncate(string text) => StoredText.Fit(text, AbandonedCartDefaults.MaxErrorLength);

    /// <summary>Copies what the row records about the cart.</summary>
    private void Describe(AiqCartSync row, AbandonedCartWork work)
    {
        if (row.Fingerprint != work.Fingerprint)
            row.Attempts = 0;
        row.Fingerprint = work.Fingerprint;
        row.CartUpdatedOnUtc = work.Candidate.LastChangeUtc;
        row.ContactMasked = work.ContactMasked;
        row.ItemCount = work.ItemCount;
        row.CartTotal = work.Total;
        row.HttpStatus = null;
        row.NextAttemptOnUtc = null;
        row.UpdatedOnUtc = UtcNow;
    }

    /// <summary>A row written as Sending whose send never started: due again at once, the attempt not counted.</summary>
    private void MarkNotSent(AiqCartSync row, AbandonedCartRunControl control)
    {
        row.StatusId = (int)CartSyncStatus.Retrying;
        row.Attempts--;
        row.NextAttemptOnUtc = UtcNow;
        row.UpdatedOnUtc = UtcNow;
        row.Error = $"Not sent: the run stopped ({control.Reason}).";
    }

    /// <summary>Takes the row for this run: false when another run (another store instance, or "Run now") has it.</summary>
    private Task<bool> TryTakeAsync(AiqCartSync row, int readStatusId, int readAttempts) =>
        row.Id == 0 ? _rowWriter.TryInsertAsync(row) : _rowWriter.TryPickAsync(row, readStatusId, readAttempts);

    /// <summary>Sends a cart whose row already says Sending, then records AIQ's answer.</summary>
    private async Task<AbandonedCartOutcome> SendAsync(AiqCartSync row, AbandonedCartWork work, IAiqClient client, AbandonedCartRunControl control,
        CancellationToken cancellationToken)
    {
        AiqResult result;
        await control.SendGate.WaitAsync(cancellationToken);
        try
        {
            if (!control.IsStopped && UtcNow >= control.DeadlineUtc)
                control.Stop("RunBudget");
            if (control.IsStopped)
            {
                // Written but never sent: due again as soon as the store may send (a 429 pause still applies).
                MarkNotSent(row, control);
                await _syncRepository.UpdateAsync(row, false);
                return AbandonedCartOutcome.NotStarted;
            }

            // The call log names the cart's owner; the payload itself is never logged.
            using (AiqCallScope.Begin(customerId: row.CustomerId, contactMasked: work.ContactMasked))
                result = await client.SendAbandonedCartAsync(work.Payload, cancellationToken);
        }
        finally
        {
            control.SendGate.Release();
        }

        var outcome = Apply(row, result, control);
        await _syncRepository.UpdateAsync(row, false);
        return outcome;
    }

    /// <summary>Maps AIQ's answer to the row's next state.</summary>
    private AbandonedCartOutcome Apply(AiqCartSync row, AiqResult result, AbandonedCartRunControl control)
    {
        var now = UtcNow;
        row.UpdatedOnUtc = now;
        if (result.IsSuccess)
        {
            row.StatusId = SentId;
            row.SentOnUtc = now;
            row.Error = null;
            row.NextAttemptOnUtc = null;
            return AbandonedCartOutcome.Sent;
        }

        var error = result.Error;
        row.HttpStatus = error.HttpStatus;
        row.Error = Truncate($"{error.Kind}: {error.Message}");

        switch (error.Kind)
        {
            case AiqErrorKind.RateLimited:
                // Not the cart's fault: never counts towards giving up. The store's run stops here and
                // the store waits until NextAttemptOnUtc (see IsRateLimitedAsync).
                row.HttpStatus = AbandonedCartDefaults.TooManyRequestsStatus;
                row.StatusId = (int)CartSyncStatus.Retrying;
                row.NextAttemptOnUtc = now + (error.RetryAfter is { } wait && wait > TimeSpan.Zero ? wait : _retrySchedule.DelayCeiling(Math.Max(1, row.Attempts)));
                control.Stop("RateLimited");
                return AbandonedCartOutcome.Retrying;

            case AiqErrorKind.Unavailable:
            case AiqErrorKind.Timeout:
            case AiqErrorKind.InvalidResponse:
                var decision = _retrySchedule.Next(Math.Max(1, row.Attempts), new DateTimeOffset(now, TimeSpan.Zero));
                if (decision.ShouldRetry)
                {
                    row.StatusId = (int)CartSyncStatus.Retrying;
                    row.NextAttemptOnUtc = decision.NextAttemptAt!.Value.UtcDateTime;
                    return AbandonedCartOutcome.Retrying;
                }

                row.StatusId = (int)CartSyncStatus.Failed;
                return AbandonedCartOutcome.Failed;

            case AiqErrorKind.Unauthorized:
            case AiqErrorKind.UnknownAccount:
            case AiqErrorKind.InvalidConfiguration:
                // Every other send would fail the same way: stop the store's run.
                row.StatusId = (int)CartSyncStatus.Failed;
                control.Stop(error.Kind.ToString());
                return AbandonedCartOutcome.Failed;

            default:
                row.StatusId = (int)CartSyncStatus.Failed;
                return AbandonedCartOutcome.Failed;
        }
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public async Task<bool> IsRateLimitedAsync(int storeId, DateTime nowUtc)
    {
        var retryingId = (int)CartSyncStatus.Retrying;
        var tooManyRequests = AbandonedCartDefaults.TooManyRequestsStatus;
        return await _syncRepository.Table.AnyAsync(sync => sync.StoreId == storeId && sync.StatusId == retryingId
            && sync.HttpStatus == tooManyRequests && sync.NextAttemptOnUtc > nowUtc);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<int, AiqCartSync>> PrewriteNewRowsAsync(int storeId, IReadOnlyCollection<AbandonedCartWork> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);

        // One statement instead of one per cart, still before any of them is sent.
        var rows = batch
            .Where(work => work.Existing is null && work.SkipReason is null)
            .Select(work =>
            {
                var row = new AiqCartSync { StoreId = storeId, CustomerId = work.Candidate.CustomerId, CreatedOnUtc = UtcNow };
                Describe(row, work);
                row.StatusId = (int)CartSyncStatus.Sending;
                row.Attempts = 1;
                return row;
            })
            .ToList();
        // Carts another run wrote first are theirs: this run leaves them out.
        return (await _rowWriter.InsertNewAsync(rows)).ToDictionary(row => row.CustomerId);
    }

    /// <inheritdoc />
    public async Task<AbandonedCartOutcome> ProcessAsync(int storeId, AbandonedCartWork work, IAiqClient client, AbandonedCartRunControl control,
        AiqCartSync prewritten = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(control);

        if (prewritten is not null)
            return await SendAsync(prewritten, work, client, control, cancellationToken);

        var existing = work.Existing;
        if (work.SkipReason is null && existing is not null && existing.Fingerprint == work.Fingerprint
            && (existing.StatusId == SentId || existing.StatusId == RecoveredId))
        {
            // Same content as what AIQ already has: remember the change so it is not selected again.
            existing.CartUpdatedOnUtc = work.Candidate.LastChangeUtc;
            existing.UpdatedOnUtc = UtcNow;
            await _syncRepository.UpdateAsync(existing, false);
            return AbandonedCartOutcome.Unchanged;
        }

        var row = existing ?? new AiqCartSync { StoreId = storeId, CustomerId = work.Candidate.CustomerId, CreatedOnUtc = UtcNow };
        var (readStatusId, readAttempts) = (row.StatusId, row.Attempts);
        Describe(row, work);

        if (work.SkipReason is not null)
        {
            // "No consent" has its own status so the log, its filter and its export show it as such.
            row.StatusId = work.SkipReason == nameof(CartNotAbandonedReason.NoConsent)
                ? (int)CartSyncStatus.SkippedNoConsent
                : (int)CartSyncStatus.Skipped;
            row.Error = work.SkipReason;
            return await TryTakeAsync(row, readStatusId, readAttempts) ? AbandonedCartOutcome.Skipped : AbandonedCartOutcome.TakenByAnotherRun;
        }

        row.StatusId = (int)CartSyncStatus.Sending;
        row.Error = null;
        row.Attempts++;
        if (!await TryTakeAsync(row, readStatusId, readAttempts))
            return AbandonedCartOutcome.TakenByAnotherRun;
        return await SendAsync(row, work, client, control, cancellationToken);
    }

    /// <inheritdoc />
    public async Task ReleaseUnsentAsync(IEnumerable<AiqCartSync> prewritten, AbandonedCartRunControl control)
    {
        ArgumentNullException.ThrowIfNull(prewritten);
        ArgumentNullException.ThrowIfNull(control);

        foreach (var row in prewritten.Where(row => row.StatusId == (int)CartSyncStatus.Sending))
        {
            MarkNotSent(row, control);
            await _syncRepository.UpdateAsync(row, false);
        }
    }

    #endregion
}
